package pipeline

import (
	"strings"
	"testing"
)

// TestUnknownSpeakers: a speaker the dictionaries do not know ("Witnesses
// said", "Analysts say") leaves the reported event's reporter empty; the
// group after the reporting verb is the reported clause's subject, not a
// speaker, unless a comma or a quote stands before the verb (", said the
// ministry").
func TestUnknownSpeakers(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, root, reporter string }{
		{"Witnesses said soldiers opened fire on the crowd.", "18,19,17", ""},
		{"Analysts say Russia could launch a new offensive in the spring.", "19", ""},
		{"A 200-page report alleged that French troops had killed civilians in the south.", "18,19,20", ""},
		{"Rebels shelled the town overnight, said the Syrian defence ministry.", "19", "SYRGOV"},
		{"Human Rights Watch said Ethiopian troops had killed civilians in Tigray.", "18,19,20", "NGOHRIHRW"},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for i := range evs {
			e := &evs[i]
			if !strings.Contains(","+c.root+",", ","+e.CAMEORoot+",") {
				continue
			}
			found = true
			if e.Modality.ReportedBy != c.reporter {
				t.Errorf("%q: %s reported by %q, want %q", c.text, e.CAMEO, e.Modality.ReportedBy, c.reporter)
			}
		}
		if !found {
			t.Errorf("%q: no event of root %s; got %s", c.text, c.root, describe(evs))
		}
	}
}
