// Command dicts writes the compiled forms of parley's dictionaries next to
// their text (data/actors/compiled.bin, data/verbs/compiled.bin), so
// start-up opens them instead of parsing text. Run from data/ by
// `go generate ./data`.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/dictfile"
	"github.com/parley-events/parley/ontology"
	"github.com/parley-events/parley/verb"
)

func main() {
	only := flag.String("only", "", "write only this compiled dictionary: actors or verbs (default both)")
	flag.Parse()
	if err := run(*only); err != nil {
		fmt.Fprintln(os.Stderr, "dicts:", err)
		os.Exit(1)
	}
}

func run(only string) error {
	if only != "" && only != "actors" && only != "verbs" {
		return fmt.Errorf("-only must be actors or verbs, not %q", only)
	}
	// actor.Compile reads the text twice, to parse it and for the checksum
	// it records; from a snapshot both see the same bytes, even if a file
	// is saved meanwhile (verb.CompileDir takes its own).
	actors, err := dictfile.Snapshot(os.DirFS("."), "actors")
	if err != nil {
		return err
	}
	ab, err := actor.Compile(actors, "actors")
	if err != nil {
		return err
	}
	onto, err := ontology.Load()
	if err != nil {
		return err
	}
	vb, err := verb.CompileDir(os.DirFS("."), "verbs", func(c string) bool { _, ok := onto.Event(c); return ok })
	if err != nil {
		return err
	}
	for _, f := range []struct {
		path string
		b    []byte
	}{{filepath.Join("actors", actor.CompiledName), ab}, {filepath.Join("verbs", verb.CompiledName), vb}} {
		if only != "" && filepath.Dir(f.path) != only {
			continue
		}
		if err := os.WriteFile(f.path, f.b, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", f.path, err)
		}
		fmt.Printf("%s: %d bytes\n", f.path, len(f.b))
	}
	return nil
}
