package pipeline

import "testing"

// TestS24D24Recall: causes found on dev24 (the English-language press of
// the Middle East and North Africa, news-in-brief roundups and wire
// datelines, the maritime, arms-control, sanctions and nonproliferation
// press), each checked on sentences written for this test, not taken
// from the set.
func TestS24D24Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// actor/flagged_d24.go: a state of several words before "-flagged"
		{why: "Marshall Islands-flagged", text: "Iranian commandos seized a Marshall Islands-flagged oil tanker in the Strait of Hormuz on Friday.", code: "1711", src: "IRN", tgt: "MHL"},
		{why: "Sierra Leone-flagged", text: "Houthi drones struck a Sierra Leone-flagged cargo ship in the Gulf of Aden.", code: "19", src: "YEM", tgt: "SLE"},
		{why: "Hong Kong-registered", text: "South Korea seized a Hong Kong-registered tanker at Yeosu on Friday.", code: "1711", src: "KOR", tgt: "HKG"},
		{why: "Cook Islands-flagged", text: "Danish police detained a Cook Islands-flagged tanker off Skagen.", code: "17", src: "DNK", tgt: "COK"},
		{why: "United States-led", text: "The United States-led coalition bombed Islamic State positions near Mosul.", code: "19", src: "USA", tgt: "IMG"},
		// must-not: a word that leaves the state's name, another suffix
		{why: "Marshall Plan-funded: no state", text: "Iranian forces seized a Marshall Plan-funded cargo ship.", code: "1711", src: "IRN", tgt: "-"},
		{why: "Hong Kong-made: no state", text: "Iranian forces seized a Hong Kong-made cargo ship.", code: "1711", src: "IRN", tgt: "-"},
		// actor/flagged_d24.go: a firm based in a state belongs to it
		{why: "UAE-based ship manager", text: "Washington sanctioned a UAE-based ship manager over Iranian oil sales.", code: "163", src: "USA", tgt: "ARE"},
		{why: "Hong Kong-based front companies", text: "The US Treasury sanctioned four Hong Kong-based front companies on Thursday.", code: "163", src: "USA", tgt: "HKG"},
		{why: "Turkey-based exporters", text: "The European Union sanctioned two Turkey-based exporters for shipping drone parts to Russia.", code: "163", src: "IGO", tgt: "TUR"},
		// must-not: a group based in a state does not act for it
		{why: "US-based rights group", text: "A US-based rights group condemned the arrests in Cairo.", code: "111", src: "-", tgt: "EGY"},
		// 16-reduce-listings.txt and countries.txt: sanctions designations; OFAC
		{why: "OFAC designated ships", text: "OFAC designated nine tankers carrying Iranian crude on Tuesday.", code: "163", src: "USA", tgt: "IRN"},
		{why: "designated companies", text: "Britain designated five Chinese companies for supplying drone engines to Russia.", code: "163", src: "GBR", tgt: "CHN"},
		{why: "Office of Foreign Assets Control", text: "The Office of Foreign Assets Control designated two Venezuelan banks.", code: "163", src: "USA", tgt: "VEN"},
		{why: "designated officials", text: "Canada designated six Russian officials over the death of a dissident.", code: "163", src: "CAN", tgt: "RUS"},
		// must-not: an heir, a site or an office designated
		{why: "designated successor", text: "The king designated his brother as crown prince.", code: "16", none: true},
		{why: "designated a site", text: "UNESCO designated the old city of Hebron a World Heritage site.", code: "16", none: true},
		{why: "designated hospitals", text: "Egypt's health ministry designated three hospitals for cholera patients.", code: "16", none: true},
		// 16-reduce-listings.txt: a ratification withdrawn
		{why: "withdrew its ratification", text: "Belarus withdrew its ratification of the Convention on Cluster Munitions on Monday.", code: "160", src: "BLR", tgt: "-"},
		{why: "rescinded ratification", text: "Mali's junta rescinded its ratification of the Rome Statute.", code: "16", src: "MLI", tgt: "-"},
		{why: "ratification delayed: no act", text: "Hungary's parliament delayed its ratification of the accession protocol again.", code: "16", none: true},
		// arrested_d24.go: a state's arrest of someone the text gives no state
		{why: "archbishop detained", text: "Georgian police detained Archbishop Ilia Sulava in Tbilisi on Friday.", code: "173", src: "GEO", tgt: "GEO"},
		{why: "named activist arrested", text: "Belarusian security forces arrested Ales Kazlouski outside his home.", code: "173", src: "BLR", tgt: "BLR"},
		{why: "tear gas at a named pastor", text: "Ugandan police fired tear gas at Pastor Joseph Serwadda in Kampala.", code: "175", src: "UGA", tgt: "UGA"},
		// must-not: a kind of person, migrants, an attacker, a body of no state, a target of its own state
		{why: "a kind of person stays countryless", text: "Ugandan police arrested two Anglican pastors in Gulu.", code: "173", src: "UGA", tgt: "-"},
		{why: "migrants keep no state", text: "Greek police fired tear gas at hundreds of migrants near the Evros river.", code: "175", src: "GRC", tgt: "-"},
		{why: "attacker stays unnamed", text: "Japanese police arrested the attacker at the scene.", code: "173", src: "JPN", tgt: "-"},
		{why: "Islamic State keeps its code", text: "Iraqi forces arrested a senior Islamic State commander in Kirkuk.", code: "173", src: "IRQ", tgt: "IMG"},
		{why: "a foreigner keeps his state", text: "Turkish police detained a Swedish journalist in Istanbul.", code: "173", src: "TUR", tgt: "SWE"},
		// 17-coerce.txt: a detention or imprisonment ordered
		{why: "ordered the detention of", text: "An Egyptian prosecutor ordered the detention of a novelist for 15 days.", code: "173", src: "EGY", tgt: "EGY"},
		{why: "ordered the imprisonment of", text: "A Tunisian court ordered the imprisonment of opposition leader Abir Moussi.", code: "173", src: "TUN", tgt: "TUN"},
		{why: "detention centre: no arrest", text: "The minister ordered the detention centre at Lampedusa closed.", code: "173", none: true},
	})
}
