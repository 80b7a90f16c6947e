package data_test

import (
	"bytes"
	"io/fs"
	"testing"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/data"
)

// TestCompiledUpToDate fails when data/actors changed without its compiled
// form: actor.Load would still be right (it falls back to the text) but
// slow. Fix with `go generate ./data`.
func TestCompiledUpToDate(t *testing.T) {
	want, err := actor.Compile(data.FS, "actors")
	if err != nil {
		t.Fatal(err)
	}
	got, err := fs.ReadFile(data.FS, "actors/"+actor.CompiledName)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("data/actors/compiled.bin is stale: run go generate ./data")
	}
}
