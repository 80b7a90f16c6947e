package data_test

import (
	"bytes"
	"io/fs"
	"testing"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/data"
	"github.com/parley-events/parley/ontology"
	"github.com/parley-events/parley/verb"
)

// TestCompiledUpToDate fails when data/actors or data/verbs changed without
// its compiled form: Load would still be right (it falls back to the
// text) but slow. Fix with `go generate ./data`.
func TestCompiledUpToDate(t *testing.T) {
	onto, err := ontology.Load()
	if err != nil {
		t.Fatal(err)
	}
	valid := func(c string) bool { _, ok := onto.Event(c); return ok }
	actors, err := actor.Compile(data.FS, "actors")
	if err != nil {
		t.Fatal(err)
	}
	verbs, err := verb.CompileDir(data.FS, "verbs", valid)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path string
		want []byte
	}{{"actors/" + actor.CompiledName, actors}, {"verbs/" + verb.CompiledName, verbs}} {
		got, err := fs.ReadFile(data.FS, c.path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, c.want) {
			t.Errorf("data/%s is stale: run go generate ./data", c.path)
		}
	}
}
