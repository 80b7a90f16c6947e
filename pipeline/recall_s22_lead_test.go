package pipeline

import "testing"

// TestS22LeadTrailingCapital: a capital that reports the sentence from
// its end ("..., Moscow said") is the event's reporter, also when the
// clause before it ended on a place name, which used to swallow the
// capital into a list of places.
func TestS22LeadTrailingCapital(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, root, reporter string }{
		{"Ukrainian drones struck an oil depot in Bryansk, Moscow said.", "19", "RUS"},
		{"Chinese coast guard ships rammed a Philippine supply boat near Scarborough Shoal, Manila said on Monday.", "19", "PHL"},
		{"Israeli jets struck targets near Homs, Damascus said.", "19", "SYR"},
		{"Rwandan troops shelled positions near Goma, Kinshasa claimed.", "19", "COD"},
		// must-not: a capital in a list of places is no reporter.
		{"Russian jets bombed villages near Idlib, Aleppo and Hama on Sunday.", "19", ""},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for i := range evs {
			e := &evs[i]
			if e.CAMEORoot != c.root {
				continue
			}
			found = true
			if e.Modality.ReportedBy != c.reporter {
				t.Errorf("%q: %s reported by %q, want %q", c.text, e.CAMEO, e.Modality.ReportedBy, c.reporter)
			}
		}
		if !found {
			t.Errorf("%q: no root %s event", c.text, c.root)
		}
	}
}
