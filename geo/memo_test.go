package geo

import (
	"reflect"
	"sync"
	"testing"
)

// TestLookupMemo checks that memoised lookups answer as fresh ones: the
// same mentions from a gazetteer that has seen the sentences before,
// from several goroutines at once (run with -race), as from a new one.
func TestLookupMemo(t *testing.T) {
	fresh := func() [][]Mention {
		g := gaz(t)
		var out [][]Mention
		for _, a := range astanaSentences {
			out = append(out, g.Mentions(naiveSentence(a.text, a.tags), nil, nil))
		}
		return out
	}
	want := fresh()
	g := gaz(t)
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 3; round++ {
				for i, a := range astanaSentences {
					got := g.Mentions(naiveSentence(a.text, a.tags), nil, nil)
					if !reflect.DeepEqual(got, want[i]) {
						errs <- a.text
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("memoised mentions differ for %q", e)
	}
	if g.memo.held == 0 {
		t.Error("nothing was memoised: the test checks nothing")
	}
}

func TestLookupMemoBound(t *testing.T) {
	var m lookupMemo
	big := make([]cand, memoMax-1)
	m.put("a", false, big)
	m.put("b", false, []cand{{}}) // would exceed the bound
	if _, ok := m.get([]byte("a"), false); !ok {
		t.Error("first key not kept")
	}
	if _, ok := m.get([]byte("b"), false); ok {
		t.Error("key kept beyond the bound")
	}
	if _, ok := m.get([]byte("a"), true); ok {
		t.Error("fuzzy and exact lookups share entries")
	}
}
