// Command dicts writes the compiled forms of parley's dictionaries next to
// their text (data/actors/compiled.bin), so start-up opens arrays instead
// of parsing text. Run from data/ by `go generate ./data`.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/parley-events/parley/actor"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "dicts:", err)
		os.Exit(1)
	}
}

func run() error {
	b, err := actor.Compile(os.DirFS("."), "actors")
	if err != nil {
		return err
	}
	out := filepath.Join("actors", actor.CompiledName)
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Printf("%s: %d bytes\n", out, len(b))
	return nil
}
