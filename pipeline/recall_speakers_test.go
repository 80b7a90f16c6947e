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
		// A text speaks for its author.
		{"a statement from a ministry", "A statement from the Kenyan foreign ministry said the border would reopen.", "01", "KEN", "-", false},
		{"a communique issued by a body", "A communique issued by the African Union said the vote in Niger was fair.", "01", "---", "-", false},
		{"a statement after a clause", "The talks stalled, and a statement from the Kenyan foreign ministry said the border would stay shut.", "01", "KEN", "-", false},
		{"a fronted statement, as before", "In a statement, the Kenyan foreign ministry said the border would reopen.", "01", "KEN", "-", false},
		{"a statement rejected: its author is the object", "Uganda rejected a statement from Kenya, a Ugandan spokesman said.", "12", "UGA", "KEN", false},
		{"a statement's report accuses nobody", "A statement from the Egyptian army said rebels attacked a checkpoint in Sinai.", "11", "-", "-", true},
		// Sources close to a party, or inside it, speak for it.
		{"sources close to a president", "Sources close to the Kenyan president said the talks had failed.", "01", "KEN", "-", false},
		{"a source close to a minister", "A source close to Egypt's foreign minister said the talks had stalled.", "01", "EGY", "-", false},
		{"people close to a president", "People close to the Chilean president said the cabinet would change.", "01", "CHL", "-", false},
		{"a source in a government", "A source in the Egyptian government said the border would reopen.", "01", "EGY", "-", false},
		{"sources in a country are only somewhere", "Sources in Kenya said the talks had failed.", "01", "-", "-", true},
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
		// A text's author reports what it says, and takes no side by it.
		{"A statement from the Egyptian army said rebels attacked a checkpoint in Sinai.", "19", "EGYMIL"},
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
