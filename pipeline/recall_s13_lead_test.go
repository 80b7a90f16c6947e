package pipeline

import (
	"strings"
	"testing"
)

// TestS13OccasionUnderAppeal: a visit or talks named as the occasion of
// an appeal or demand ("urged restraint during talks with X") took place;
// only what the appeal asks for is hypothetical. Talks that are the
// appeal's own object ("called for talks with") stay asked.
func TestS13OccasionUnderAppeal(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct {
		why, text, code string
		hypo            bool
	}{
		{"urged ... during talks with", "The German chancellor urged restraint during talks with the Turkish president in Ankara.", "04", false},
		{"called for ... on a visit to", "The Japanese prime minister called for an end to the fighting on a visit to Kyiv.", "042", false},
		{"demanded ... during a visit", "The Indian foreign minister demanded the return of the fishermen during a two-day visit to Sri Lanka.", "042", false},
		{"appealed ... during a meeting with", "The Qatari emir appealed for calm during a meeting with the Iranian president in Doha.", "04", false},
		{"talks that are the appeal's object", "The Nepali opposition called for talks with the government on the new constitution.", "04", true},
		{"a visit that is the demand's object", "Protesters in Manila demanded a visit to the disputed shoal by the Philippine president.", "042", true},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		real := false
		for _, e := range evs {
			if strings.HasPrefix(e.CAMEO, c.code) && !e.Modality.Negated && !e.Modality.Hypothetical {
				real = true
			}
		}
		// An asked act may be coded as hypothetical or not at all.
		if real == c.hypo {
			t.Errorf("%s: %q real %s event coded: %v, want %v; got %s", c.why, c.text, c.code, real, !c.hypo, describe(evs))
		}
	}
}
