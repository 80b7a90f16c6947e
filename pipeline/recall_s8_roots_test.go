package pipeline

import "testing"

// TestRecallS8Roots codes sentences written for the eighth session's
// second verb round, on the roots ordinary news gave parley least of:
// material cooperation and aid (06, 07), demands against appeals (10,
// 02), reduced relations against coercion (16, 17) and unconventional
// against conventional force (18, 19). Each rule has must-not rows beside
// its positive ones; sides are checked wherever the sentence names them.
func TestRecallS8Roots(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		// 074: forces that arrive as part of a security mission protect
		// the state reached; a trade mission is a visit.
		{why: "police landed as part of a security mission", text: "A third contingent of Kenyan police landed in Port-au-Prince as part of the multinational security mission.", code: "074", src: "KEN", tgt: "HTI"},
		{why: "troops arrived as part of a peacekeeping force", text: "Two hundred Burundian soldiers arrived in Mogadishu on Monday as part of the African Union peacekeeping force.", code: "074", src: "BDI", tgt: "SOM"},
		{why: "a trade mission is no protection", text: "Indian officials arrived in Dhaka as part of a trade mission.", code: "074", none: true},
		{why: "a trade mission is a visit", text: "Indian officials arrived in Dhaka as part of a trade mission.", code: "042", src: "IND", tgt: "BGD"},
		// 072: one weapon system delivered is arms, as the plural is.
		{why: "a Patriot system delivered", text: "The Netherlands delivered a Patriot air defence system to Ukraine in January.", code: "072", src: "NLD", tgt: "UKR"},
		{why: "a missile battery sent", text: "Russia sent an S-400 missile battery to Belarus last year.", code: "072", src: "RUS", tgt: "BLR"},
		{why: "a health system is no weapon", text: "Cuba sent a new health information system to Venezuela.", code: "072", none: true},
		// 160: a state leaving an international body.
		{why: "states withdrew from a bloc", text: "Niger and Mali withdrew from the G5 Sahel alliance last year.", code: "16", src: "NER", tgt: "-"},
		{why: "a state pulled out of a court", text: "Burundi pulled out of the International Criminal Court in 2017.", code: "160", src: "BDI", tgt: "-"},
		{why: "a state left the Council of Europe", text: "Russia withdrew from the Council of Europe after the invasion.", code: "160", src: "RUS", tgt: "-"},
		{why: "troops leaving a town retreat", text: "Ethiopian troops withdrew from the town of Shire on Friday.", code: "160", none: true},
		{why: "troops leaving a town retreat, code", text: "Ethiopian troops withdrew from the town of Shire on Friday.", code: "0874", src: "ETH", tgt: "-"},
		// 100: an international body ordering a state demands; a leader
		// ordering his own forces acts.
		{why: "the ICJ ordered a state", text: "The International Court of Justice ordered Russia to suspend its military operations in Ukraine.", code: "1056", src: "-", tgt: "RUS"},
		{why: "the Security Council ordered a state", text: "The Security Council ordered Israel to let fuel into Gaza.", code: "100", src: "-", tgt: "ISR"},
		{why: "a president ordering his ministry is no demand", text: "President Erdogan ordered the interior ministry to tighten border controls.", code: "10", none: true},
		{why: "a leader ordering his troops back retreats", text: "Putin ordered troops to withdraw from the Ukrainian border.", code: "0874", src: "RUS", tgt: "-"},
		{why: "own troops ordered back are not expelled", text: "Ethiopia's prime minister ordered troops to pull back from the border.", code: "166", none: true},
		{why: "foreign troops ordered out are expelled", text: "Chad ordered French troops to leave the country by January.", code: "166", src: "TCD", tgt: "FRA"},
		// 18: car bombers, arson by armed men, mobs.
		{why: "a car bomber rammed a checkpoint", text: "A suicide car bomber rammed a police checkpoint in Somalia's Hiran region on Sunday.", code: "1832", src: "-", tgt: "SOM"},
		{why: "armed men set homes ablaze", text: "Armed men set ablaze dozens of homes in a village in Burkina Faso's Centre-Nord region.", code: "1712", src: "-", tgt: "-"},
		{why: "homes set alight, object first", text: "Gunmen set several houses alight in Mali's Mopti region.", code: "1712", src: "-", tgt: "-"},
		{why: "a sunset burns nothing", text: "The evening sun set the hills ablaze with colour.", code: "17", none: true},
		{why: "a mob attacked a man", text: "A mob attacked a Christian man in Pakistan's Punjab province over blasphemy claims.", code: "182", src: "PAK", tgt: "PAK"},
		{why: "a crowd attacked journalists", text: "An angry crowd attacked journalists covering the rally in Tbilisi.", code: "182", src: "GEO", tgt: "GEO"},
		{why: "troops attacking civilians stay force", text: "Russian troops attacked civilians in Bucha.", code: "182", none: true},
		{why: "protesters attacking police are no assault on a person", text: "Protesters attacked police officers with stones in Karachi.", code: "182", none: true},
		// 064: lists exchanged are information, not people freed; 073:
		// people evacuated from a disaster are helped.
		{why: "lists of prisoners exchanged", text: "India and Pakistan exchanged lists of prisoners and fishermen on New Year's Day.", code: "064", src: "IND", tgt: "PAK"},
		{why: "lists exchanged free no one", text: "India and Pakistan exchanged lists of prisoners and fishermen on New Year's Day.", code: "084", none: true},
		{why: "prisoners exchanged are freed", text: "Russia and Ukraine exchanged 90 prisoners of war on Friday.", code: "0841", src: "RUS", tgt: "UKR"},
		{why: "villagers evacuated from a flood", text: "Bangladeshi soldiers evacuated 2,000 villagers from the flooded district of Sylhet.", code: "073", src: "BGD", tgt: "-"},
		{why: "positions evacuated are a retreat", text: "The rebels evacuated their positions near the villages of the valley.", code: "073", none: true},
		// 16: peace talks suspended, a bloc's membership frozen, joint
		// drills called off.
		{why: "peace talks suspended before an 'after' clause", text: "Bogota suspended peace talks with the ELN guerrillas after a bombing at a police academy.", code: "164", src: "COL", tgt: "COL"},
		{why: "a suspension of talks halts no bombing", text: "Bogota suspended peace talks with the ELN guerrillas after a bombing at a police academy.", code: "087", none: true},
		{why: "participation in a bloc frozen", text: "Armenia has frozen its participation in the Collective Security Treaty Organization.", code: "160", src: "ARM", tgt: "-"},
		{why: "joint drills called off", text: "Kyrgyzstan called off joint military exercises with Kazakhstan after the border clash.", code: "160", src: "KGZ", tgt: "KAZ"},
		{why: "joint drills called for are no cut", text: "Belarus called for joint exercises with Russia near the border.", code: "16", none: true},
		// 1712 against 145: who burns decides.
		{why: "gunmen torched trucks", text: "Masked gunmen torched four fuel tankers near the Chaman border crossing in Pakistan.", code: "1712", src: "-", tgt: "-"},
		{why: "rioters torching trucks riot", text: "Rioters torched trucks on the N3 highway in South Africa's KwaZulu-Natal province.", code: "145", src: "ZAF", tgt: "-"},
		{why: "rioters destroy no property as an armed force does", text: "Rioters torched trucks on the N3 highway in South Africa's KwaZulu-Natal province.", code: "1712", none: true},
		// 074/075: troops sent to help another state protect it (074 since
		// R31, from the codebook; 072 before), peacekeepers arriving,
		// evacuees resettled.
		{why: "troops deployed to another state to help", text: "Burundi deployed 800 soldiers to eastern Congo to help the Congolese army fight the M23 rebels.", code: "074", src: "BDI", tgt: "COD"},
		{why: "paratroopers sent at a state's request", text: "Moscow sent paratroopers to Armenia at the request of its government.", code: "074", src: "RUS", tgt: "ARM"},
		{why: "troops sent to one's own province mobilise", text: "Nigeria deployed 1,000 troops to Borno to help fight Boko Haram.", code: "07", none: true},
		{why: "peacekeepers reached a capital", text: "A first batch of Nepalese peacekeepers reached Bangui on Friday.", code: "074", src: "NPL", tgt: "CAF"},
		{why: "evacuees resettled", text: "Canada resettled 40,000 Afghan evacuees after the fall of Kabul.", code: "075", src: "CAN", tgt: "AFG"},
		// 0841: "in exchange for" is a price, not a prisoner exchange.
		{why: "captors freed students", text: "Islamic State fighters freed 30 kidnapped schoolgirls in Nigeria's Yobe state on Sunday.", code: "0841", src: "IMG", tgt: "NGA"},
		{why: "a price named with 'in exchange for' frees no prisoners", text: "The rebels handed over the town in exchange for safe passage for prisoners.", code: "0841", none: true},
		{why: "an exchange of prisoners between two states", text: "Armenia and Azerbaijan completed an exchange of prisoners on Wednesday.", code: "0841", src: "ARM", tgt: "AZE"},
		// 114/161: envoys named by coordinated adjectives are the target.
		{why: "two states' ambassadors summoned", text: "Algeria summoned the French and Spanish ambassadors over the migration remarks.", code: "114", src: "DZA", tgt: "ESP"},
		{why: "two states' diplomats expelled", text: "Moscow expelled the Estonian and Latvian consuls on Monday.", code: "16", src: "RUS", tgt: "EST"},
		// 063: extradition approved to a capital; a red notice.
		{why: "extradition approved to a capital", text: "A court in Madrid approved the extradition of a Venezuelan former spy chief to Washington.", code: "063", src: "ESP", tgt: "VEN"},
		{why: "extradition refused is no cooperation", text: "A court in Madrid refused the extradition of a Venezuelan former spy chief to Washington.", code: "063", none: true},
		{why: "a red notice", text: "Interpol issued a red notice for a former Bolivian interior minister.", code: "063", src: "-", tgt: "BOL"},
		{why: "rioters looting riot", text: "Rioters looted supermarkets in the South African city of Durban.", code: "145", src: "ZAF", tgt: "-"},
		{why: "soldiers looting seize property", text: "Russian soldiers looted homes in the Ukrainian town of Bucha.", code: "171", src: "RUS", tgt: "UKR"},
		// 1724 against 07 and 04: "emergency" aid and meetings.
		{why: "emergency aid announced is aid", text: "South Korea announced $2 million in emergency aid for flood victims in Pakistan.", code: "073", src: "KOR", tgt: "PAK"},
		{why: "emergency aid is no state of emergency", text: "South Korea announced $2 million in emergency aid for flood victims in Pakistan.", code: "1724", none: true},
		{why: "an emergency meeting is no state of emergency", text: "The Arab League announced an emergency meeting of foreign ministers in Cairo.", code: "1724", none: true},
		{why: "a state of emergency announced", text: "Peru's government announced a state of emergency in Lima and Callao.", code: "1724", src: "PER", tgt: "-"},
		{why: "emergency rule extended", text: "Ethiopia's parliament extended emergency rule in the Amhara region.", code: "1724", src: "ETH", tgt: "-"},
		{why: "a global health emergency is no state of emergency", text: "The World Health Organization declared the cholera outbreak a global health emergency.", code: "1724", none: true},
		{why: "a state of health emergency declared is one", text: "Peru's president declared a state of health emergency in five regions.", code: "1724", src: "PER", tgt: "-"},
		{why: "joint drills hosted", text: "Jordan hosted joint air force drills with Egypt near Aqaba on Tuesday.", code: "062", src: "JOR", tgt: "EGY"},
		{why: "joint drills hosted are no visit by the air force", text: "Jordan hosted joint air force drills with Egypt near Aqaba on Tuesday.", code: "043", none: true},
		// 1056 against 1041: forces told to leave, an office holder told to go.
		{why: "forces told to leave a city", text: "The Sudanese army demanded that the RSF leave the capital within 72 hours.", code: "1056", src: "SDN", tgt: "SDN"},
		{why: "forces told to leave change no leadership", text: "The Sudanese army demanded that the RSF leave the capital within 72 hours.", code: "1041", none: true},
		{why: "foreign troops' departure demanded", text: "Burkina Faso's government demanded the departure of French troops within a month.", code: "1056", src: "BFA", tgt: "FRA"},
		{why: "a premier's departure demanded", text: "Protesters in Belgrade demanded the departure of the Serbian prime minister.", code: "1041", src: "SRB", tgt: "SRB"},
		{why: "a bomb planted", text: "Suspected separatists planted a bomb under a railway bridge in Pakistan's Balochistan province.", code: "183", src: "PAK", tgt: "PAK"},
		{why: "a device planted to mislead is no bombing", text: "Investigators said the device had been planted to mislead them.", code: "18", none: true},
		// 160: treaties left, whatever their names hold.
		{why: "a forces treaty left", text: "Washington formally withdrew from the Intermediate-Range Nuclear Forces Treaty on Friday.", code: "160", src: "USA", tgt: "-"},
		{why: "a forces treaty left is no pull-back", text: "Washington formally withdrew from the Intermediate-Range Nuclear Forces Treaty on Friday.", code: "0874", none: true},
		{why: "a treaty pulled out of", text: "Russia pulled out of the Open Skies Treaty in 2021.", code: "160", src: "RUS", tgt: "-"},
		// 171 against 145: police who storm or raid search; crowds riot.
		{why: "police stormed a newspaper", text: "Riot police stormed the offices of an opposition newspaper in Managua on Saturday.", code: "171", src: "NIC", tgt: "NIC"},
		{why: "police storming is no riot", text: "Riot police stormed the offices of an opposition newspaper in Managua on Saturday.", code: "145", none: true},
		{why: "protesters storming riot", text: "Protesters stormed the parliament building in Colombo.", code: "145", src: "LKA", tgt: "LKA"},
		{why: "homes of a group's members raided", text: "Turkish police raided the homes of HDP officials in Diyarbakir.", code: "171", src: "TUR", tgt: "TUR"},
	}
	checkRootCases(t, p, cases)
}
