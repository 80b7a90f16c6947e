package when

import (
	"testing"
	"time"
)

// TestAbsolute checks Absolute against its meaning: an absolute expression
// resolves to the same dates under any publication date and tense, and the
// others are the ones that need a publication date.
func TestAbsolute(t *testing.T) {
	r := newResolver(t)
	cases := []struct {
		sentence string
		absolute bool
	}{
		{"The talks opened on March 5, 2020 in Astana.", true},
		{"The ceasefire was agreed in 2019.", true},
		{"Fighting resumed between 3 and 5 May 2017.", true},
		{"The round ran from December 30, 2016 to January 2.", true},
		{"Troops withdrew in the spring of 2018.", true},
		{"The envoy visited on 2021-04-07.", true},
		{"The envoy visited on Friday.", false},
		{"Talks resumed on March 5.", false},
		{"The ministers met yesterday.", false},
		{"Fighting resumed last week.", false},
		{"Fighting resumed two days ago.", false},
		{"The summit was held in August last year.", false},
		{"The summit will be held this May.", false},
		{"Troops withdrew last summer.", false},
	}
	pubs := []time.Time{date("1995-06-15"), date("2031-02-03")}
	tenses := []Tense{TensePast, TenseFuture, TenseUnknown}
	for _, c := range cases {
		exprs := r.Find(c.sentence)
		if len(exprs) != 1 {
			t.Errorf("%q: found %d expressions, want 1", c.sentence, len(exprs))
			continue
		}
		e := exprs[0]
		if got := e.Absolute(); got != c.absolute {
			t.Errorf("%q: Absolute() = %v, want %v", e.Text, got, c.absolute)
		}
		if !e.Absolute() {
			continue
		}
		first, ok := r.Resolve(e, pubs[0], tenses[0])
		if !ok {
			t.Errorf("%q: absolute but unresolved", e.Text)
			continue
		}
		for _, pub := range pubs {
			for _, tense := range tenses {
				if d, ok := r.Resolve(e, pub, tense); !ok || d != first {
					t.Errorf("%q: pub %s %s gives %v, pub %s %s gives %v",
						e.Text, pubs[0].Format(time.DateOnly), tenses[0], first, pub.Format(time.DateOnly), tense, d)
				}
			}
		}
	}
}
