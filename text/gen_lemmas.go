//go:build ignore

// gen_lemmas writes lemmas.bin, golem's English lemma table in the
// strtab layout, so that start-up need not build a map of it, and
// pastforms.txt, the irregular past forms text.pastFormRule picks out. Run it with
// `go generate ./text` after upgrading golem.
package main

import (
	"fmt"
	"os"

	"github.com/parley-events/parley/text"
)

func main() {
	b, err := text.BuildLemmaTable()
	if err == nil {
		err = os.WriteFile("lemmas.bin", b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen_lemmas:", err)
		os.Exit(1)
	}
	fmt.Printf("lemmas.bin: %d bytes\n", len(b))
	// The past forms are read from the lemma table just built.
	p, err := text.BuildPastForms(b)
	if err == nil {
		err = os.WriteFile("pastforms.txt", p, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen_lemmas:", err)
		os.Exit(1)
	}
	fmt.Printf("pastforms.txt: %d bytes\n", len(p))
}
