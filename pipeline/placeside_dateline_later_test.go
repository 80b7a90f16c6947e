package pipeline

import (
	"testing"
)

// TestDatelineLaterSentences: a dateline is where the story was filed
// (AP style), so a later sentence that names no place takes only the
// dateline's country, and only when its actors belong there or name no
// state; a place of its own always wins. The sentences are invented.
func TestDatelineLaterSentences(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct {
		name, text string
		sentence   int    // index of the sentence whose events are checked
		country    string // "" = no location
		precision  string
	}{
		{"actors of the dateline's country",
			"KABUL, May 5 (Reuters) - Taliban fighters attacked a police checkpoint on Monday. Afghan officials condemned the Taliban.",
			1, "AFG", "country"},
		{"a foreign dyad is not placed at the dateline",
			"WASHINGTON (Reuters) - The United States condemned Russia on Monday. Russia accused Ukraine of shelling civilians.",
			1, "", ""},
		{"a place of its own wins",
			"KABUL, May 5 (Reuters) - Taliban fighters attacked a police checkpoint on Monday. Afghan police arrested ten men in Herat.",
			1, "AFG", "city"},
		{"no dateline, no inherited place",
			"Taliban fighters attacked a police checkpoint on Monday. Afghan officials condemned the Taliban.",
			1, "", ""},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-06", c.text)
		n := 0
		for _, e := range evs {
			if e.SentenceIndex != c.sentence {
				continue
			}
			n++
			l := e.Location
			switch {
			case c.country == "" && l != nil:
				t.Errorf("%s: event %s located at %s (%s), want none", c.name, e.CAMEO, l.Name, l.Country)
			case c.country != "" && l == nil:
				t.Errorf("%s: event %s has no location, want %s", c.name, e.CAMEO, c.country)
			case c.country != "" && (l.Country != c.country || l.Precision != c.precision):
				t.Errorf("%s: event %s located at %s (%s, %s), want %s %s", c.name, e.CAMEO, l.Name, l.Country, l.Precision, c.country, c.precision)
			case l != nil && l.Precision == "country" && (l.Start != -1 || l.End != -1 || e.Evidence.Place != nil):
				t.Errorf("%s: event %s: inherited location has a span [%d:%d] in a sentence that does not name it", c.name, e.CAMEO, l.Start, l.End)
			}
		}
		if n == 0 {
			t.Errorf("%s: no events in sentence %d (%d events in all)", c.name, c.sentence, len(evs))
		}
	}
}
