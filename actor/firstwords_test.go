package actor

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/data"
	"github.com/parley-events/parley/text"
)

// firstWordProbes are first words to walk: every word of every alias, each
// with its last byte dropped, doubled and changed, and words no alias has,
// in the forms walk treats apart (digits, "el", clitics, hyphens, marks).
func firstWordProbes(d *Dictionary) []string {
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for i := range d.list {
		for _, w := range strings.Fields(strings.ToLower(d.list[i].Alias)) {
			add(w)
			add(w[:len(w)-1])
			add(w + w[len(w)-1:])
			add(w[:len(w)-1] + "q")
		}
	}
	for _, w := range []string{"", "el", "al", "el-bashir", "'s", "a", "z", "zz", "0", "2024", "u.s.", "us-led",
		"türkiye", "people's", "qqqqqqqqqqqqqqqqqqqqqqqq", "-", ",", "x1", "1x", "abcdefghijklmnopq"} {
		add(w)
	}
	return out
}

// walk's first-word table must give every first word the node the byte
// by byte walk reaches, and miss where it misses.
func TestFirstWordsMatchWalk(t *testing.T) {
	for _, load := range []struct {
		name string
		open func() (*Dictionary, error)
	}{
		{"compiled", func() (*Dictionary, error) { return Load(data.FS, "actors") }},
		{"text", func() (*Dictionary, error) { return LoadText(data.FS, "actors") }},
	} {
		d, err := load.open()
		if err != nil {
			t.Fatal(err)
		}
		if d.firstWords == nil || d.firstWords.Len() < 1000 {
			t.Fatalf("%s: no first words' table", load.name)
		}
		bytewise := *d
		bytewise.firstWords = nil
		probes := firstWordProbes(d)
		if len(probes) < 10000 {
			t.Fatalf("%s: only %d probes", load.name, len(probes))
		}
		hits := 0
		for _, w := range probes {
			tok := text.Token{Text: w, Lower: w}
			n, ok := d.walk(0, &tok, true)
			wn, wok := bytewise.walk(0, &tok, true)
			if n != wn || ok != wok {
				t.Fatalf("%s: walk(%q) = %d, %v with the table, %d, %v by bytes", load.name, w, n, ok, wn, wok)
			}
			if ok {
				hits++
			}
		}
		if hits < len(probes)/3 {
			t.Fatalf("%s: %d of %d probes reached a node: the probes miss the dictionary", load.name, hits, len(probes))
		}
		for k := range d.firstWords.Len() {
			w := d.firstWords.Key(k)
			if w == "el" {
				continue // walk reads it as "al" and does not ask the table
			}
			if n, ok := bytewise.walk(0, &text.Token{Lower: w}, true); !ok || uint32(n) != d.firstWords.Values()[k] {
				t.Fatalf("%s: table has %q at node %d, the walk reaches %d, %v", load.name, w, d.firstWords.Values()[k], n, ok)
			}
		}
	}
}

// BenchmarkWalkFirst walks the words of a few sentences as a match's first
// word, with the first-word table and byte by byte.
func BenchmarkWalkFirst(b *testing.B) {
	d, a := benchSetup(b)
	toks := a.Tokens("The Russian Foreign Ministry, on October 9, announced that preparations were underway for the next round of Astana talks. "+
		"Israeli warplanes struck targets in southern Lebanon on Tuesday, the army said, after Hezbollah fired rockets across the border.", nil)
	bytewise := *d
	bytewise.firstWords = nil
	for _, c := range []struct {
		name string
		d    *Dictionary
	}{{"table", d}, {"bytes", &bytewise}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for i := range toks {
					c.d.walk(0, &toks[i], true)
				}
			}
		})
	}
}
