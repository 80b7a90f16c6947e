package pipeline

import (
	"testing"

	"github.com/parley-events/parley/text"
)

// TestP30bFigureReport: a body publishing a figure (a rise in prices, a
// sum received, a count of arrivals) makes no political statement, so no
// 010 is coded when that statement is the sentence's only event and has
// no target; a statement of intent, with or without a figure, one with a
// target, and one whose only number is a date stay. Every sentence was written for this test.
func TestP30bFigureReport(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a rise in prices", text: "Rice prices climbed 9 percent in a year, the Philippine statistics office said.", code: "01", none: true},
		{why: "a sum received", text: "Remittances from abroad reached 4.2 billion dollars in the first half, Nepal's central bank said.", code: "01", none: true},
		{why: "a count of arrivals", text: "More than 200,000 Venezuelans have settled in Peru since 2017, the UN migration agency said.", code: "01", none: true},
		// must keep: no figure, a target, an act beside, a date only
		{why: "an intent with no figure", text: "Ghana's finance minister said the government would not devalue the cedi.", code: "010", src: "GHA", tgt: "-"},
		{why: "a statement with a target", text: "Peru's foreign ministry said 12 Chilean diplomats had been expelled from Lima.", code: "010", src: "PER", tgt: "CHL"},
		{why: "an intent with a figure", text: "Malawi's new power station will cost an estimated $700 million, the energy ministry said.", code: "010", src: "MWI", tgt: "-"},
		{why: "a date is no figure", text: "The Nigerian government said the census would begin on 3 May.", code: "010", src: "NGA", tgt: "-"},
	})
}

// TestP30bStatFigure: digits that are no year and no day of a date, and
// words of percentage or large sums, are figures; spelled small counts
// are not.
func TestP30bStatFigure(t *testing.T) {
	toks := func(ws ...string) []text.Token {
		out := make([]text.Token, len(ws))
		for i, w := range ws {
			out[i] = text.Token{Text: w, Lower: w, Tag: "NN"}
			if w[0] >= '0' && w[0] <= '9' || w == "six" {
				out[i].Tag = "CD"
			}
		}
		return out
	}
	for _, c := range []struct {
		ws   []string
		k    int
		want bool
	}{
		{[]string{"rose", "4", "percent"}, 1, true},
		{[]string{"rose", "4", "percent"}, 2, true},
		{[]string{"passed", "22,000"}, 1, true},
		{[]string{"in", "2024"}, 1, false},
		{[]string{"on", "3", "may"}, 1, false},
		{[]string{"september", "19"}, 1, false},
		{[]string{"six", "hostages"}, 0, false},
		{[]string{"4", "per", "cent"}, 2, true},
	} {
		if got := statFigure(toks(c.ws...), c.k); got != c.want {
			t.Errorf("statFigure(%v, %d) = %v, want %v", c.ws, c.k, got, c.want)
		}
	}
}
