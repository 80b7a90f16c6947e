package pipeline

import "testing"

// TestS20LeadMediation: a state or body named before "mediation",
// "auspices" or "facilitation" after "under" is a mediator of the
// meeting, and a meeting of one participant that names several parties
// ("warring parties") is mediated between them.
// Sentences written for this test.
func TestS20LeadMediation(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"under X and Y mediation", "Colombia's government and the ELN rebels resumed talks in Caracas under Venezuelan and Cuban mediation.", "045", "VEN", "COL"},
		{"under an IGO's auspices", "Sudanese and South Sudanese negotiators met in Addis Ababa under African Union auspices.", "045", "IGO", "SSD"},
		{"under facilitation", "Kosovo and Serbia agreed to implement the deal under EU facilitation.", "045", "IGO", "SRB"},
		{"warring parties are two sides", "Sudan's warring parties held face-to-face talks in Jeddah under Saudi and US mediation.", "045", "SAU", "SDN"},
	})
	checkRootCases(t, p, []rootCase{
		{why: "a rejected mediation is none", text: "The opposition rejected Kenyan mediation and vowed to fight on.", code: "045", none: true},
		{why: "supervision is no mediation", text: "Students protested under police supervision in Dhaka.", code: "045", none: true},
		{why: "one party alone is no mediation", text: "Sudan's army chief held talks in Cairo under Egyptian mediation.", code: "045", none: true},
	})
}

// TestS20LeadUnderFire: "came under fire (attack) near / off / along" a
// place names where, not who: the place is no attacker and no critic.
// Sentences written for this test.
func TestS20LeadUnderFire(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"the place is not the attacker", "Peacekeepers from Ghana came under fire near the Lebanese border.", "190", "", "GHA"},
		{"off a coast", "A Turkish navy ship came under attack off the Libyan coast.", "190", "", "TUR"},
		{"along a line", "Indian troops came under fire along the Line of Control.", "190", "", "IND"},
		// must keep: fire from a named armed party, criticism from a critic
		{"armed party named", "An aid convoy came under fire from militants near Goma.", "190", "COD", "-"},
		{"criticism from a rights group", "Iran came under fire from Amnesty International for the executions.", "111", "NGO", "IRN"},
	})
}

// TestS20LeadRejectedPurpose: the purpose of a proposal turned down is
// not done. Sentences written for this test.
func TestS20LeadRejectedPurpose(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a mission's aim rejected", text: "Sudan's army rejected the deployment of a UN mission to protect civilians in Darfur.", code: "074", none: true},
		{why: "a demand's aim rejected", text: "The government rejected the opposition's demand to free political prisoners.", code: "0841", none: true},
		{why: "a proposal's aim rejected", text: "Hamas rejected an Israeli proposal to release the hostages in stages.", code: "0841", none: true},
		// must keep: the rejection, an offer proposed, a later clause, troops sent
		{why: "the rejection stays", text: "Sudan's army rejected the deployment of a UN mission to protect civilians in Darfur.", code: "12", src: "SDN", tgt: "IGO"},
		{why: "an offer made stays", text: "Iran rejected a US offer to lift sanctions in exchange for inspections.", code: "0354", src: "USA", tgt: "-"},
		{why: "a later clause is done", text: "The army rejected the accusations and went on to shell the town.", code: "194", src: "-", tgt: "-"},
		{why: "protection given", text: "France sent troops to protect civilians in the Central African Republic.", code: "074", src: "FRA", tgt: "CAF"},
	})
}

// TestS20LeadAidHalt: an aid agency that suspends its work stops
// humanitarian assistance (1623); an army that suspends operations
// de-escalates (087). Sentences written for this test.
func TestS20LeadAidHalt(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a medical NGO", text: "Médecins Sans Frontières suspended its activities in Haiti after attacks on its ambulances.", code: "1623", src: "NGO", tgt: "HTI"},
		{why: "a development NGO's programmes", text: "Save the Children suspended its programmes in Afghanistan after the Taliban banned female staff.", code: "1623", src: "NGO", tgt: "AFG"},
		{why: "an army is not an aid agency", text: "The Israeli army suspended operations in Jenin on Friday.", code: "087", src: "ISR", tgt: "PSE"},
		{why: "a rights group's report is no aid", text: "Amnesty International suspended its operations in India after its bank accounts were frozen.", code: "1623", none: true},
	})
}

// TestS20LeadJointForce: force or arrests done jointly by two states'
// forces is also their cooperation (062, or 063 for police). Sentences
// written for this test.
func TestS20LeadJointForce(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"a joint raid", "French and Malian soldiers killed 20 jihadists in a joint raid near Menaka.", "062", "FRA", "MLI"},
		{"jointly", "Nigerian and Chadian troops jointly cleared Boko Haram camps around Lake Chad.", "062", "TCD", "NGA"},
		{"joint strikes", "The United States and Britain carried out joint strikes on Houthi targets in Yemen.", "062", "USA", "GBR"},
		{"police: judicial cooperation", "Spanish and Moroccan police arrested nine suspects in a joint operation in Ceuta.", "063", "ESP", "MAR"},
		{"the act stays", "French and Malian soldiers killed 20 jihadists in a joint raid near Menaka.", "19", "-", "-"},
	})
	checkRootCases(t, p, []rootCase{
		{why: "a joint statement is no operation", text: "Russian and Syrian jets bombed Idlib, the two defence ministries said in a joint statement.", code: "062", none: true},
		{why: "one state's forces", text: "Kenyan troops and police jointly raided al-Shabaab hideouts in Lamu.", code: "062", none: true},
		{why: "enemies fight, they do not cooperate", text: "Indian and Pakistani troops exchanged fire along the Line of Control.", code: "062", none: true},
	})
}
