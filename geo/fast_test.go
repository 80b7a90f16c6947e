package geo

import (
	"testing"

	"github.com/parley-events/parley/text"
)

// MentionsFast finds the same mentions as Mentions, with the same best
// and near places; it only leaves out the reasons and the ranked
// candidates.
func TestMentionsFastMatchesMentions(t *testing.T) {
	g := gaz(t)
	an, err := text.NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, story := range []string{
		"Turkish and Russian officers met near Saraqeb in Idlib province on Friday.",
		"KABUL, May 5 (Reuters) - Gunmen attacked a checkpoint west of Kandahar.",
		"Talks in Astana, Kazakhstan, and Geneva ended. Tripoli was calm as Lebanese troops moved north.",
		"Atlanta, Georgia, and Tbilisi, Georgia, held events about Paris, Texas.",
		"Rebels seized the airport outside Aden and shelled Taiz.",
	} {
		f := NewFocus()
		for _, s := range an.Analyze(story) {
			full, fast := g.Mentions(&s, nil, f), g.MentionsFast(&s, nil, f)
			if len(full) != len(fast) {
				t.Fatalf("%q: %d mentions, MentionsFast %d", s.Text, len(full), len(fast))
			}
			seen += len(full)
			for i := range full {
				a, b := full[i], fast[i]
				if a.Text != b.Text || a.Start != b.Start || a.End != b.End || a.Direction != b.Direction || a.Attributive != b.Attributive ||
					!samePlace(a.Best, b.Best) || !samePlace(a.Near, b.Near) {
					t.Errorf("%q mention %d: Mentions %+v, MentionsFast %+v", s.Text, i, a, b)
				}
				if b.Candidates != nil || b.Scores != nil || b.Why != "" {
					t.Errorf("%q mention %d: MentionsFast kept candidates or reasons", s.Text, i)
				}
			}
			f.AddMentions(full)
		}
	}
	if seen < 8 {
		t.Errorf("only %d mentions: the test needs more places", seen)
	}
}

func samePlace(a, b *Place) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
