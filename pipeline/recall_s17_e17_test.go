package pipeline

import "testing"

// TestRecallS17E17 codes cooperation as ordinary news tells it (regional
// papers, business-politics, press releases, court reporting), written for
// this test: drills two states hold, end or join together (sharedDrills),
// trade told by what flows or is bought, works built for another state,
// currency swaps, suspects sent to face another state's courts, basing and
// airspace, intelligence by its form, relief and equipment in other words.
// The must-not rows are where the same words make no such act.
func TestRecallS17E17(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		// sharedDrills: two states' forces in one exercise cooperate (062)
		{why: "two navies conclude an exercise", text: "Pakistani and Chinese warships concluded the Sea Guardian exercise off Karachi on Friday.", code: "062", src: "PAK", tgt: "CHN"},
		{why: "two armies take part in drills", text: "Hundreds of Kenyan and Ugandan soldiers took part in the drills near Lake Victoria.", code: "062", src: "KEN", tgt: "UGA"},
		{why: "coordinated subject holds manoeuvres", text: "Egypt and Saudi Arabia held air force manoeuvres over the Red Sea in May.", code: "062", src: "EGY", tgt: "SAU"},
		{why: "two states' drills near a third are aimed at it", text: "Belarus and Russia held large-scale manoeuvres near the Polish border last week.", code: "150", src: "BLR", tgt: "POL"},
		{why: "one state's drills stay a show of force", text: "China held naval drills in the East China Sea on Monday.", code: "062", none: true},
		{why: "one state's drills stay 150", text: "China held naval drills in the East China Sea on Monday.", code: "150", src: "CHN", tgt: "-"},
		{why: "drills of one state's two services are no cooperation", text: "The Indian army and the Indian navy concluded a joint amphibious exercise in the Andamans.", code: "062", none: true},
		{why: "joined a partner's units for drills", text: "Greek commandos joined Cypriot units for night drills near Paphos.", code: "062", src: "GRC", tgt: "CYP"},
		// 061 told by what flows, is bought or is built
		{why: "gas flows from one state to another", text: "Oil began flowing from Kazakhstan to China through the new pipeline in July.", code: "061", src: "KAZ", tgt: "CHN"},
		{why: "adjective names the seller", text: "Hungary is still importing Russian gas through the TurkStream link.", code: "061", src: "HUN", tgt: "RUS"},
		{why: "volumes of a state's crude", text: "Turkish refiners bought large volumes of Iraqi crude in March.", code: "061", src: "TUR", tgt: "IRQ"},
		{why: "refugees flowing are no trade", text: "Refugees began flowing from Sudan to Chad after the attack.", code: "061", none: true},
		{why: "works another state owns", text: "A Japanese company is building Vietnam's first metro line in Hanoi.", code: "061", src: "JPN", tgt: "VNM"},
		{why: "sum before 'in'", text: "Saudi Arabia invested $5bn in Pakistan's refinery project last year.", code: "061", src: "SAU", tgt: "PAK"},
		{why: "currency swap extended", text: "The People's Bank of China extended a currency swap line to Turkey's central bank.", code: "061", src: "CHN", tgt: "TUR"},
		{why: "rate cuts extended are no swap", text: "The central bank extended its rate cuts to help exporters.", code: "061", none: true},
		{why: "hydropower sold", text: "Bhutan sold more hydropower to India this summer.", code: "061", src: "BTN", tgt: "IND"},
		// 062 basing, airspace and batteries
		{why: "access to bases granted", text: "Norway granted American forces access to three more bases in the north.", code: "062", src: "NOR", tgt: "USA"},
		{why: "allowed to use airspace", text: "Jordan permitted French refuelling aircraft to use its airspace during the strikes.", code: "062", src: "JOR", tgt: "FRA"},
		{why: "access to markets is no basing", text: "Kenya granted Ethiopia access to its markets.", code: "062", none: true},
		{why: "batteries bought", text: "Egypt bought two air-defence batteries from Italy.", code: "062", src: "EGY", tgt: "ITA"},
		// 063 suspects sent to face charges, handovers ordered, joint probes
		{why: "flown to face charges", text: "Kenya flew the businessman to Britain to face fraud charges.", code: "063", src: "KEN", tgt: "GBR"},
		{why: "a delegation sent to face questions is a visit", text: "Kenya sent a delegation to Britain to face questions from MPs.", code: "063", none: true},
		{why: "court orders a handover", text: "A Spanish court approved the transfer of the Dutch suspect to the Netherlands.", code: "063", src: "ESP", tgt: "NLD"},
		{why: "arrest at a state's request", text: "Thai police arrested the Russian hacker at America's request.", code: "063", src: "THA", tgt: "USA"},
		{why: "jointly investigating", text: "Dutch and German police are jointly investigating the cyber attack.", code: "063", src: "NLD", tgt: "DEU"},
		// 064 intelligence by its form
		{why: "satellite imagery shared", text: "Britain shared satellite imagery with Kenya's military during the search.", code: "064", src: "GBR", tgt: "KEN"},
		{why: "imagery released is no sharing", text: "Britain released satellite imagery of the damaged port.", code: "064", none: true},
		{why: "tip-off led police", text: "A tip-off from Moroccan intelligence led Spanish police to the cell in Ceuta.", code: "064", src: "MAR", tgt: "ESP"},
		// 07 in other words
		{why: "armoured vehicles transferred", text: "Turkey transferred armoured vehicles to the Somali army last week.", code: "072", src: "TUR", tgt: "SOM"},
		{why: "patrol boats to a sea are no transfer", text: "Italy sent patrol boats to the Strait of Sicily.", code: "072", none: true},
		{why: "nationals brought out", text: "An Indian navy ship brought Bangladeshi nationals out of Yemen.", code: "073", src: "IND", tgt: "BGD"},
		{why: "emergency supplies dispatched", text: "Japan dispatched emergency supplies to Vanuatu after the cyclone.", code: "073", src: "JPN", tgt: "VUT"},
		{why: "provided with generators", text: "Germany provided Moldova with generators ahead of the winter.", code: "070", src: "DEU", tgt: "MDA"},
		{why: "hospital built abroad", text: "Qatar built a hospital in Gaza after the war.", code: "070", src: "QAT", tgt: "PSE"},
		// 05 and 04
		{why: "calling a state a partner", text: "The Japanese prime minister called India a reliable partner in a speech.", code: "051", src: "JPN", tgt: "IND"},
		{why: "called to discuss", text: "The Japanese prime minister called India to discuss a new partner for the project.", code: "051", none: true},
		{why: "accredited an envoy", text: "Kenya accredited Somalia's new ambassador on Tuesday.", code: "050", src: "KEN", tgt: "SOM"},
		{why: "switched ties", text: "Nicaragua switched diplomatic ties from Taiwan to China in 2021.", code: "050", src: "NIC", tgt: "CHN"},
		{why: "welcomed with honours", text: "Egypt welcomed the Indian prime minister with a guard of honour in Cairo.", code: "043", src: "EGY", tgt: "IND"},
	}
	checkRootCases(t, p, cases)
}
