package pipeline

import "testing"

// TestS21LeadPressReview: a paper's "reports that" / "claims that" is
// its word, not an allegation the sentence leaves open, so the act it
// reports is coded as real (text/reportsthat_lead.go). Must-keep rows:
// the noun phrase "reports that ..." whose act a later verb denies or
// leaves unconfirmed stays hypothetical.
func TestS21LeadPressReview(t *testing.T) {
	p := newTestPipeline(t)
	checkModal(t, p, []modalRow{
		{why: "paper reports", text: "The Herald reports that police arrested 16 vendors in Harare's central business district.", code: "173"},
		{why: "paper reports", text: "The Kathmandu Post reports that Nepal objected to a new map published by India.", code: "11"},
		{why: "service reports", text: "Radio Ozodi reports that Tajik border guards detained three Afghan traders near Panj.", code: "173"},
		{why: "army reports", text: "The army reports that militants attacked a checkpoint near Kidal overnight.", code: "19"},
		{why: "paper claims", text: "The Irrawaddy claims that junta troops burned down a village in Sagaing.", code: "1712"},
		// must-keep
		{why: "alleged", text: "The UN is looking into reports that soldiers had killed civilians in Tigray.", code: "19", hyp: true},
		{why: "alleged", text: "Ethiopia dismissed reports that its troops had shelled Mekelle as lies.", code: "19", neg: true},
	})
}
