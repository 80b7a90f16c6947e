package pipeline

import "testing"

// TestRelativeClausePlaces: when the event's own clause names no place, a
// relative clause on its object may; a reported clause after "said that"
// never lends its place to the speech event. The sentences are invented.
func TestRelativeClausePlaces(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct {
		text, verb, place, country string // place "" = no location
	}{
		{"Rebels seized the airport, which lies 10 km south of Aden.", "seized", "Aden", "YEM"},
		{"Government troops attacked rebels who had taken over a village in Darfur.", "attacked", "Darfur", "SDN"},
		{"Israeli jets struck a building that houses Hamas offices in Gaza City.", "struck", "Gaza", "PSE"},
		{"The minister said that troops shelled the town.", "said", "", ""},
		{"Russia said that it had struck targets in Kharkiv.", "said", "", ""},
		{"Russia said that it had struck targets in Kharkiv.", "struck", "Kharkiv", "UKR"},
	}
	for _, c := range cases {
		found := false
		for _, e := range codeText(t, p, "2024-05-06", c.text) {
			if e.Evidence.Verb.Text != c.verb {
				continue
			}
			found = true
			l := e.Location
			switch {
			case c.place == "" && l != nil:
				t.Errorf("%q %s: located at %s, want none", c.text, c.verb, l.Name)
			case c.place != "" && l == nil:
				t.Errorf("%q %s: no location, want %s", c.text, c.verb, c.place)
			case c.place != "" && (l.Name != c.place || l.Country != c.country):
				t.Errorf("%q %s: located at %s (%s), want %s (%s)", c.text, c.verb, l.Name, l.Country, c.place, c.country)
			}
		}
		if !found {
			t.Errorf("%q: no event on %q", c.text, c.verb)
		}
	}
}
