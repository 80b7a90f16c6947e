package pipeline

import "testing"

// TestS25R25Structure: sentences whose root was found but whose source or
// target came from the wrong part of the clause, each cause checked on
// sentences written for this test, with rows that show what each rule
// must leave alone.
func TestS25R25Structure(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// verb/agencyby_r25.go: a judged act's doer named by a relative
		// of agency ("carried out by", ", which was conducted by")
		{why: "bombing carried out by", text: "Britain condemned the bombing of a hospital carried out by Russian jets.", code: "111", src: "GBR", tgt: "RUS"},
		{why: "shelling conducted by", text: "France condemned the shelling of a school conducted by Syrian troops.", code: "111", src: "FRA", tgt: "SYR"},
		{why: "killing committed by", text: "Pakistan denounced the killing of civilians committed by Indian soldiers.", code: "111", src: "PAK", tgt: "IND"},
		{why: "attack on, which was carried out by", text: "Canada condemned the attack on the embassy, which was carried out by Taliban fighters.", code: "111", src: "CAN", tgt: "AFG"},
		{why: "raid on, that was reportedly conducted by", text: "Turkey condemned the raid on a mosque that was reportedly conducted by Israeli police.", code: "111", src: "TUR", tgt: "ISR"},
		{why: "massacre of, in a place, carried out by", text: "Egypt condemned the massacre of villagers in Darfur carried out by Sudanese militias.", code: "111", src: "EGY", tgt: "SDNREB"},
		{why: "bombing of, in a named place, by", text: "Britain condemned the bombing of a hospital in Aleppo by Russian jets.", code: "111", src: "GBR", tgt: "RUS"},
		{why: "the nominal's own doer", text: "The bombing of a hospital carried out by Russian jets killed ten people.", code: "195", src: "RUS", tgt: "-"},
		// must-not: a claimant of land is no doer
		{why: "waters claimed by", text: "Turkey sent a survey ship into waters claimed by Greece.", code: "073", src: "TUR", tgt: "-"},
		// verb/contact_r25.go: the subject of a contact relative on the
		// act's framing ("in a step China welcomed") is no object of the
		// act; verb/clauses.go: the reaction is aimed at the act's doer
		{why: "in a step China welcomed: the act's object", text: "Saudi Arabia reopened its embassy in Damascus in a step China welcomed.", code: "050", src: "SAU", tgt: "SYR"},
		{why: "in a step China welcomed: the welcome", text: "Saudi Arabia reopened its embassy in Damascus in a step China welcomed.", code: "051", src: "CHN", tgt: "SAU"},
		{why: "in a move Turkey praised", text: "Egypt restored ties with Qatar in a move Turkey praised.", code: "051", src: "TUR", tgt: "EGY"},
		{why: "in a move Somalia welcomed", text: "Kenya reopened its border in a move Somalia welcomed.", code: "051", src: "SOM", tgt: "KEN"},
		{why: "in a step Caracas condemned", text: "Washington imposed sanctions on Venezuela in a step Caracas condemned.", code: "111", src: "VEN", tgt: "USA"},
		{why: "in a decision the United States quickly criticised", text: "Japan lifted sanctions on Iran in a decision the United States quickly criticised.", code: "111", src: "USA", tgt: "JPN"},
		// must-not: a contact relative on a thing keeps its author as
		// the object of a rejection
		{why: "the terms the government offered", text: "The rebels rejected the terms the government offered.", code: "120", src: "-", tgt: "---GOV"},
		// verb/itobject_r25.go: an object "it" in a later clause stands
		// for the earlier clause's subject
		{why: "after the US removed it", text: "Cuba freed prisoners after the US removed it from its terrorism list.", code: "085", src: "USA", tgt: "CUB"},
		{why: "after Egypt accused it", text: "Qatar expelled the diplomats after Egypt accused it of funding terrorism.", code: "112", src: "EGY", tgt: "QAT"},
		{why: "and Washington praised it", text: "Eritrea freed journalists, and Washington praised it.", code: "051", src: "USA", tgt: "ERI"},
	})
	// must-not: "it" as a clause's subject, and "it" after a thing
	// named between, bind no earlier party
	for _, c := range []struct{ why, text, code, not string }{
		// S35: each row names a third state or two accusers, so the one
		// other state the sentence names (loneOtherState) gives no target
		{"said it fired", "Iraq said it had shot down a Turkish drone, and Iran said it launched missiles at Kurdish bases.", "010", "IRQ"},
		{"the tanker between", "Iran released the tanker after Britain and France accused it of smuggling.", "112", "IRN"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if e.CAMEO[:3] == c.code[:3] && hasCountry(e.Target, c.not) {
				t.Errorf("%s: %q coded %s with target %s", c.why, c.text, e.CAMEO, actorCodes(e.Target))
			}
		}
	}
}
