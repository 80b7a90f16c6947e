package pipeline

import "testing"

// TestRecallS16V16 codes sentences of ordinary news registers (feature
// paragraphs, regional papers, court and business-politics copy) whose
// verbs the dictionaries lacked: statements made by add, reply, respond
// or write before a that-clause, by assure, describe ... as, play down,
// put a toll at, project, expect ... to, express satisfaction and unveil a
// plan; training given, aid flown, fuel provided, weapons exported and
// weapon systems bought; trade scaled back and visas no longer issued;
// standing stripped and internet services suspended; contempt of court;
// then joint forces formed, information sharing stepped up, officials
// grilled, foreign agents designated, aid trucked, a tone struck, a
// debate weighed in on, remarks echoed and social media taken to.
// The sentences differ from the dictionary examples, and the must-not
// rows hold the same verbs in senses that are no act.
func TestRecallS16V16(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		// 01 statements
		{why: "added that, modal", text: "The Peruvian finance minister added that the budget would be presented to Congress in August.", code: "010", src: "PER", tgt: "-"},
		{why: "replied that, past perfect", text: "Asked about the protests, Ecuador's interior minister replied that the police had acted within the law.", code: "010", src: "ECU", tgt: "-"},
		{why: "responded that", text: "The Zimbabwean health ministry responded that the new clinics were already open.", code: "010", src: "ZWE", tgt: "-"},
		{why: "assured an audience", text: "Malawi's president assured donors that the aid money was being used properly.", code: "010", src: "MWI", tgt: "-"},
		{why: "described ... as", text: "The Moroccan government described the talks with Spain as frank.", code: "010", src: "MAR", tgt: "-"},
		{why: "characterised ... as", text: "The Chilean interior ministry characterised the situation in the south as tense.", code: "010", src: "CHL", tgt: "-"},
		{why: "played down", text: "Beijing has repeatedly played down the significance of the naval drills.", code: "010", src: "CHN", tgt: "-"},
		{why: "downplayed", text: "The Turkish government downplayed the impact of the earthquake on exports.", code: "010", src: "TUR", tgt: "-"},
		{why: "expect ... to open", text: "Indian officials expect the new highway to open by March.", code: "010", src: "IND", tgt: "-"},
		{why: "expressed satisfaction", text: "The Kenyan Senate speaker expressed satisfaction with the progress of the bill.", code: "010", src: "KEN", tgt: "-"},
		{why: "unveiled a plan", text: "The Philippine government unveiled a plan to modernise its coast guard.", code: "010", src: "PHL", tgt: "-"},
		{why: "what X described as: the act, no second statement", text: "Gunmen attacked a bus in Balochistan, in what Islamabad described as an act of terror.", code: "010", none: true},
		{why: "added, a noun object", text: "The Peruvian army added two battalions to its eastern command.", code: "01", none: true},
		{why: "replied with goals", text: "Peru replied with two goals in the second half against Chile.", code: "01", none: true},
		{why: "unveiled a statue, no plan", text: "The Philippine president unveiled a new statue of Jose Rizal in Manila.", code: "010", none: true},
		{why: "expected to rise, passive forecast of a river", text: "The Tana river in Kenya is expected to rise by Friday.", code: "010", none: true},
		// 07 aid
		{why: "aid flown", text: "Japan flew emergency aid to Vanuatu after the cyclone.", code: "073", src: "JPN", tgt: "VUT"},
		{why: "training provided to another state's guards", text: "The European Union provided training to Moldovan border guards.", code: "070", src: "-", tgt: "MDA"},
		{why: "a training centre funded is no training given", text: "The European Union provided the money for a training centre in Chisinau.", code: "070", none: true},
		// 16 reduce relations
		{why: "ties scaled back", text: "Washington scaled back ties with Managua after the election.", code: "160", src: "USA", tgt: "NIC"},
		{why: "visas no longer issued", text: "Germany has stopped issuing visas to Russian tourists.", code: "163", src: "DEU", tgt: "RUS"},
		{why: "visas issued again", text: "Germany has resumed issuing visas to Russian tourists.", code: "163", none: true},
		// 17 coerce
		{why: "stripped of its licence", text: "The Ethiopian authorities stripped the newspaper of its licence.", code: "172", src: "ETH", tgt: "-"},
		{why: "mobile data suspended", text: "Pakistan suspended mobile data services in Balochistan ahead of the vote.", code: "1721", src: "PAK", tgt: "-"},
		{why: "mobile check-in suspended by a firm", text: "The Pakistani airline suspended mobile check-in services during the upgrade.", code: "1721", none: true},
		// 06 and 07 weapons
		{why: "drones exported", text: "Turkey exported drones to Ethiopia in 2021.", code: "072", src: "TUR", tgt: "ETH"},
		// 11 courts
		{why: "found in contempt", text: "A Pakistani court found the former prime minister in contempt.", code: "116", src: "PAK", tgt: "PAK"},
		// second round: phrasal and light verbs, tone and stance
		{why: "joint force formed", text: "Rwandan and Burundian troops formed a joint force to patrol the border.", code: "062", src: "RWA", tgt: "BDI"},
		{why: "a unit formed alone is no cooperation", text: "Polish police formed a unit to fight smuggling with Ukraine.", code: "062", none: true},
		{why: "information sharing ramped up", text: "France has ramped up information sharing with Morocco.", code: "064", src: "FRA", tgt: "MAR"},
		{why: "grilled about", text: "Opposition senators grilled the Ugandan finance minister about the missing funds.", code: "111", src: "UGA", tgt: "UGA"},
		{why: "grilled goats", text: "The Kenyan army cooks grilled goats for the troops over an open fire.", code: "111", none: true},
		{why: "designated a foreign agent", text: "Kyrgyz authorities designated the independent journalist a foreign agent.", code: "172", src: "KGZ", tgt: "KGZ"},
		{why: "aid trucked", text: "Jordan trucked aid to Gaza through the Kerem Shalom crossing.", code: "073", src: "JOR", tgt: "PSE"},
		{why: "called reckless", text: "The Indian opposition called the trade deal with Britain reckless.", code: "111", src: "IND", tgt: "-"},
		{why: "emphatic that", text: "The Zambian president was emphatic that the elections would be held on time.", code: "010", src: "ZMB", tgt: "-"},
		{why: "emphatic about a need, no clause", text: "The Zambian president was emphatic about the need for growth.", code: "010", none: true},
		{why: "struck a tone", text: "The Kenyan chief justice struck a conciliatory tone in her address.", code: "010", src: "KEN", tgt: "-"},
		{why: "weighed in on a row", text: "The former Kenyan prime minister weighed in on the row over the housing levy.", code: "010", src: "KEN", tgt: "-"},
		{why: "echoed remarks", text: "Ghana's president echoed the remarks in a speech in Kumasi.", code: "010", src: "GHA", tgt: "-"},
		{why: "took to social media", text: "The Nigerian information minister took to Facebook to answer his critics.", code: "010", src: "NGA", tgt: "-"},
		// fourth round: bombs set off, arms handed over, land leased, firms
		// contracted, scorn heaped
		{why: "bomb set off at a place", text: "Rebels set off a bomb outside a market in Maiduguri.", code: "183", src: "NGA", tgt: "-"},
		{why: "a controlled explosion is no bombing", text: "Nigerian police set off a controlled explosion of the suspicious device in Kano.", code: "183", none: true},
		{why: "jets handed over", text: "Russia handed over six fighter jets to Myanmar's air force.", code: "072", src: "RUS", tgt: "MMR"},
		{why: "port leased", text: "Sri Lanka leased the southern port to a Chinese state company for 99 years.", code: "061", src: "LKA", tgt: "CHN"},
		{why: "firm contracted to upgrade", text: "The Kenyan government contracted a Turkish firm to upgrade the railway.", code: "061", src: "KEN", tgt: "TUR"},
		{why: "scorn heaped", text: "Opposition lawmakers heaped scorn on the Ghanaian finance minister.", code: "111", src: "GHA", tgt: "GHA"},
	}
	checkRootCases(t, p, cases)
}
