package pipeline

import "testing"

// TestR36ThatClauseVerbFree: a that-clause with its own subject inside
// the span of a pattern that reads past it ("released on Friday that his
// fighters had kidnapped ... students", where the release line reaches
// "students") tells its own act; the roots that read a that-clause for
// their code keep its words.
func TestR36ThatClauseVerbFree(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "kidnapping told in a video released", text: "The rebel leader said in a video released on Friday that his fighters had kidnapped 40 Nigerian students.", code: "181", src: "-", tgt: "NGA"},
		{why: "abduction told in a video released", text: "Boko Haram said in a video released on Monday that its fighters had abducted 30 Nigerian schoolgirls.", code: "181", src: "NGA", tgt: "NGA"},
		// must not
		{why: "a demand's that-clause is the demand's", text: "The UN demanded that the rebels release the hostages.", code: "0841", none: true},
		{why: "no subject of its own", text: "Kenya released a report on Monday that had angered Somali officials.", code: "11", none: true},
	})
}
