// Package data embeds parley's own dictionaries: readable, diffable text
// files in the dictfile format. Every entry may carry examples, and the
// stage that owns a dictionary runs them all in its tests.
package data

import "embed"

// FS holds the dictionaries: actors/*.txt, verbs/*.txt and discards/*.txt,
// and actors/compiled.bin, the actor dictionary built ahead of time
// (actor.Compile) so start-up need not parse it. actor.Load uses it only
// while it matches the text beside it; TestCompiledUpToDate fails when it
// does not: run `go generate ./data` after editing data/actors.
//
//go:embed actors/*.txt actors/compiled.bin verbs/*.txt discards/*.txt
var FS embed.FS

//go:generate go run ../internal/gen/dicts
