package when

import (
	"testing"
	"time"
)

// FuzzFindResolve checks the invariants every caller relies on: no panic,
// spans in range and in order, Text equal to its span, and resolved ranges
// with Start <= End for any publication date and tense.
func FuzzFindResolve(f *testing.F) {
	seeds := []string{
		"The meeting will take place on November 11 and 12 in the Kazakh capital.",
		"on February 30, 2021", "2024-02-30", "31/31/2024", "99999999999 days ago",
		"in the spring of 2999", "between 2199 and 2198", "from December 31 to January 1",
		"late last year", "mid-", "the early 1000s", "Feb 29", "in May", "\xff\xfe October 9",
		"Friday, October", "from 3 to", "between May 3 and", "11-12", "the past 9999 years",
		"in 9999 years", "9999 months ago", "“Friday”, October 25, 2024 – said",
	}
	for _, s := range seeds {
		f.Add(s, int64(1729900800), uint8(0))
	}
	r, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, unix int64, tense uint8) {
		pub := time.Unix(unix%(1<<40), 0).UTC()
		exprs := r.Find(s)
		prev := 0
		for _, e := range exprs {
			if e.Start < prev || e.End <= e.Start || e.End > len(s) {
				t.Fatalf("bad span %d:%d after %d in %q", e.Start, e.End, prev, s)
			}
			if s[e.Start:e.End] != e.Text {
				t.Fatalf("Text %q != span %q", e.Text, s[e.Start:e.End])
			}
			prev = e.End
			d, ok := r.Resolve(e, pub, Tense(tense%3))
			if ok && d.Start.After(d.End) {
				t.Fatalf("%q at %v: start %v after end %v", e.Text, pub, d.Start, d.End)
			}
			if ok && d.Precision == "" {
				t.Fatalf("%q: empty precision", e.Text)
			}
		}
	})
}
