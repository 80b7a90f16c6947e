package pipeline

import "testing"

// TestS20V20Recall codes sentences written for V20's causes in the
// register of conflict and terrorism wire copy (own.tsv, about 330
// sentences written before coding them; none taken from a dev or probe
// set): armed men storming a house, camp or academy and a headline that
// drops the article, one IED or landmine planted, a vehicle rammed into
// people, trains and bazaars bombed, Section 144 named alone, a curfew
// clamped, a truce called, fighters giving themselves up, deserting their
// posts or handing in their weapons, a betrayal called a stab in the
// back, a fine on a firm the dictionaries do not name, cells busted,
// works sabotaged or blown up, attacks stepped up on security forces,
// the nominal "surrender of X to Y", a headline verb the tagger made a
// name ("Taliban kill/NNP Afghan soldiers"), and "shell out"
// and "pound out", which pay or negotiate (verb/phrasal_v20.go). The
// must-not rows keep sport, business and metaphor out: a team storming
// back, money shelled out, fans mobbing a singer, a raid on the fridge,
// a film bombing, a striker ramming the ball, a bank abandoning a view,
// a record smashed, talks sabotaged, security stepped up.
func TestS20V20Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// Armed men storm places that are no actor.
		{why: "troops stormed a house", text: "Pakistani commandos stormed a house in Quetta where militants were holed up.", code: "190", src: "PAK", tgt: "-"},
		{why: "headline, no article", text: "Jihadists storm army camp in northern Burkina Faso", code: "190", src: "BFA", tgt: "-"},
		{why: "stormed a compound", text: "Somali forces stormed a compound used by al-Shabaab fighters near Kismayo.", code: "190", src: "SOM", tgt: "-"},
		{why: "crowds storming a camp stay protest", text: "Angry villagers stormed a police camp in Chhattisgarh after the killing.", code: "19", none: true},
		{why: "stormed out", text: "The Nigerian coach stormed out of the house after the row.", code: "19", none: true},
		{why: "team stormed back", text: "The team stormed back in the second half to win the cup in Accra.", code: "19", none: true},
		// One device planted; vehicles rammed into people; places bombed.
		{why: "planted an IED", text: "Taliban fighters planted an IED on a road used by Afghan police.", code: "1833", src: "AFG", tgt: "AFG"},
		{why: "planted a landmine", text: "Maoist rebels planted a landmine under a road in Chhattisgarh.", code: "1833", src: "IND", tgt: "-"},
		{why: "a power plant near a mine", text: "The Chinese power plant near the Zambian mine was closed.", code: "18", none: true},
		{why: "rammed a truck into soldiers", text: "A Palestinian assailant rammed a truck into Israeli soldiers in Jerusalem.", code: "180", src: "PSE", tgt: "ISR"},
		{why: "ploughed a van into", text: "An attacker ploughed a van into pedestrians in Toronto.", code: "180", src: "-", tgt: "CAN"},
		{why: "ball rammed into the net", text: "The Ghanaian striker rammed the ball into the net against Nigeria.", code: "18", none: true},
		{why: "bombed a train", text: "Chechen militants bombed a train near Moscow in 2004.", code: "1834", src: "RUS", tgt: "RUS"},
		{why: "bombed a bazaar", text: "Militants bombed a crowded bazaar in Peshawar.", code: "1834", src: "PAK", tgt: "PAK"},
		{why: "a film bombed", text: "The Egyptian film bombed at the box office in Cairo.", code: "18", none: true},
		// Orders and curfews.
		{why: "Section 144 alone", text: "Indian authorities imposed Section 144 in Leh ahead of the march.", code: "172", src: "IND", tgt: "-"},
		{why: "Section 144 clamped", text: "Pakistani police clamped Section 144 in Rawalpindi before the rally.", code: "172", src: "PAK", tgt: "-"},
		{why: "Section 144 lifted", text: "Section 144 was lifted in Leh on Monday.", code: "172", none: true},
		{why: "curfew clamped", text: "Indian authorities clamped a curfew on parts of Manipur after the clashes.", code: "1723", src: "IND", tgt: "-"},
		// Truces, surrender, retreat, disarmament.
		{why: "called a truce", text: "The Taliban called a three-day truce for the Eid holiday.", code: "0871", src: "AFG", tgt: "-"},
		{why: "called for a truce is an appeal", text: "Pope Francis called for a truce in Sudan.", code: "087", none: true},
		{why: "called the truce a sham", text: "The Israeli opposition called the truce a sham.", code: "087", none: true},
		{why: "gave themselves up", text: "Dozens of Boko Haram fighters gave themselves up to Nigerian troops.", code: "0874", src: "NGA", tgt: "NGA"},
		{why: "deserted their posts", text: "Hundreds of Afghan soldiers deserted their posts as the Taliban advanced.", code: "0874", src: "AFG", tgt: "-"},
		{why: "abandoned a view", text: "The Kenyan central bank abandoned its position on interest rates.", code: "087", none: true},
		{why: "handed in their weapons", text: "Former FARC rebels handed in their weapons to UN monitors.", code: "0873", src: "COL", tgt: "-"},
		// A betrayal named so; a fine on an unnamed firm.
		{why: "stab in the back", text: "Hamas described the normalisation deal as a stab in the back of the Palestinian people.", code: "111", src: "PSE", tgt: "-"},
		{why: "stabbed in the back literally", text: "A Kenyan police officer was stabbed in the back outside a bar in Mombasa.", code: "111", none: true},
		{why: "hit with a fine", text: "The European Commission hit Amazon with a fine of 746 million euros.", code: "116", src: "-", tgt: "-"},
		// Phrasals that pay or negotiate, and other senses.
		{why: "shelled out money", text: "The Kenyan government shelled out 3 billion shillings for the new stadium.", code: "19", none: true},
		{why: "prices shelled out", text: "Prices were shelled out by eager fans for the concert tickets.", code: "19", none: true},
		{why: "pounded out a compromise", text: "Egypt and Sudan pounded out a compromise on the dam in Cairo.", code: "19", none: true},
		{why: "fans mobbed the singer", text: "Fans mobbed the Nigerian singer at Lagos airport.", code: "1", none: true},
		{why: "a raid on the fridge", text: "A raid on the fridge at midnight is a national pastime in Britain.", code: "19", none: true},
		{why: "shelled still shells", text: "Russian artillery shelled Ukrainian positions near Bakhmut overnight.", code: "194", src: "RUS", tgt: "UKR"},
		// Cells busted, works sabotaged or blown up (passive), attacks
		// stepped up, a surrender named by its noun.
		{why: "busted a cell", text: "Pakistani counter-terrorism police busted a Tehreek-e-Taliban cell in Karachi.", code: "173", src: "PAK", tgt: "PAK"},
		{why: "smashed a ring", text: "Nigerian police smashed a kidnapping ring in Abuja.", code: "173", src: "NGA", tgt: "NGA"},
		{why: "a record smashed", text: "The Kenyan runner smashed the marathon world record in Berlin.", code: "17", none: true},
		{why: "sabotaged a pipeline", text: "Kurdish militants sabotaged an oil pipeline in southeastern Turkey.", code: "1712", src: "-", tgt: "TUR"},
		{why: "sabotaged talks", text: "Sudanese hardliners sabotaged the talks on a power-sharing deal.", code: "17", none: true},
		{why: "bridge blown up, passive", text: "The Antonivskyi bridge was blown up by retreating Russian troops.", code: "1712", src: "RUS", tgt: "-"},
		{why: "stepped up attacks on security forces", text: "Baloch separatists stepped up attacks on security forces in Pakistan.", code: "190", src: "PAK", tgt: "PAK"},
		{why: "stepped up security stays 15", text: "Pakistani police stepped up security in Quetta after the bombing.", code: "19", none: true},
		{why: "nominal surrender", text: "The surrender of Taliban fighters to Afghan troops in Kunduz was welcomed by Kabul.", code: "0874", src: "AFG", tgt: "AFG"},
		// A headline verb the tagger made a name after a collective name
		// (text/headline_v20.go), and a place's compound left alone.
		{why: "headline verb read as a name", text: "Taliban kill Afghan soldiers in Helmand", code: "190", src: "AFG", tgt: "AFG"},
		{why: "a place's compound", text: "Mumbai blast Indian police hunt suspects", code: "11", none: true},
		{why: "headline verb read as a particle", text: "Bandits attack village in Katsina", code: "180", src: "NGA", tgt: "NGA"},
		{why: "a true particle stays", text: "Kenyan farmers sell out crops in Eldoret", code: "1", none: true},
	})
}
