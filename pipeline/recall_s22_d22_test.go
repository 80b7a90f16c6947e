package pipeline

import "testing"

// TestS22D22Recall: causes found on dev22 (the English-language press of
// East Asia and the Pacific; encyclopedic and reference prose; humanitarian,
// health and disaster diplomacy), each checked on sentences written for
// this test, not taken from the set.
func TestS22D22Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		// 16-reduce.txt: entry barred, or a quarantine imposed, on travellers from a state
		{why: "entry suspended, travellers from", text: "Oman suspended entry for travellers from India, Pakistan and Bangladesh on Saturday.", code: "163", src: "OMN", tgt: "IND"},
		{why: "entry banned, visitors from", text: "Singapore banned entry to visitors from mainland China on Saturday as the outbreak spread.", code: "163", src: "SGP", tgt: "CHN"},
		{why: "entry denied, arriving from", text: "Vietnam denied entry to all foreigners arriving from South Korea's Daegu city.", code: "163", src: "VNM", tgt: "KOR"},
		{why: "entry banned, returning from", text: "Bahrain banned entry to pilgrims returning from Iran after the outbreak.", code: "163", src: "BHR", tgt: "IRN"},
		{why: "entry closed, travelling from", text: "New Zealand closed entry to foreign nationals travelling from China on Monday.", code: "163", src: "NZL", tgt: "CHN"},
		{why: "quarantine on arrivals from", text: "Kazakhstan imposed a two-week quarantine on arrivals from Iran and Italy, the health ministry said.", code: "163", src: "KAZ", tgt: "IRN"},
		{why: "quarantine for travellers from", text: "Thailand ordered a mandatory quarantine for travellers from South Korea.", code: "163", src: "THA", tgt: "KOR"},
		// 05-cooperate.txt: a treaty signed, with a date or place before "by"
		{why: "signed in a year by", text: "The Treaty of Amity was signed in 2003 by China and ASEAN.", code: "057", src: "CHN", tgt: "-"},
		{why: "protocol signed on a date by representatives", text: "The Minsk Protocol was signed on 5 September 2014 by representatives of Ukraine and Russia.", code: "057", src: "UKR", tgt: "RUS"},
		{why: "reduced relative, signed on a date by", text: "The war ended with the Treaty of Tashkent, signed on 10 January 1966 by India and Pakistan.", code: "057", src: "IND", tgt: "PAK"},
		// actor/accordcity_d22.go: "the Treaty of Rome" names no party
		{why: "treaty of a capital", text: "The Treaty of Rome was signed on 25 March 1957 by the leaders of six European states.", code: "057", src: "!ITA", tgt: "-"},
		// 07-aid.txt: relief teams sent "to X by Y", gifts, raised pledges, hospital ships
		{why: "rescue team sent to, by", text: "A 40-member rescue team sent to Morocco by Spain's military emergency unit pulled a child from the rubble in Amizmiz.", code: "073", src: "ESP", tgt: "MAR"},
		{why: "field hospitals sent to, by", text: "Field hospitals sent to Nepal by Israel and Pakistan began treating patients in Kathmandu on Tuesday.", code: "073", src: "ISR", tgt: "NPL"},
		{why: "doses gifted", text: "India gifted 100,000 doses of Covaxin to Paraguay on Friday.", code: "073", src: "IND", tgt: "PRY"},
		{why: "doses gifted, embassy said", text: "China gifted two million doses of Sinovac to Cambodia, the embassy said.", code: "073", src: "CHN", tgt: "KHM"},
		{why: "pledge raised", text: "Washington raised its pledge of earthquake aid to Haiti to $100 million.", code: "033", src: "USA", tgt: "HTI"},
		{why: "aid increased", text: "The European Union increased its aid to Pakistan's flood victims to 30 million euros.", code: "070", src: "-", tgt: "PAK"},
		{why: "hospital ship deployed", text: "The United States deployed the hospital ship USNS Mercy to Indonesia after the tsunami.", code: "073", src: "USA", tgt: "IDN"},
		{why: "rescue team arrived", text: "A Turkish search and rescue team arrived in Albania on Wednesday after the earthquake near Durres.", code: "073", src: "TUR", tgt: "ALB"},
		{why: "disaster assessment team", text: "Australia sent a disaster assessment team to Vanuatu on Monday.", code: "073", src: "AUS", tgt: "VUT"},
		// aidappeal_d22.go: aid with no receiver answers the sentence's appeal
		{why: "appeal, rescuers sent", text: "Ecuador appealed for international aid after the earthquake in Manabi province, and Colombia sent 50 rescuers and tonnes of food.", code: "073", src: "COL", tgt: "ECU"},
		{why: "asked for help, teams dispatched", text: "Nepal asked for foreign help after the floods in the Terai, and India dispatched rescue teams and helicopters.", code: "073", src: "IND", tgt: "NPL"},
		{why: "appeal to donors, flown in", text: "Mozambique appealed to donors for emergency assistance after Cyclone Idai struck Beira, and Britain flew in tents and water purification kits.", code: "073", src: "GBR", tgt: "MOZ"},
		{why: "request, doctors sent", text: "Haiti requested international assistance after the quake, and the Dominican Republic sent doctors.", code: "073", src: "DOM", tgt: "HTI"},
		{why: "offers accepted, team sent", text: "Turkey accepted offers of foreign help after the earthquake, and Greece sent a rescue team.", code: "073", src: "GRC", tgt: "TUR"},
		{why: "two appealing states: no receiver chosen", text: "Syria and Turkey appealed for aid after the quake, and Iraq sent rescue teams.", code: "073", src: "IRQ", tgt: ""},
		{why: "a named receiver stays", text: "Japan sent rescue teams after the earthquake in Kahramanmaras, and Turkey thanked Tokyo.", code: "073", src: "JPN", tgt: "TUR"},
		// 08-yield.txt: trucks let in with their load named between
		{why: "trucks carrying, let into", text: "Israel let UN trucks carrying fuel into Gaza on Wednesday.", code: "0863", src: "ISR", tgt: "-"},
		{why: "trucks loaded with, let through", text: "Serbian authorities let Hungarian trucks loaded with medicine through the Horgos crossing.", code: "0863", src: "SRB", tgt: "HUN"},
		// 19-fight.txt: two states that went to war
		{why: "went to war over", text: "In 1998, Ethiopia and Eritrea went to war over the border town of Badme.", code: "190", src: "ETH", tgt: "ERI"},
		{why: "went to war in", text: "India and Pakistan went to war in 1965 and again in 1971.", code: "190", src: "IND", tgt: "PAK"},
		// 19-fight.txt: a force set off from "crossed into" by an apposition; armed men crossing; intervening in a state
		{why: "troops, apposition, crossed into", text: "Turkish troops, backed by Syrian rebels, crossed into northern Syria on Wednesday.", code: "190", src: "TUR", tgt: "SYR"},
		{why: "militants crossed into", text: "Taliban militants crossed into Pakistan's Chitral district overnight, the army said.", code: "190", src: "AFG", tgt: "PAK"},
		{why: "intervened in, a date", text: "Nigeria intervened in Sierra Leone in 1998 to restore the ousted president.", code: "190", src: "NGA", tgt: "SLE"},
		{why: "intervened in, apposition before", text: "The Soviet Union, under Leonid Brezhnev, intervened in Afghanistan in 1979.", code: "190", src: "-", tgt: "AFG"},
		// 11-disapprove.txt: disappointed by another's decision
		{why: "operation against an enemy stays force", text: "Turkey launched Operation Peace Spring against Kurdish fighters in northern Syria, sending aid convoys to the towns it took.", code: "190", src: "TUR", tgt: "SYR"},
		{why: "operation with no relief act stays force", text: "Israel launched Operation Protective Edge against Hamas in Gaza.", code: "190", src: "ISR", tgt: "PSE"},
		{why: "disappointed with a decision", text: "The European Union said it was disappointed with Turkey's decision to quit the convention.", code: "111", src: "-", tgt: "TUR"},
		{why: "dismayed by a decision", text: "Seoul was dismayed by Tokyo's decision to curb chip exports, the foreign ministry said.", code: "111", src: "KOR", tgt: "JPN"},
	})
	checkRootCases(t, p, []rootCase{
		{why: "guests barred, no state", text: "The hotel barred entry to guests without masks.", code: "163", none: true},
		{why: "fans from a city", text: "The stadium barred entry to fans from Glasgow after the riot.", code: "163", none: true},
		{why: "quarantine of a slum", text: "The city ordered a quarantine for residents of the Dharavi slum.", code: "163", none: true},
		{why: "a firm's engineers", text: "The company sent a team of engineers to the plant.", code: "073", none: true},
		{why: "investigators sent by", text: "A team of investigators sent to Syria by the OPCW visited Douma.", code: "073", none: true},
		{why: "questions raised about aid", text: "The senator raised questions about aid to Gaza.", code: "070", none: true},
		{why: "a job offer accepted", text: "The minister accepted an offer of a job at the bank.", code: "0863", none: true},
		{why: "trucks carrying protesters", text: "Police let the trucks carrying protesters pass the checkpoint after a search.", code: "0863", none: true},
		{why: "a war memorial", text: "The president went to the war memorial on Sunday.", code: "190", none: true},
		{why: "refugees, apposition, crossed", text: "Hundreds of refugees, most of them women, crossed into Chad from Darfur.", code: "190", none: true},
		{why: "intervened in a market", text: "The central bank intervened in the currency market on Monday.", code: "190", none: true},
		{why: "intervened in a state's reform", text: "The European Commission intervened in Poland's judicial reform.", code: "190", none: true},
		{why: "intervened in a dispute", text: "Qatar intervened in the dispute between Sudan and Chad.", code: "190", none: true},
		{why: "disappointed by a match", text: "Fans were disappointed by the result of the match.", code: "111", none: true},
		// reliefop_d22.go: an "Operation ..." launched to fly relief in or take people out
		{why: "relief operation, participle", text: "India launched Operation Maitri on Sunday, flying army engineers, rescue teams and relief material to Nepal.", code: "190", none: true},
		{why: "relief operation, purpose", text: "The United States launched Operation Tomodachi to deliver relief supplies to Japan.", code: "190", none: true},
		{why: "evacuation operation", text: "India launched Operation Kaveri to evacuate its nationals from Sudan.", code: "190", none: true},
	})
}
