package pipeline

import "testing"

// TestRecallS21U21 covers irregularForce (verb/irregularforce_u21.go):
// armed men outside a state's forces who kill, shoot or attack civilians
// use unconventional violence (180), one leader they shoot and wound is
// an attempted assassination (185), while armies, police and armed
// groups fighting each other keep military force (19x) and police firing
// on protesters stays repression (175). Every sentence was written for
// this test.
func TestRecallS21U21(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// Non-state armed men against civilians: 180.
		{why: "gunmen kill villagers", text: "Gunmen killed 14 villagers in Bokkos, Plateau state, on Saturday night, police said.", code: "180", src: "-", tgt: "NGA"},
		{why: "rebels kill civilians with machetes", text: "ADF rebels killed 22 civilians with machetes in a village near Oicha, local officials said on Monday.", code: "180", src: "-", tgt: "-"},
		{why: "gang members shoot people at a bar", text: "Gang members shot dead nine people at a bar in Celaya, prosecutors said.", code: "180", src: "MEX", tgt: "MEX"},
		{why: "armed men open fire on worshippers", text: "Armed men opened fire on worshippers at a church in Owo in 2022, a state official recalled.", code: "180", src: "-", tgt: "NGA"},
		{why: "jihadists kill traders", text: "Suspected jihadists killed 11 traders on the road to Djibo, a regional official said.", code: "180", src: "-", tgt: "-"},
		{why: "bandits attack a village", text: "Bandits attacked a village in Sokoto state on Tuesday, residents said.", code: "180", src: "-", tgt: "NGA"},
		{why: "herdsmen kill farmers", text: "Suspected herdsmen killed 17 farmers in Agatu, Benue state, a local chief said.", code: "180", src: "-", tgt: "NGA"},
		{why: "unknown attackers kill fishermen", text: "Unknown attackers killed eight fishermen on Lake Albert, Ugandan police said.", code: "180", src: "-", tgt: "-"},
		// One office holder or opposition leader shot or ambushed and
		// wounded: an attempted assassination (woundedLeader).
		{why: "gunmen wound an opposition leader", text: "Unknown gunmen shot and wounded the opposition leader in Kisumu on Tuesday, police said.", code: "185", src: "-", tgt: "KEN"},
		{why: "gunmen ambush a governor, wounding him", text: "Gunmen ambushed the governor of Zamfara state on the Gusau road, wounding him, police said.", code: "185", src: "-", tgt: "NGA"},
		{why: "no 185 for a leader shot dead", text: "Gunmen shot dead a local councillor in Michoacan, prosecutors said.", code: "185", none: true},
		{why: "no 185 for wounded soldiers", text: "Militants ambushed an army convoy near Bannu, wounding six soldiers, officials said.", code: "185", none: true},
		// Must keep: forces and armed groups fighting each other.
		{why: "an army shells rebel positions", text: "The Sudanese army shelled RSF positions in Bahri on Wednesday, witnesses said.", code: "194", src: "SDN", tgt: "SDN"},
		{why: "rebels attack an army base", text: "ELN rebels attacked an army base in Tame, killing two soldiers, the army said.", code: "190", src: "COL", tgt: "COL"},
		{why: "troops and militants exchange fire", text: "Indian troops and militants exchanged fire in Kupwara on Friday, police said.", code: "190", src: "IND", tgt: "IND"},
		{why: "police fire on protesters", text: "Police fired live rounds at protesters in Mombasa, killing two people, rights groups said.", code: "175", src: "KEN", tgt: "KEN"},
		{why: "soldiers kill militants", text: "Soldiers killed 16 militants in an operation near Bama, the army said.", code: "190", src: "NGA", tgt: "NGA"},
		{why: "gunmen fight soldiers", text: "Cartel gunmen fought soldiers for hours in the streets of Culiacan on Thursday.", code: "190", src: "-", tgt: "MEX"},
		{why: "rebels ambush a patrol", text: "NPA rebels ambushed an army patrol in Northern Samar, killing three soldiers, the military said.", code: "190", src: "PHL", tgt: "PHL"},
		// Must not: the same forces' acts are not unconventional violence.
		{why: "no 180 for shelling", text: "The Sudanese army shelled RSF positions in Bahri on Wednesday, witnesses said.", code: "180", none: true},
		{why: "no 180 for an army base attack", text: "ELN rebels attacked an army base in Tame, killing two soldiers, the army said.", code: "180", none: true},
		{why: "no 180 for an exchange of fire", text: "Indian troops and militants exchanged fire in Kupwara on Friday, police said.", code: "180", none: true},
		{why: "no 180 for soldiers killing militants", text: "Soldiers killed 16 militants in an operation near Bama, the army said.", code: "180", none: true},
		{why: "no 180 for a gun battle with police", text: "Gunmen attacked a police station in Orlu, killing two officers, a police spokesman said.", code: "180", none: true},
	})
}
