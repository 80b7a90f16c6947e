// Package data embeds parley's own dictionaries: readable, diffable text
// files in the dictfile format. Every entry may carry examples, and the
// stage that owns a dictionary runs them all in its tests.
package data

import (
	"embed"
	"io/fs"
)

// FS holds the dictionaries: actors/*.txt, verbs/*.txt and discards/*.txt,
// and actors/compiled.bin and verbs/compiled.bin, the actor and verb
// dictionaries built ahead of time (actor.Compile, verb.CompileDir) so
// start-up need not parse them. actor.Load and verb.Load use them only
// while they match the text beside them; TestCompiledUpToDate fails when
// they do not: run `go generate ./data` after editing data/actors or
// data/verbs.
var FS Files

//go:generate go run ../internal/gen/dicts

//go:embed actors/*.txt actors/compiled.bin verbs/*.txt verbs/compiled.bin discards/*.txt
var files embed.FS

// The compiled forms again, as strings: embed.FS can only copy a file out,
// and copying 3 MB into fresh heap pages was a sixth of start-up. The
// linker stores each file once (TestEmbeddedOnce).
var (
	//go:embed actors/compiled.bin
	actorsCompiled string
	//go:embed verbs/compiled.bin
	verbsCompiled string
)

// Files is the embedded dictionary tree. It is an fs.FS like embed.FS, and
// its ReadFileString hands out the compiled forms without copying them.
type Files struct{}

// Open implements fs.FS.
func (Files) Open(name string) (fs.File, error) { return files.Open(name) }

// ReadFile implements fs.ReadFileFS.
func (Files) ReadFile(name string) ([]byte, error) { return files.ReadFile(name) }

// ReadDir implements fs.ReadDirFS.
func (Files) ReadDir(name string) ([]fs.DirEntry, error) { return files.ReadDir(name) }

// ReadFileString returns a file's content as a string. The compiled forms
// are the embedded bytes themselves; any other file is a copy.
func (Files) ReadFileString(name string) (string, error) {
	switch name {
	case "actors/compiled.bin":
		return actorsCompiled, nil
	case "verbs/compiled.bin":
		return verbsCompiled, nil
	}
	b, err := files.ReadFile(name)
	return string(b), err
}
