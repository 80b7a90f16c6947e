package pipeline

import "testing"

// TestRecallDev7 codes sentences written for this test, one or more per
// general cause found among the misses of the seventh session's
// development set (eval/testdata/dev7): wire phrasings with varied
// vocabulary, next to sentences on which the same rules must stay silent.
// None of them is a sentence of that set.
func TestRecallDev7(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		// A plural trainee noun is no arrest: "intern" is a verb only as a verb.
		{why: "interns are trainees", text: "Ghana's doctors' association pressed the government to post 3,000 medical interns to rural hospitals.", code: "17", none: true},
		{why: "interned is still detention", text: "Hungarian border police interned dozens of migrants at a camp near Szeged.", code: "173", src: "HUN", tgt: "-"},
		// A past participle right after a preposition is an adjective.
		{why: "after armed men", text: "Mexico's president sent troops to Sinaloa after armed cartel members blocked highways around Culiacan.", code: "07", none: true},
		{why: "by masked gunmen", text: "The attack by masked gunmen on a bus in Balochistan left nine dead, officials said.", code: "072", none: true},
		{why: "a finite armed still arms", text: "Iran armed Houthi fighters in Yemen with drones and missiles, a UN panel said.", code: "07", src: "IRN", tgt: "YEM"},
		// Deposits with a central bank are economic aid.
		{why: "deposited with", text: "Kuwait has deposited one billion dollars with Jordan's central bank to prop up the dinar.", code: "071", src: "KWT", tgt: "JOR"},
		// A package of weapons, named before its contents.
		{why: "package of arms", text: "London unveiled a package of drones and artillery ammunition for Kyiv on Thursday.", code: "072", src: "GBR", tgt: "UKR"},
		{why: "package of reforms", text: "Nairobi unveiled a package of tax reforms for small businesses.", code: "07", none: true},
		// Boycotting a duty owed is a protest boycott.
		{why: "boycotted classes", text: "Thousands of Bangladeshi students boycotted classes on Sunday to protest a government job quota system.", code: "14", src: "BGD", tgt: "-"},
		// Switching recognition recognises the new side.
		{why: "switched recognition", text: "Burkina Faso switched diplomatic recognition from Taiwan to China in May, leaving Eswatini as Taipei's last ally in Africa.", code: "054", src: "BFA", tgt: "CHN"},
		// Troops onto the streets.
		{why: "troops onto the streets", text: "Kazakhstan's president ordered troops onto the streets of Almaty after protesters set fire to government buildings.", code: "154", src: "KAZ", tgt: "-"},
		// Pitched battles of a coordinated subject are reciprocal.
		{why: "fought pitched battles", text: "Ethiopian troops and Amhara militiamen fought heavy battles in the town of Lalibela on Wednesday.", code: "190", src: "ETH", tgt: "ETH"},
		{why: "gun battle stays a gun battle", text: "Colombian police fought a gun battle with drug traffickers near the border.", code: "193", src: "COL", tgt: "-"},
		// "X and N others" are sentenced with X.
		{why: "sentenced X and others", text: "A military court in Kinshasa sentenced a former rebel commander and 11 others to death for crimes in Kasai.", code: "116", src: "COD", tgt: "-"},
		// "Insist on" a pay rise is a demand.
		{why: "insisted on a pay rise", text: "Zimbabwe's teachers' union insisted on a 50 percent salary increase before classes resume.", code: "100", src: "ZWE", tgt: "-"},
		{why: "insisted on practice", text: "The Brazilian coach insisted on more practice before the final.", code: "10", none: true},
		// Experts and investigators from a body are that body's.
		{why: "investigators from a body", text: "Investigators from the International Atomic Energy Agency are examining reports of an explosion at the Zaporizhzhia plant.", code: "09", src: "IGO", tgt: "-"},
		// "ready to help broker": the act after "help" is what is offered.
		{why: "ready to help broker", text: "Turkey stands ready to help broker a deal between Russia and Ukraine on grain exports, Turkish officials said.", code: "039", src: "TUR", tgt: "RUS"},
		{why: "helped broker is done", text: "Qatar helped broker a truce between Israel and Hamas last week.", code: "045", src: "QAT", tgt: "ISR"},
		// A ranking appositive describes its noun by a past act.
		{why: "the first X to resign, appositive", text: "Former Japanese Prime Minister Shinzo Abe, the longest-serving leader and the first in decades to resign over illness, was shot dead in Nara.", code: "083", none: true},
		{why: "the only country to recognise, appositive", text: "Turkey, the only country to recognise the Turkish Cypriot state, sent aid to Nicosia after the fire.", code: "054", none: true},
		{why: "became the first to visit is news", text: "Colombia's Gustavo Petro became the first Colombian president to visit China in decades on Tuesday.", code: "042", src: "COL", tgt: "CHN"},
		// Recognition goes to a state, even named by its capital.
		{why: "switched recognition to a capital", text: "The Dominican Republic switched recognition to Beijing on Tuesday, ending decades of ties with Taipei.", code: "054", src: "DOM", tgt: "CHN"},
		{why: "flew to a capital is a place", text: "The Dominican Republic's foreign minister flew to Beijing for talks on trade.", code: "054", none: true},
		// "The Gulf state of Qatar": a state described before its name is that state.
		{why: "the Gulf state of Qatar", text: "The Gulf state of Kuwait has offered to mediate between Riyadh and Doha, a diplomat said.", code: "039", src: "KWT", tgt: "SAU"},
		{why: "the kingdom of Morocco", text: "The kingdom of Morocco recalled its ambassador to Sweden for consultations.", code: "16", src: "MAR", tgt: "SWE"},
		// Gas pumped to a state is trade.
		{why: "pumping gas to", text: "Algeria resumed pumping gas to Spain through the Medgaz pipeline on Monday.", code: "061", src: "DZA", tgt: "ESP"},
		{why: "pumping water", text: "Rescue workers pumped water out of flooded homes in Lagos.", code: "06", none: true},
		// An access agreement signed is an agreement, not a sealed border.
		{why: "sealed an access agreement", text: "Britain and Japan sealed a reciprocal access agreement on Wednesday, allowing their forces to exercise together.", code: "057", src: "GBR", tgt: "JPN"},
		{why: "sealed access is still a closure", text: "Israeli troops sealed access to the Palestinian town of Jenin on Thursday.", code: "05", none: true},
		// Money poured into a state's economy is investment.
		{why: "poured billions into", text: "Saudi Arabia has poured billions of dollars into Pakistan's mining sector, officials in Islamabad said.", code: "061", src: "SAU", tgt: "PAK"},
		{why: "poured water", text: "Firefighters poured water into the burning Karachi warehouse for hours.", code: "06", none: true},
		// After a noun of criticism or pressure, "from" a capital is its state.
		{why: "drew criticism from a capital", text: "Hungary's veto of the aid package drew sharp criticism from Berlin on Friday.", code: "111", src: "DEU", tgt: "HUN"},
		{why: "faced condemnation from a capital", text: "Serbia faced condemnation from Brussels over its refusal to impose sanctions on Russia.", code: "111", src: "IGO", tgt: "SRB"},
		{why: "returned from a capital is a trip", text: "The Kenyan delegation returned from Moscow on Sunday after a week of meetings.", code: "11", none: true},
		// A passive agreement with its parties after "by".
		{why: "deal reached by", text: "An agreement to exchange prisoners was reached by Armenia and Azerbaijan after talks in Brussels.", code: "057", src: "ARM", tgt: "AZE"},
		{why: "deal criticised by", text: "The border deal was criticised by Armenia and Azerbaijan.", code: "057", none: true},
		// Warplanes that pummel, troops that mass on a border.
		{why: "jets pummelled targets", text: "Turkish jets pummelled Kurdish militant targets in northern Iraq on Saturday, the defence ministry said.", code: "195", src: "TUR", tgt: "-"},
		{why: "troops massed on the border", text: "Azerbaijani troops massed along the border with Armenia on Tuesday, Yerevan said.", code: "154", src: "AZE", tgt: "ARM"},
		{why: "migrants massed at the border", text: "Hundreds of migrants massed at the border with Poland, hoping to cross into the EU.", code: "15", none: true},
		// Serving notice that one will act is a threat.
		{why: "served notice", text: "Ankara served notice on Athens that it would not accept any extension of Greek territorial waters in the Aegean.", code: "130", src: "TUR", tgt: "GRC"},
		{why: "served a meal", text: "Turkish volunteers served meals to refugees in Athens.", code: "13", none: true},
		// Relief trucked or ferried in is humanitarian aid.
		{why: "trucked relief", text: "UNICEF trucked water and medical supplies into flood-stricken districts of Sindh on Tuesday.", code: "073", src: "IGO", tgt: "PAK"},
		{why: "trucked fighters", text: "Wagner trucked fighters and armour to the front line near Bakhmut.", code: "07", none: true},
		{why: "trucks are no trucking", text: "Iran sent drones to Russia as trucks loaded with food crossed into Armenia.", code: "073", none: true},
		// Embassies shuttered, talks put on hold.
		{why: "shuttered its embassy", text: "Bolivia shuttered its embassy in Tel Aviv after the Gaza offensive began.", code: "161", src: "BOL", tgt: "ISR"},
		{why: "put talks on hold", text: "Japan put on hold its fishing talks with Russia after Moscow's invasion of Ukraine.", code: "164", src: "JPN", tgt: "RUS"},
		{why: "put a caller on hold", text: "The Japanese embassy put callers on hold for hours during the evacuation.", code: "16", none: true},
		// A mood about relations or talks "with" a party is aimed at it.
		{why: "optimism about talks with", text: "Sudan's army chief voiced optimism that the talks with the Rapid Support Forces in Jeddah would end the war.", code: "013", src: "SDN", tgt: "SDN"},
		{why: "concern about ties with", text: "Manila expressed concern about its deteriorating ties with Beijing after another water cannon incident.", code: "012", src: "PHL", tgt: "CHN"},
		{why: "optimism about the economy", text: "Nigeria's finance minister voiced optimism about the economy despite high inflation.", code: "013", src: "NGA", tgt: "-"},
		// Headlines: a plural-looking name opening one is its subject; a
		// state's "protests" there is a diplomatic complaint.
		{why: "headline Philippines protests", text: "Philippines protests Chinese navy's harassment of fishermen", code: "114", src: "PHL", tgt: "CHN"},
		{why: "headline Maldives expels", text: "Maldives expels Indian military helicopter crews", code: "16", src: "MDV", tgt: "IND"},
		{why: "protests as a noun stay protests", text: "Protests spread across Senegal after the opposition leader's arrest.", code: "114", none: true},
		// "kill 12 in attack on X", the headline form.
		{why: "kill in attack on", text: "Jihadists kill 15 in ambush on Burkinabe army convoy", code: "190", src: "-", tgt: "BFA"},
		// Vowing to wipe out a group is a threat of force against it.
		{why: "vowed to wipe out", text: "Mozambique's president vowed to stamp out the Islamist insurgents in Cabo Delgado.", code: "138", src: "MOZ", tgt: "MOZ"},
		{why: "vowed to wipe out poverty", text: "Mozambique's president vowed to stamp out poverty in the north.", code: "13", none: true},
		// Parties that gather somewhere for talks consult each other.
		{why: "gathered for talks", text: "Delegations from Ethiopia and Egypt gathered in Cairo for another round of talks on the Nile dam.", code: "040", src: "ETH", tgt: "EGY"},
		{why: "gathered for a match", text: "Fans from Ethiopia and Egypt gathered in Cairo for the football final.", code: "04", none: true},
		// Branding a group a foreign agent restricts it; a sentence handed "to" someone.
		{why: "foreign agent label", text: "Kyrgyz authorities slapped a foreign agent label on an independent Kyrgyz media outlet.", code: "172", src: "KGZ", tgt: "-"},
		{why: "price tag", text: "Kyrgyz officials put a price tag of $2 billion on the new railway.", code: "17", none: true},
		{why: "handed a sentence to", text: "An Iranian court handed a five-year prison sentence to a French tourist on spying charges.", code: "116", src: "IRN", tgt: "FRA"},
		// Frozen funds released are unfrozen.
		{why: "released frozen funds", text: "Washington released $2 billion in frozen Afghan central bank reserves to a Swiss trust fund.", code: "085", src: "USA", tgt: "AFG"},
		{why: "released sailors", text: "Iran released 12 Indian sailors from a seized tanker on Friday.", code: "085", none: true},
		// An offer or request waved off or slapped down is rejected.
		{why: "waved off an offer", text: "Pyongyang waved off a South Korean offer of food aid, calling it hypocritical.", code: "120", src: "PRK", tgt: "KOR"},
		{why: "slapped down a request", text: "Ankara slapped down a Swedish request to lift its objections, a Turkish official said.", code: "120", src: "TUR", tgt: "SWE"},
		{why: "waved off motorists", text: "Kenyan traffic police waved off motorists at the Nairobi checkpoint.", code: "12", none: true},
		// An appeal for an end to fighting in a state: no end by the appealer.
		{why: "appealed for an end to the fighting in", text: "The Arab League appealed for an end to the fighting in Libya, a spokesman said.", code: "0256", src: "IGO", tgt: "LBY"},
		{why: "an end appealed for ends nothing", text: "The Arab League appealed for an end to the fighting in Libya, a spokesman said.", code: "087", none: true},
		{why: "ended its offensive", text: "Azerbaijan ended its offensive in Karabakh after one day.", code: "087", src: "AZE", tgt: "-"},
	}
	checkRootCases(t, p, cases)
}
