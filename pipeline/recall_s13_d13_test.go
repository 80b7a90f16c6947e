package pipeline

import "testing"

// TestS13D13Recall: phrasings of regional and translated press (BBC
// Monitoring, agency copy) that the thirteenth session's development set
// dev13 showed the verb dictionaries missing or miscoding, each on
// sentences written for this test (none from dev13), next to sentences on
// which the new lines must stay silent.
func TestS13D13Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// 015: "acknowledged that" the speaker's own side did it.
		{why: "acknowledged that its forces", text: "TEHRAN (IRNA) - Iran's armed forces acknowledged that their air defences had shot down a Ukrainian passenger plane near the capital, the official news agency reported.", code: "015", src: "IRN", tgt: "-"},
		{why: "acknowledged that they had", text: "The Nigerian air force acknowledged on Tuesday that it had mistakenly bombed a camp for displaced people in Rann, killing dozens of civilians.", code: "015", src: "NGA", tgt: "-"},
		{why: "acknowledged that its troops", text: "The Colombian army acknowledged that its soldiers had killed two civilians at a roadblock in Cauca department, the defence ministry said in a statement.", code: "015", src: "COL", tgt: "-"},
		{why: "acknowledging a fact claims nothing", text: "The Kenyan finance minister acknowledged that the economy had slowed in the first quarter, the Nation newspaper reported.", code: "015", none: true},
		{why: "another state's act is no claim of one's own", text: "Sri Lankan officials acknowledged that India had passed on warnings about a possible attack weeks earlier.", code: "015", none: true},
		// 185: an attack on a motorcade is an attempt on the dignitary.
		{why: "opened fire on the motorcade", text: "MOGADISHU, 12 March (Shabelle) - Gunmen opened fire on the motorcade of the Somali prime minister on the outskirts of the capital, but he escaped unhurt, a government spokesman said.", code: "185", src: "-", tgt: "SOM"},
		{why: "fired at the motorcade", text: "Unidentified attackers fired at the motorcade of the Dagestani interior minister near Makhachkala, wounding two of his bodyguards, the Interfax news agency reported.", code: "185", src: "-", tgt: "RUS"},
		{why: "bombed the motorcade", text: "Militants bombed the motorcade of the governor of Helmand province on the road to Lashkar Gah, provincial officials said.", code: "18", src: "-", tgt: "AFG"},
		{why: "ambushed the motorcade", text: "Rebels ambushed the motorcade of the Congolese defence minister in North Kivu on Sunday, the army said.", code: "185", src: "-", tgt: "COD"},
		{why: "a convoy of troops stays an attack", text: "Rebels ambushed a convoy of Congolese soldiers in North Kivu on Sunday, the army said.", code: "185", none: true},
		{why: "a motorcade that only passes", text: "Crowds lined the streets of Dhaka as the motorcade of the visiting Chinese president passed.", code: "185", none: true},
		// 190: armour or troops that cross into a state.
		{why: "tanks crossed into", text: "Russian tanks and armoured vehicles crossed into Georgia through the Roki tunnel on Friday, the Georgian interior ministry said.", code: "19", src: "RUS", tgt: "GEO"},
		{why: "troops crossed into", text: "Several thousand Ugandan troops crossed into eastern Congo on Wednesday in pursuit of the rebels, the official New Vision newspaper reported.", code: "19", src: "UGA", tgt: "COD"},
		{why: "refugees only cross", text: "More than 20,000 refugees crossed into Chad from Sudan's Darfur region last week, the UN refugee agency said.", code: "19", none: true},
		// 192: an enclave or a valley overrun.
		{why: "overran the enclave", text: "Bosnian Serb forces overran the Muslim enclave of Zepa on Tuesday, two weeks after the fall of Srebrenica, UN officials in Sarajevo said.", code: "19", src: "BIH", tgt: "-"},
		{why: "overran the valley", text: "Taliban fighters overran the Panjshir valley, the last province held by the resistance, a spokesman for the movement said.", code: "19", src: "AFG", tgt: "-"},
		// 152: a defence force or national guard put on alert.
		{why: "defence force on alert", text: "GEORGETOWN, 5 December (CMC) - President Irfaan Ali said Guyana had put its defence force on full alert after Venezuela's referendum on the Essequibo region.", code: "152", src: "GUY", tgt: "-"},
		{why: "national guard on alert", text: "The Ecuadorean government placed the national guard on maximum alert along the border with Colombia, the defence ministry said.", code: "152", src: "ECU", tgt: "-"},
		{why: "a police force stays 151", text: "Kenya put its police force on high alert ahead of the election results, the interior ministry said.", code: "152", none: true},
		// 0862 / 1245: visas for an outside inquiry, granted or refused.
		{why: "visas granted to inspectors", text: "The Syrian government issued visas to a team of chemical weapons inspectors on Thursday, the Organisation for the Prohibition of Chemical Weapons said.", code: "0862", src: "SYR", tgt: "-"},
		{why: "visas not granted to a mission", text: "Burundi said it would not grant visas to members of the UN commission of inquiry, the foreign ministry said in Bujumbura.", code: "12", src: "BDI", tgt: "-"},
		// 091: abuse of office is corruption.
		{why: "investigated for abuse of office", text: "Kazakh prosecutors are investigating the former akim of Almaty for abuse of office, the Prosecutor-General's Office said.", code: "091", src: "KAZ", tgt: "-"},
		{why: "probed over abuse of power", text: "Romania's anti-corruption directorate is probing the former defence minister over abuse of power in an arms contract, Mediafax reported.", code: "091", src: "ROU", tgt: "-"},
		{why: "human rights abuses stay 092", text: "Sri Lanka's human rights commission is investigating the abuse of detainees at a camp in Vavuniya.", code: "091", none: true},
		// 138: territory defended "by all means".
		{why: "would defend by all means", text: "Azerbaijani Defence Minister Zakir Hasanov said the army would defend the country's territorial integrity by all means, the Trend news agency reported.", code: "138", src: "AZE", tgt: "-"},
		{why: "vowed to protect borders by all means", text: "Tajik President Emomali Rahmon vowed to protect the country's borders by all necessary means after the clashes with Kyrgyz border guards.", code: "138", src: "TJK", tgt: "-"},
		{why: "a currency defended is no threat", text: "The Nigerian central bank governor said the bank would defend the naira by all means.", code: "13", none: true},
		// 0871: a place or day between "agreed" and "to a ceasefire".
		{why: "agreed in a city to a cessation", text: "The Ethiopian government and Tigrayan forces agreed in Pretoria on Wednesday to a permanent cessation of hostilities, the African Union mediators said.", code: "0871", src: "ETH", tgt: "ETH"},
		{why: "agreed on a day to a ceasefire", text: "JUBA, 21 December (Radio Miraya) - South Sudan's warring parties agreed on Thursday to a ceasefire in Upper Nile state, the regional bloc IGAD said.", code: "0871", src: "SSD", tgt: "-"},
		{why: "talks on a ceasefire agreed are no ceasefire", text: "The Armenian and Azerbaijani foreign ministers agreed in Geneva to resume talks on a ceasefire next week.", code: "0871", none: true},
		// 054: independence recognised by a decree signed or issued.
		{why: "issued a decree recognising", text: "Nicaraguan President Daniel Ortega issued a decree recognising the independence of Abkhazia and South Ossetia, the official gazette La Gaceta said.", code: "054", src: "NIC", tgt: "-"},
		{why: "signed a decree recognizing", text: "MOSCOW, 21 February (Interfax) - President Vladimir Putin signed a decree recognizing the sovereignty of the Donetsk and Luhansk people's republics late on Monday.", code: "054", src: "RUS", tgt: "-"},
		// 090: someone appointed to head an inquiry opens it.
		{why: "appointed a judge to head an inquiry", text: "The Kenyan president appointed a retired Court of Appeal judge to head an inquiry into the post-election violence, State House said.", code: "090", src: "KEN", tgt: "-"},
		{why: "named a former president to lead the investigation", text: "The UN Secretary-General named a former Chilean president to lead the investigation into the killing of Benazir Bhutto.", code: "09", src: "IGO", tgt: "-"},
		{why: "appointed to head a government", text: "The king appointed a former interior minister to head the new government, the royal palace said in Amman.", code: "09", none: true},
		// 202: hundreds or thousands of a people or a faith killed.
		{why: "massacred thousands of Tutsis", text: "Interahamwe militiamen massacred thousands of Tutsis at the Nyarubuye parish church in eastern Rwanda, survivors told the tribunal in Arusha.", code: "202", src: "-", tgt: "-"},
		{why: "killed thousands of Muslims", text: "Bosnian Serb forces killed thousands of Muslims after the fall of the enclave, the International Commission on Missing Persons said.", code: "202", src: "BIH", tgt: "-"},
		{why: "slaughtered hundreds of Masalit", text: "Rapid Support Forces fighters slaughtered hundreds of Masalit in El Geneina in West Darfur, survivors said.", code: "202", src: "-", tgt: "-"},
		{why: "fighters killed in battle stay a fight", text: "Turkish forces killed hundreds of Kurdish rebels in the mountains along the Iraqi border, the general staff said.", code: "202", none: true},
		// 045: only interceding on someone's behalf mediates.
		{why: "interceded on behalf of", text: "The Qatari emir interceded with the Taliban on behalf of two American hostages, a Qatari official said in Doha.", code: "045", src: "QAT", tgt: "-"},
		{why: "military intervention asked is no mediation", text: "Bosnian President Alija Izetbegovic appealed to NATO to intervene militarily to break the siege of Gorazde, Bosnian radio said.", code: "045", none: true},
		{why: "intervened to stop the advance of", text: "The Malian president asked France to intervene to halt the advance of Islamist fighters on the town of Mopti.", code: "045", none: true},
		// 201: people forced from their homes, not a ruler from power.
		{why: "forced from their villages", text: "Janjaweed militiamen forced thousands of Fur farmers from their villages in West Darfur, the UN refugee agency said.", code: "201", src: "SDN", tgt: "-"},
		{why: "forced from their homes", text: "Myanmar's army forced hundreds of thousands of Rohingya from their homes in Rakhine state, UN investigators said.", code: "201", src: "MMR", tgt: "-"},
		{why: "a ruler forced from office", text: "Kyrgyz President Kurmanbek Bakiyev was forced from office by a popular uprising in April, and fled to Belarus.", code: "201", none: true},
		{why: "a junta forced from power", text: "Washington told the military rulers in Port-au-Prince that they would be forced from power unless they left voluntarily.", code: "201", none: true},
		// 100: told that "it" or "they" must.
		{why: "told X that it must", text: "Russian Foreign Minister Sergei Lavrov told Georgia that it must sign a pledge not to use force against South Ossetia, the ministry said.", code: "100", src: "RUS", tgt: "GEO"},
		{why: "told X that they must", text: "The AU mediator told the Sudanese generals on Sunday that they must hand power to a civilian government within six months.", code: "1041", src: "-", tgt: "SDN"},
		{why: "a statement that talks must go on is no demand", text: "The Qatari foreign minister told reporters in Doha that the talks must continue despite the fighting.", code: "100", none: true},
		// 062 / 1212: military operations from one's territory, allowed or
		// refused.
		{why: "would not allow strikes from its soil", text: "ISLAMABAD, 3 July (APP) - Pakistan will not allow any US drone strikes from its soil after the closure of the Shamsi airbase, the foreign office spokesman said.", code: "12", src: "PAK", tgt: "-"},
		{why: "allowed flights from its bases", text: "Kyrgyzstan allowed coalition refuelling flights from its bases throughout the Afghan campaign, the defence ministry said in Bishkek.", code: "062", src: "KGZ", tgt: "-"},
		{why: "refugees let through are no military cooperation", text: "Turkey allowed thousands of Syrian refugees to cross its territory to the Greek border.", code: "062", none: true},
	})
}
