package pipeline

import (
	"testing"
)

// TestDatelinePlaces: a wire dateline places the lede's events that name
// no place of their own, never overrides a place in the event's clause,
// and a headline that starts with a country code is no dateline. The
// sentences are invented.
func TestDatelinePlaces(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct {
		text, place, country string // place "" = no location
	}{
		{"KABUL, May 5 (Reuters) - Taliban fighters attacked a police checkpoint on Monday, officials said.", "Kabul", "AFG"},
		{"LYON: Interpol said it would send a team to help identify the victims.", "Lyon", "FRA"},
		{"BEIRUT (AP) -- Israeli jets struck targets in southern Lebanon on Tuesday.", "Lebanon", "LBN"},
		{"US, EU agree to hold talks.", "", ""},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-06", c.text)
		if len(evs) == 0 {
			t.Errorf("%q: no events", c.text)
			continue
		}
		for _, e := range evs {
			l := e.Location
			switch {
			case c.place == "" && l != nil:
				t.Errorf("%q: event %s located at %s, want none", c.text, e.CAMEO, l.Name)
			case c.place != "" && l == nil:
				t.Errorf("%q: event %s has no location, want %s", c.text, e.CAMEO, c.place)
			case c.place != "" && (l.Name != c.place || l.Country != c.country):
				t.Errorf("%q: event %s located at %s (%s), want %s (%s)", c.text, e.CAMEO, l.Name, l.Country, c.place, c.country)
			}
		}
	}
}

func TestDatelineSpan(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct {
		text string
		want string // "" = no dateline
	}{
		{"KABUL, May 5 (Reuters) - Fighting resumed.", "KABUL"},
		{"GAZA CITY, Palestinian Territories: Four people were killed.", "GAZA CITY"},
		{"DEIR EZ-ZOR, Syria (AFP) - Clashes erupted.", "DEIR EZ-ZOR"},
		{"LYON: Interpol said it would help.", "LYON"},
		{"Kabul, the capital, was quiet.", ""},
		{"NATO allies met in Brussels.", ""},
		{"A B C D E F, the letters.", ""},
		{"", ""},
	}
	for _, c := range cases {
		ss := p.Text.Analyze(c.text)
		if len(ss) == 0 {
			if c.want != "" {
				t.Errorf("%q: no sentence", c.text)
			}
			continue
		}
		lo, hi, ok := datelineSpan(&ss[0])
		got := ""
		if ok {
			got = ss[0].Text[lo:hi]
		}
		if got != c.want {
			t.Errorf("%q: dateline %q, want %q", c.text, got, c.want)
		}
	}
}

// FuzzDatelineSpan: any text, including invalid UTF-8, gives a span inside
// the sentence or none, and locativeClaims never loses a claim.
func FuzzDatelineSpan(f *testing.F) {
	p := newTestPipeline(f)
	for _, s := range []string{"KABUL, May 5 (Reuters) - x", "LYON: y", "\xff\xfeAB, c", "", "AB (", "US -"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sent := range p.Text.Analyze(s) {
			if lo, hi, ok := datelineSpan(&sent); ok && (lo < 0 || hi > len(sent.Text) || lo >= hi) {
				t.Fatalf("%q: dateline [%d:%d] outside %d bytes", s, lo, hi, len(sent.Text))
			}
			claims := [][2]int{{0, len(sent.Text) / 2}, {len(sent.Text) / 2, len(sent.Text)}}
			kept, rel := locativeClaims(&sent, claims)
			if len(kept)+len(rel) != len(claims) {
				t.Fatalf("%q: %d kept + %d released of %d claims", s, len(kept), len(rel), len(claims))
			}
		}
	})
}
