package pipeline

import "testing"

// TestRecallS17K17 codes violence as ordinary news tells it (regional
// papers, police statements, NGO summaries), written for this test:
// victims first behind a count ("More than 60 pupils were abducted"), the
// act in a noun with its toll ("The raid on a market in Gao left 9
// dead") and its place before the verb, forces deployed in the passive;
// and the accidents and animal attacks that must stay empty ("were
// killed when a minibus overturned", "mauled by a lion").
func TestRecallS17K17(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// A count that opens the clause counts its subject.
		{why: "count before passive abduction", text: "More than 60 pupils were abducted from a secondary school in Zamfara state, police said.", code: "181", src: "-", tgt: "NGA"},
		{why: "count before passive detention", text: "More than 300 protesters were detained in Minsk on Sunday, a rights group said.", code: "173", src: "-", tgt: "BLR"},
		{why: "fewer than, passive killing", text: "Fewer than 30 Malian soldiers were killed in the ambush near Boulkessi, the army said.", code: "19", src: "-", tgt: "MLI"},
		{why: "a running toll in the perfect stays background", text: "More than 400 people have been killed since the fighting began in April.", code: "19", none: true},

		// The act in a noun, told by its toll; the place before the verb.
		{why: "bombing toll", text: "A bomb blast at a bus terminal in Quetta left 11 people dead.", code: "183", src: "-", tgt: "PAK"},
		{why: "suicide attack toll, no victims named", text: "A suicide attack at a funeral in Jalalabad left 20 dead.", code: "1831", src: "-", tgt: "AFG"},
		{why: "attack on a market toll", text: "The raid on a cattle market in the Malian town of Gao left nine people dead.", code: "180", src: "-", tgt: "MLI"},
		{why: "ambush toll", text: "The ambush on a military convoy in the Nigerien region of Tillaberi left 17 soldiers dead.", code: "190", src: "-", tgt: "NER"},
		{why: "bomb in a place before the verb", text: "A bomb in a market in Kirkuk tore through a row of shops.", code: "183", src: "-", tgt: "IRQ"},
		{why: "a storm's toll is no attack", text: "The storm left 12 people dead in the Philippine province of Samar.", code: "18", none: true},
		{why: "a storm's toll is no fight", text: "The storm left 12 people dead in the Philippine province of Samar.", code: "19", none: true},
		{why: "a heart attack is no attack", text: "A heart attack left the former governor of Lagos dead at 71.", code: "19", none: true},
		{why: "a gas explosion is no bombing", text: "A gas explosion at a hotel in Islamabad left four people injured.", code: "183", none: true},

		// Forces deployed in the passive.
		{why: "troops deployed in a region", text: "Troops were deployed across Manipur after the ethnic clashes.", code: "154", src: "-", tgt: "IND"},
		{why: "police deployed in a city", text: "Police were deployed in Nairobi's central business district ahead of the protests.", code: "153", src: "-", tgt: "KEN"},
		{why: "police put on alert, bare noun", text: "Police were put on high alert across Karachi ahead of the verdict.", code: "151", src: "-", tgt: "PAK"},
		{why: "a deployment told as past background", text: "The missiles were deployed in 2019 in the Kaliningrad region.", code: "15", none: true},

		// Accidents and animals: no one's act.
		{why: "killed when a minibus overturned", text: "Fourteen people were killed when a minibus overturned near Mbeya, Tanzanian police said.", code: "19", none: true},
		{why: "killed when a wall collapsed", text: "Three children were killed when a wall fell on their house during heavy rain in Karachi.", code: "19", none: true},
		{why: "killed when a fire broke out", text: "Nine patients were killed when a fire broke out at a hospital in Baghdad.", code: "19", none: true},
		{why: "mauled by a lion", text: "A herdsman was killed by a lion near Kenya's Amboseli national park.", code: "19", none: true},
		{why: "animal subject", text: "Elephants attacked a village in Zimbabwe's Hwange district, killing two people.", code: "19", none: true},
		// ... while an attack told the same way stays one.
		{why: "killed when their vehicle struck a bomb", text: "Two Kenyan police officers were killed when their vehicle struck a roadside bomb in Mandera.", code: "19", src: "-", tgt: "KEN"},
		{why: "killed when gunmen stormed", text: "Six worshippers were killed when gunmen stormed a church in Kaduna state.", code: "18", src: "-", tgt: "NGA"},
		{why: "police dogs are the police's", text: "Police dogs attacked protesters in Nairobi on Tuesday.", code: "19", src: "KEN", tgt: "-"},

		// Buildings and vehicles burnt, told in the passive or by gangs.
		{why: "church set on fire, passive, place before the verb", text: "A church in the Indian state of Manipur was set on fire overnight.", code: "1712", src: "-", tgt: "IND"},
		{why: "truck set on fire", text: "Armed men set fire to a truck carrying food aid near Goma.", code: "1712", src: "-", tgt: "COD"},
		{why: "a date set is nothing burnt", text: "The date for the vote was set on Monday by the electoral commission.", code: "17", none: true},

		// Deployed heavily; fought with weapons.
		{why: "police deployed heavily", text: "Police deployed heavily across Kampala ahead of the vote.", code: "150", src: "UGA", tgt: "-"},
		{why: "gangs fought with machetes", text: "Rival gangs fought with machetes in the streets of Port-au-Prince.", code: "190", src: "HTI", tgt: "-"},
		{why: "a political fight is no fight", text: "Opposition parties fought with the government over the budget.", code: "19", none: true},
		{why: "a fight with pests is no fight", text: "Farmers fought with locusts for weeks in Sindh.", code: "19", none: true},

		// Seizure of farmers and other civilians is abduction.
		{why: "bandits seized farmers", text: "Bandits seized 12 farmers from their fields in Katsina state, residents said.", code: "181", src: "-", tgt: "NGA"},
	})
}
