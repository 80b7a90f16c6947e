// Package data embeds parley's own dictionaries: readable, diffable text
// files in the dictfile format. Every entry may carry examples, and the
// stage that owns a dictionary runs them all in its tests.
package data

import "embed"

// FS holds the dictionaries: actors/*.txt, verbs/*.txt and discards/*.txt,
// and actors/compiled.bin and verbs/compiled.bin, the actor and verb
// dictionaries built ahead of time (actor.Compile, verb.CompileDir) so
// start-up need not parse them. actor.Load and verb.Load use them only
// while they match the text beside them; TestCompiledUpToDate fails when
// they do not: run `go generate ./data` after editing data/actors or
// data/verbs.
//
//go:embed actors/*.txt actors/compiled.bin verbs/*.txt verbs/compiled.bin discards/*.txt
var FS embed.FS

//go:generate go run ../internal/gen/dicts
