package pipeline

import "testing"

// TestV39CooperationBreadth: ordinary news wording of material
// cooperation (06), reduced relations (16), assault (18) and accusation
// (11) that the dictionaries missed, next to rows on which the new lines
// must stay silent. Every sentence was written for this test.
func TestV39CooperationBreadth(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// 060: a joint company set up
		{why: "joint company formed", text: "Turkey and Azerbaijan established a joint company to run the pipeline.", code: "060", src: "TUR", tgt: "AZE"},
		// 062: forces of two parties that raid or arrest jointly
		{why: "jointly arrested", text: "Colombian and Ecuadorean police jointly arrested the smugglers.", code: "062", src: "COLCOP", tgt: "ECUCOP"},
		// 166: a foreign body's office closed by its host
		{why: "IGO office closed", text: "Venezuela closed the office of the UN human rights commissioner in Caracas.", code: "166", src: "VEN", tgt: "IGOUNO"},
		{why: "a firm's office at home", text: "The bank closed its offices in Lagos.", code: "16", none: true},
		{why: "a road closed", text: "Jordan closed the road to the Syrian border.", code: "166", none: true},
		// 1822: one tortured victim by a singular noun
		{why: "tortured a prisoner", text: "Egyptian police tortured a prisoner for days.", code: "1822", src: "EGYCOP"},
		// 112: abuses a party is said to be responsible for
		{why: "responsible for the disappearances", text: "Amnesty International said the army was responsible for the disappearances of hundreds of students.", code: "112", src: "NGOHRIAMN"},
		{why: "responsible for investigating", text: "The ministry said the police were responsible for investigating the deaths.", code: "112", none: true},
	})
}
