package pipeline

import "testing"

// TestK40SelfWarnedAct: a party that warns it itself would, will, could
// or might do an act the dictionaries code nothing for threatens that act
// (130); a warning of what another party could do, a negated act and a
// forecast of what befalls the warner threaten nothing.
func TestK40SelfWarnedAct(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "warned it would end its facilitation", text: "Norway warned it would end its facilitation if the two sides did not stop the hostilities.", code: "130", src: "NOR", tgt: "-"},
		{why: "warned that it would bring supporters", text: "The Pakistan Tehreek-e-Insaf warned that it would bring its supporters onto the roads if the orders were ignored.", code: "130", src: "PAK", tgt: "-"},
		{why: "warned that it would review", text: "Uganda warned that it would review its membership of the bloc.", code: "130", src: "UGA", tgt: "-"},
		{why: "an adverb before the act", text: "Norway warned that it would soon end its facilitation.", code: "130", src: "NOR", tgt: "-"},
		// must not: the coded act keeps its own 13x
		{why: "warned it would launch air strikes", text: "NATO warned it would launch air strikes unless Serbian forces withdrew from Kosovo.", code: "1384", src: "IGOWSTNAT", tgt: "SRBMIL"},
	})
	// must not: another party's act, a negated act, forecasts
	checkRootNot(t, p, "13", "The minister warned that the rebels could regroup in the hills.")
	checkRootNot(t, p, "13", "The ministry warned it would not attend the meeting.")
	checkRootNot(t, p, "13", "The central bank warned it would take years for inflation to fall.")
	checkRootNot(t, p, "13", "The IMF warned that it could cut its growth forecast for Kenya.")
	checkRootNot(t, p, "13", "The central bank warned it might raise interest rates again.")
	checkRootNot(t, p, "13", "Aid agencies warned they could run out of food within weeks.")
	checkRootNot(t, p, "13", "The Kenyan finance minister warned it would be difficult to balance the budget.")
}
