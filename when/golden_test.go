package when

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// TestGolden runs Find, TenseIn and Resolve over testdata/find.input and
// compares with testdata/find.golden, a readable record of every decision
// (go test -run Golden -update rewrites it; review the diff).
func TestGolden(t *testing.T) {
	r := newResolver(t)
	f, err := os.Open("testdata/find.input")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out strings.Builder
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		head, sentence, ok := strings.Cut(text, " | ")
		var pubStr, tenseStr string
		if ok {
			_, err = fmt.Sscan(head, &pubStr, &tenseStr)
		}
		if !ok || err != nil {
			t.Fatalf("find.input:%d: want \"YYYY-MM-DD tense | sentence\"", line)
		}
		pub := date(pubStr)
		fmt.Fprintf(&out, "%s %s | %s\n", pubStr, tenseStr, sentence)
		for _, e := range r.Find(sentence) {
			tense := map[string]Tense{"past": TensePast, "future": TenseFuture, "unknown": TenseUnknown}[tenseStr]
			if tenseStr == "auto" {
				tense = TenseIn(sentence, e)
			}
			d, ok := r.Resolve(e, pub, tense)
			res := "unresolved"
			if ok {
				res = d.String()
			}
			fmt.Fprintf(&out, "\t%d:%d %q %s => %s\n", e.Start, e.End, e.Text, tense, res)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	const golden = "testdata/find.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got := out.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs at line %d:\n got %s\nwant %s\n(run go test -run Golden -update and review the diff)", golden, i+1, g, w)
			}
		}
	}
}
