package main

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/cli.md from the commands' --help")

// TestCLIDocs keeps docs/cli.md identical to what --help prints, so the
// documentation cannot drift from the flags. Run with -update after
// changing a command's help.
func TestCLIDocs(t *testing.T) {
	var b strings.Builder
	b.WriteString("# parley command line\n\n")
	b.WriteString("Generated from `parley <command> --help` by `go test ./cmd/parley -run CLIDocs -update`; do not edit by hand.\n\n")
	var top bytes.Buffer
	usage(&top)
	b.WriteString("```\n" + top.String() + "```\n")
	for _, c := range commands() {
		var out, errb bytes.Buffer
		if code := run([]string{c.name, "--help"}, strings.NewReader(""), &out, &errb); code != 0 {
			t.Errorf("%s --help exit %d", c.name, code)
		}
		b.WriteString("\n## parley " + c.name + "\n\n" + c.summary + ".\n\n```\n" + errb.String() + out.String() + "```\n")
	}
	const path = "../../docs/cli.md"
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if string(got) != b.String() {
		t.Errorf("docs/cli.md is out of date with --help; run: go test ./cmd/parley -run CLIDocs -update")
	}
}
