//go:build ignore

// gen writes tagger.bin, the fasttag tables for prose's built-in English
// model, so that New need not rebuild them at every start-up. Run it with
// `go generate ./text/fasttag` after upgrading prose.
package main

import (
	"fmt"
	"os"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/parley-events/parley/text/fasttag"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run() error {
	t, err := fasttag.FromProse(aptagmodel.English)
	if err != nil {
		return err
	}
	b, err := t.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.WriteFile("tagger.bin", b, 0o644); err != nil {
		return fmt.Errorf("write tagger.bin: %w", err)
	}
	fmt.Printf("tagger.bin: %d bytes\n", len(b))
	return nil
}
