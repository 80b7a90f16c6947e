package pipeline

import "testing"

// TestS19S19KilledSuspects: people suspected of a crime whom police or
// troops kill in a raid, a drug war or an "encounter" are no actor, so
// the killing (180, data/verbs/19-fight.txt) is force against the people
// of the place, or with no place of the killers' own state
// (suspects_s19.go). Arrests, handovers and headline compounds keep
// their sides (the reverted actor line had re-aimed them).
func TestS19S19KilledSuspects(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "police kill suspects in a raid", text: "Police killed six suspects in a raid in Manila.", code: "180", src: "PHLCOP", tgt: "PHL"},
		{why: "drug war, no place: the police's own state", text: "Philippine police killed at least 6,000 drug suspects in Duterte's drug war, Rappler reported.", code: "180", src: "PHLCOP", tgt: "PHL"},
		{why: "drug suspects in a town", text: "Bangladeshi police killed three drug suspects in Cox's Bazar on Tuesday.", code: "180", src: "BGDCOP", tgt: "BGD"},
		{why: "encounter killing", text: "Pakistani police killed four suspects in an encounter in Karachi.", code: "180", src: "PAKCOP", tgt: "PAK"},
		{why: "troops in a raid", text: "Nigerian soldiers killed five suspects in a raid on a hideout in Borno.", code: "180", src: "NGAMIL", tgt: "NGA"},
		{why: "troops, no place", text: "Nigerian soldiers killed 12 kidnapping suspects in a raid.", code: "180", src: "NGAMIL", tgt: "NGA"},
		{why: "robbery suspects", text: "Kenyan police killed two robbery suspects in Nairobi's Eastleigh district.", code: "180", src: "KENCOP", tgt: "KEN"},
		{why: "reported encounter", text: "Indian police said they killed two suspects in an encounter in Uttar Pradesh.", code: "180", src: "INDCOP", tgt: "IND"},
		{why: "passive with by", text: "Six drug suspects were killed by Philippine police on Friday.", code: "180", src: "PHLCOP", tgt: "PHL"},
		{why: "passive encounter with police", text: "Three suspects were killed in an encounter with police in Karachi.", code: "180", src: "PAKCOP", tgt: "PAK"},
		{why: "passive shootout", text: "Two suspects were killed in a shootout with Mexican police in Sinaloa.", code: "180", src: "MEXCOP", tgt: "MEX"},
		{why: "one suspect after a standoff", text: "Police killed the suspect after a two-hour standoff in Houston.", code: "180", src: "USACOP", tgt: "USA"},
		{why: "a man suspected of a crime", text: "Police killed a man suspected of theft in Dhaka.", code: "180", src: "BGDCOP", tgt: "BGD"},
		{why: "suspected rebels are an armed group: 190", text: "Indian troops killed three suspected rebels in Manipur.", code: "190", src: "INDMIL", tgt: "INDREB"},
		{why: "must not: suspected rebels are no criminal suspects", text: "Indian troops killed three suspected rebels in Manipur.", code: "180", src: "-", tgt: "-", none: true},
		{why: "suspects shot dead", text: "Philippine police shot dead four drug suspects in Bulacan.", code: "180", src: "PHLCOP", tgt: "PHL"},
		{why: "suspects shot dead, no place", text: "Indian police shot dead two suspects.", code: "180", src: "INDCOP", tgt: "IND"},
		{why: "suspects shot dead, passive", text: "Two drug suspects were shot dead by Bangladeshi police in Teknaf.", code: "180", src: "BGDCOP", tgt: "BGD"},
		{why: "suspected militants shot dead stay a fight", text: "Spanish police shot dead five suspected militants in Cambrils.", code: "193", src: "ESPCOP", tgt: "ESPREB"},
		// Arrests and handovers keep the state's side (the actor line
		// made them ---CRM).
		{why: "arrest keeps the country", text: "Kenyan police arrested 45 suspects after the attack.", code: "173", src: "KENCOP", tgt: "KEN"},
		{why: "troops' arrest keeps the country", text: "Nigerian soldiers arrested dozens of suspects in Kano.", code: "173", src: "NGAMIL", tgt: "NGA"},
		{why: "handover goes to the state", text: "Pakistani police arrested two suspects and handed them over to Afghanistan.", code: "063", src: "PAKCOP", tgt: "AFG"},
		// Must not.
		{why: "must not: suspects are the killers", text: "Police said the suspects killed two guards in Lagos.", code: "1", src: "NGACOP", tgt: "-", none: true},
		{why: "must not: a suspect as killer", text: "The suspect killed two police officers in Kano before he was arrested.", code: "1", src: "NGACOP", tgt: "-", none: true},
		{why: "must not: 'suspected' as a verb", text: "Police suspected that the gang killed two guards in Lagos.", code: "1", src: "-", tgt: "-", none: true},
		{why: "must not: 'suspected' as a verb after saying", text: "Police in Dhaka said they suspected the killers fled to India.", code: "1", src: "-", tgt: "-", none: true},
		{why: "must not: the suspect vehicle", text: "Officers towed away the suspect vehicle in Manchester.", code: "1", src: "-", tgt: "-", none: true},
		{why: "must not: the suspect vehicle abandoned", text: "Residents said the suspect vehicle was abandoned near the checkpoint in Kabul.", code: "1", src: "-", tgt: "-", none: true},
		{why: "must not: sport, 'the usual suspects'", text: "Real Madrid killed off the usual suspects in the title race.", code: "1", src: "-", tgt: "-", none: true},
		{why: "must not: sport, killing off a tie", text: "Barcelona killed off the tie against the usual suspects in the second half.", code: "1", src: "-", tgt: "-", none: true},
		{why: "must not: headline noun compound", text: "Paris attack suspect to face trial.", code: "1", src: "-", tgt: "-", none: true},
		{why: "must not: gunmen are no state", text: "Gunmen killed two robbery suspects.", code: "1", src: "-", tgt: "NGA", none: true},
	}, sideFull)
}
