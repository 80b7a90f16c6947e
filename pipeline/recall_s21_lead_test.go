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

// TestS21LeadHelpBase: the bare verb after "help" and a named object
// ("to help Congo fight ADF rebels") is a verb, so the object is the
// help's target, not merged with the verb's own object into one actor
// (text/helpbase_lead.go); a purpose after a deployment ("sent soldiers
// to help Mozambique battle insurgents") is not yet fought, as "to help
// fight" is not (verb/modality.go, helpedObject). Must-not rows: help's
// object with a noun after it ("helped Jordan security forces"), and a
// fight that is done ("helped Syria retake Aleppo" keeps its taking).
func TestS21LeadHelpBase(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "help X fight", text: "Uganda deployed troops to help Congo fight ADF rebels in Ituri.", code: "07", src: "-", tgt: "COD"},
		{why: "help X battle", text: "Chad offered aid to help Niger battle jihadists near Diffa.", code: "-", src: "TCD", tgt: "NER"},
		{why: "help X combat", text: "Kenya pledged money to help Haiti combat armed gangs.", code: "-", src: "KEN", tgt: "HTI"},
	})
	checkRootCases(t, p, []rootCase{
		{why: "purpose of a deployment", text: "Rwanda sent soldiers to help Mozambique battle insurgents in Cabo Delgado.", code: "19", none: true},
		{why: "purpose of a deployment", text: "France sent warplanes to help Chad repel a rebel advance.", code: "19", none: true},
		// must-keep: a done act after help
		{why: "done with help", text: "Russian air power helped Syria retake Aleppo from rebels in 2016.", code: "19"},
	})
}

// TestS21LeadGerundSubject: "Israeli shelling forced Lebanese families to
// flee": a sentence-opening gerund before a past whose object opens with
// an adjective is the subject's noun, so its adjective's state is the
// source (text/clause_s11.go, adjectiveObject); before, "forced" stayed a
// participle and the act had no source.
func TestS21LeadGerundSubject(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "gerund subject, adjective object", text: "Israeli shelling forced Lebanese families to flee.", code: "-", src: "ISR", tgt: "LBN"},
		{why: "gerund subject, adjective object", text: "Sudanese bombing killed Chadian herders near the border.", code: "-", src: "SDN", tgt: "TCD"},
	})
}
