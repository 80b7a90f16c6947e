package pipeline

import "testing"

// TestRecallSpeakers: statements by people the dictionaries do not know,
// by bodies named through a statement or a communique, and by sources
// close to a party. Every sentence was written for this test. Sides as in
// frameCase: "-" unchecked, "?" empty, "---" no country.
func TestRecallSpeakers(t *testing.T) {
	p := newTestPipeline(t)
	cases := []frameCase{
		// Unknown named people are speakers of unknown code.
		{"a name before said", "Tomas Varga said the Hungarian budget would be cut.", "01", "---", "-", false},
		{"a name after a fronted day", "On Friday Tomas Varga said the budget would be cut.", "01", "---", "-", false},
		{"a name told reporters", "The budget will be cut, Eva Kovacs told reporters in Budapest.", "01", "---", "-", false},
		{"a known title wins", "Hungarian President Tomas Varga said the budget would be cut.", "01", "HUN", "-", false},
		{"a name that does not speak is nobody", "Tomas Varga visited the Budapest zoo.", "01", "-", "-", true},
	}
	checkFrames(t, p, cases, false)
}

// TestInvertedSpeakerReports: ", said X" makes X, not the subject of the
// clause reported, the reporter of its events.
func TestInvertedSpeakerReports(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, root, reporter string }{
		{"Chadian rebels shelled the town, said the Nigerien army.", "19", "NERMIL"},
		{"Kenya will not join the alliance, said Amina Otieno on Friday.", "12", "---"},
	} {
		found := false
		for _, ev := range codeText(t, p, "2024-05-01", c.text) {
			if ev.CAMEORoot != c.root {
				continue
			}
			found = true
			if ev.Modality.ReportedBy != c.reporter {
				t.Errorf("%q: %s reported by %q, want %s", c.text, ev.CAMEO, ev.Modality.ReportedBy, c.reporter)
			}
		}
		if !found {
			t.Errorf("%q: no %s event", c.text, c.root)
		}
	}
}
