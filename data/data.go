// Package data embeds parley's own dictionaries: readable, diffable text
// files in the dictfile format. Every entry may carry examples, and the
// stage that owns a dictionary runs them all in its tests.
package data

import "embed"

// FS holds the dictionaries: actors/*.txt, verbs/*.txt and discards/*.txt.
//
//go:embed actors/*.txt verbs/*.txt discards/*.txt
var FS embed.FS
