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

// TestS13StormAndFight: a village, town, base or stronghold stormed is
// force on the place's state (or the group named before the noun), and
// forces of two sides that fought somewhere with no object fought each
// other; crowds storming buildings and one party fighting across a region
// are not.
func TestS13StormAndFight(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "stormed the village of", text: "Nigerian troops stormed the village of Gwoza on Friday, the army said.", code: "190", src: "NGA", tgt: "NGA"},
		{why: "stormed a group's stronghold", text: "Afghan commandos stormed a Taliban stronghold in Helmand province overnight.", code: "190", src: "AFG", tgt: "AFG"},
		{why: "stormed the rebel-held town", text: "Ethiopian federal forces stormed the town of Adigrat in northern Tigray.", code: "190", src: "ETH", tgt: "ETH"},
		{why: "a crowd storming a building protests", text: "Protesters stormed the parliament building in Colombo on Saturday.", code: "190", none: true},
		{why: "a pitch is no town", text: "Supporters stormed the pitch at the stadium in the town of Tamale.", code: "19", none: true},
		{why: "two sides fought along", text: "Indian and Chinese soldiers fought along the disputed frontier in Ladakh.", code: "190", src: "IND", tgt: "CHN"},
		{why: "two sides fought near", text: "Armenian and Azerbaijani forces fought near the village of Sotk.", code: "190", src: "ARM", tgt: "AZE"},
		{why: "two sides battled near", text: "Kenyan and Somali troops battled near the border town of Mandera.", code: "190", src: "KEN", tgt: "SOM"},
		{why: "one party fought across a region", text: "Ukrainian volunteers fought across the east of the country for months.", code: "190", none: true},
	})
}
