package pipeline

import "testing"

// TestUndatedStory: a story with no publication date keeps the full dates
// its text gives and leaves every relative date unresolved, rather than
// guessing a year.
func TestUndatedStory(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct {
		text              string
		date, end, prec   string
		wantEvidenceDated bool
	}{
		{"Russia and Turkey signed a ceasefire agreement on March 5, 2020.", "2020-03-05", "2020-03-05", "day", true},
		{"Turkey and Iran signed a memorandum in May 2017.", "2017-05-01", "2017-05-31", "month", true},
		{"Russia and Turkey signed a ceasefire agreement on March 5.", "", "", "unknown", false},
		{"Russia and Turkey signed a ceasefire agreement yesterday.", "", "", "unknown", false},
		{"Russia and Turkey signed a ceasefire agreement.", "", "", "unknown", false},
	}
	for _, c := range cases {
		evs := codeText(t, p, "", c.text)
		if len(evs) == 0 {
			t.Errorf("%q: no events", c.text)
			continue
		}
		for _, e := range evs {
			if e.Date != c.date || e.DateEnd != c.end || e.DatePrecision != c.prec {
				t.Errorf("%q: %s dated %q..%q (%s), want %q..%q (%s)", c.text, e.CAMEO, e.Date, e.DateEnd, e.DatePrecision, c.date, c.end, c.prec)
			}
			if (e.Evidence.Date != nil) != c.wantEvidenceDated {
				t.Errorf("%q: date evidence %v, want present=%v", c.text, e.Evidence.Date, c.wantEvidenceDated)
			}
			if e.Modality.Historical {
				t.Errorf("%q: historical without a publication date to compare with", c.text)
			}
		}
	}
}
