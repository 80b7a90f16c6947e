package verb

import (
	"reflect"
	"slices"
	"testing"

	"github.com/parley-events/parley/data"
	"github.com/parley-events/parley/internal/dictfile"
)

// sameIndex reports the first way in which two dictionaries' indexes
// differ: words in entry order, each entry's required-word number, its
// patterns (by position, in rank order) and quick checks, and every
// pattern field, required-word numbers, folds and masks included.
func sameIndex(t *testing.T, got, want *Dictionary) {
	t.Helper()
	if len(got.all) != len(want.all) {
		t.Fatalf("%d patterns, want %d", len(got.all), len(want.all))
	}
	if got.nReq != want.nReq {
		t.Fatalf("%d required-word numbers, want %d", got.nReq, want.nReq)
	}
	gk, wk := got.words.Keys(), want.words.Keys()
	if !slices.Equal(gk, wk) || !slices.Equal(got.words.Values(), want.words.Values()) {
		t.Fatalf("word tables differ: %d words, want %d", len(gk), len(wk))
	}
	for i := range want.all {
		if g, w := *got.all[i], *want.all[i]; !reflect.DeepEqual(g, w) {
			t.Fatalf("pattern %d (%s):\n got %+v\nwant %+v", i, w.Pos, g, w)
		}
	}
	pos := func(d *Dictionary, ps []*Pattern) []int {
		var out []int
		for _, p := range ps {
			out = append(out, slices.Index(d.all, p))
		}
		return out
	}
	if len(got.entries) != len(want.entries) {
		t.Fatalf("%d entries, want %d", len(got.entries), len(want.entries))
	}
	for k := range want.entries {
		g, w := &got.entries[k], &want.entries[k]
		if g.req != w.req {
			t.Fatalf("entry %q: required-word number %d, want %d", wk[k], g.req, w.req)
		}
		if gp, wp := pos(got, g.heads), pos(want, w.heads); !slices.Equal(gp, wp) {
			t.Fatalf("entry %q: patterns %v, want %v", wk[k], gp, wp)
		}
		if !slices.Equal(g.quick, w.quick) {
			t.Fatalf("entry %q: quick checks differ", wk[k])
		}
		if cap(g.heads) != len(g.heads) {
			t.Fatalf("entry %q: patterns not clipped: an append would write into the next entry's", wk[k])
		}
	}
}

// TestCompiledIndexShipped opens the shipped dictionary's compiled form
// as built now and checks that its index is the one the text builds:
// same words, numbers, ranking, folds and masks. The compiled form
// carries the index rather than recomputing it, so a writer bug would
// otherwise change which patterns are tried without any other test
// noticing.
func TestCompiledIndexShipped(t *testing.T) {
	text, err := LoadText(data.FS, "verbs", nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := CompileDir(data.FS, "verbs", nil)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := dictfile.SourceSum(data.FS, "verbs")
	if err != nil {
		t.Fatal(err)
	}
	d, err := unmarshal(string(b), sum, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.all) < 1000 || d.nReq == 0 {
		t.Fatalf("only %d patterns, %d required words: not the shipped dictionary", len(d.all), d.nReq)
	}
	sameIndex(t, d, text)
	// A pattern ranked below another of its head in the text must stay
	// below it: check one ranking the sort decided, not just the copy.
	ranked := 0
	for k := range d.entries {
		hs := d.entries[k].heads
		for j := 1; j < len(hs); j++ {
			if hs[j-1].Derived && !hs[j].Derived {
				t.Fatalf("entry %d: a nominalised twin before a written line", k)
			}
			if hs[j-1].Derived != hs[j].Derived {
				continue // every written line of a head ranks before its twins (M38)
			}
			if hs[j-1].weight < hs[j].weight {
				t.Fatalf("entry %d: pattern of weight %d before one of %d", k, hs[j-1].weight, hs[j].weight)
			}
			if hs[j-1].weight > hs[j].weight {
				ranked++
			}
		}
	}
	if ranked == 0 {
		t.Fatal("no entry has patterns of different weights: the ranking went unchecked")
	}
}

// TestCompiledMutated flips and cuts every byte of a compiled form: each
// result is refused, or opens to a dictionary whose every required-word
// number and head fits the arrays the matcher indexes with them. Never a
// panic.
func TestCompiledMutated(t *testing.T) {
	fsys := compiledFS(compiledTestDict)
	b, err := CompileDir(fsys, "d", nil)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := dictfile.SourceSum(fsys, "d")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := unmarshal(string(b), sum, nil); err != nil {
		t.Fatalf("the intact form is refused: %v", err)
	}
	check := func(what string, m []byte) {
		d, err := unmarshal(string(m), sum, nil)
		if err != nil {
			return
		}
		for _, p := range d.all {
			if p.head < 0 || p.head >= len(p.elems) || len(p.Head()) == 0 {
				t.Fatalf("%s: pattern %s opened without a head", what, p.Code)
			}
			for _, g := range p.reqIDs {
				for _, id := range g {
					if id < 0 || id >= d.nReq {
						t.Fatalf("%s: required-word number %d of %d", what, id, d.nReq)
					}
				}
			}
		}
		for _, e := range d.entries {
			if len(e.quick) != len(e.heads) {
				t.Fatalf("%s: %d quick checks for %d patterns", what, len(e.quick), len(e.heads))
			}
		}
	}
	refused := 0
	for i := range b {
		check("cut", b[:i])
		if _, err := unmarshal(string(b[:i]), sum, nil); err != nil {
			refused++
		}
		for _, x := range []byte{0x01, 0x21, 0x80, 0xff} {
			m := slices.Clone(b)
			m[i] ^= x
			check("flip", m)
		}
	}
	if refused != len(b) {
		t.Errorf("%d of %d truncated forms opened", len(b)-refused, len(b))
	}
}
