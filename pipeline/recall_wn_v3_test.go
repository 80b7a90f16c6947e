package pipeline

import "testing"

// TestRecallWordNetV3 codes long wire-style sentences written for this test
// around the vocabulary of roots 11-14 (disapprove, reject, threaten,
// protest) that an audit against WordNet found no dictionary line reached:
// heckling and taunts, smears, impeachment, "refusal to", scoffing, the
// prospect of war raised, effigies, hartals, human chains and occupations
// by strikers. Each sentence carries a dateline, a clause or an
// attribution, so the pattern must reach past them; the must-not rows keep
// each word's other senses silent.
func TestRecallWordNetV3(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		// 11: criticism, ridicule and attacks on someone's good name
		{why: "heckled, with dateline", text: "ACCRA, March 3 (Reuters) - Opposition lawmakers heckled Ghana's president for several minutes during his annual address to parliament on Tuesday, forcing the speaker to suspend the sitting.", code: "111", src: "GHA", tgt: "GHA"},
		{why: "heckled, passive", text: "The Chinese foreign minister was heckled by Tibetan protesters as he arrived at a think tank in London on Thursday, police said.", code: "111", src: "-", tgt: "CHN"},
		{why: "booed at a ceremony", text: "Hundreds of students booed the Kenyan education minister at a graduation ceremony in Nairobi on Friday, angry over a new university funding model.", code: "111", src: "KEN", tgt: "KEN"},
		{why: "taunted, with a participle", text: "Iran's supreme leader taunted the United States in a speech on Friday, saying that four decades of sanctions had failed to bring the Islamic Republic to its knees.", code: "111", src: "IRN", tgt: "USA"},
		{why: "lectured on human rights", text: "Russia's foreign ministry on Monday lectured Britain on human rights, a day after London summoned the Russian ambassador over the jailing of an opposition figure.", code: "111", src: "RUS", tgt: "GBR"},
		{why: "smear campaign against", text: "Pakistan's army on Sunday denounced what it called a malicious smear campaign against the military and warned that those behind it would face the law.", code: "111", src: "PAK", tgt: "-"},
		{why: "took exception to remarks", text: "BUDAPEST (AP) - Hungary's foreign ministry took exception on Wednesday to remarks by the Dutch prime minister, who had said that Budapest no longer belonged in the bloc.", code: "110", src: "HUN", tgt: "-"},
		{why: "attacked for a policy", text: "The Kremlin on Tuesday attacked the West for supplying long-range weapons to Ukraine, saying the deliveries would only prolong the conflict and raise the risk of escalation.", code: "111", src: "RUS", tgt: "-"},
		{why: "resolution condemning", text: "STRASBOURG - The European Parliament passed a resolution on Thursday condemning China's treatment of Uyghurs in Xinjiang and calling for targeted sanctions on officials.", code: "111", src: "-", tgt: "CHN"},
		{why: "savaged by the press", text: "Egypt's state-run press savaged the Ethiopian prime minister on Sunday over the filling of the Nile dam, which Cairo says threatens its water supply.", code: "111", src: "-", tgt: "ETH"},
		{why: "reacted angrily to a decision", text: "China reacted angrily on Friday to the decision by Lithuania to let Taiwan open a representative office in Vilnius, recalling its ambassador for consultations.", code: "111", src: "CHN", tgt: "-"},
		{why: "fired back with a retort", text: "Iran fired back at the United States on Saturday, calling its claims about drone shipments to Russia baseless lies meant to justify new sanctions.", code: "111", src: "IRN", tgt: "USA"},
		{why: "a raid that angered a state", text: "CAIRO - The Israeli decision to keep the Rafah crossing shut infuriated Egypt, whose foreign ministry said it endangered the peace treaty between the two countries, diplomats said on Tuesday.", code: "110", src: "EGY", tgt: "ISR"},
		{why: "accusation that", text: "India's accusation that Canada harbours Sikh separatists has plunged relations between the two Commonwealth democracies to their lowest point in decades, analysts said.", code: "112", src: "IND", tgt: "CAN"},
		{why: "blame put on", text: "Israel's military put the blame for the deaths at the aid distribution point on Hamas, saying its gunmen had fired on the crowd first.", code: "112", src: "ISR", tgt: "PSE"},
		{why: "accused of siphoning funds", text: "Nigeria's anti-graft agency accused a former state governor of siphoning public funds worth more than 80 billion naira, according to a charge sheet filed in Abuja.", code: "1121", src: "NGA", tgt: "-"},
		{why: "complaint against, noun", text: "Egypt's complaint against Ethiopia, sent to the Security Council last week, says the filling of the dam breaches international law, diplomats said.", code: "114", src: "EGY", tgt: "ETH"},
		{why: "remonstrated with", text: "The Russian ambassador remonstrated with the Polish foreign minister over the ban on Russian lorries, the embassy said in a statement on Tuesday.", code: "114", src: "RUS", tgt: "POL"},
		{why: "impeached", text: "SEOUL, Dec 14 (Reuters) - South Korea's parliament impeached President Yoon Suk Yeol on Saturday over his short-lived attempt to impose martial law.", code: "115", src: "KOR", tgt: "KOR"},
		{why: "impeachment motion against", text: "Opposition lawmakers in Manila filed an impeachment motion against the Filipino vice-president on Monday, accusing her of misusing confidential funds.", code: "115", src: "PHL", tgt: "PHL"},
		{why: "guns trained on the government", text: "The Indian opposition leader trained his guns on the Indian government over unemployment at a rally in Patna on Sunday, saying young people had been betrayed.", code: "111", src: "IND", tgt: "IND"},
		{why: "handed a sentence", text: "A Moscow court handed the American reporter a 16-year prison sentence on espionage charges that he, his newspaper and the US government reject.", code: "116", src: "RUS", tgt: "USA"},
		{why: "sentenced in absentia", text: "DHAKA - A Bangladeshi court sentenced the former prime minister in absentia on Monday over the deaths of protesters during last year's uprising, state media reported.", code: "116", src: "BGD", tgt: "BGD"},

		// 12: refusals, rejections, defiance
		{why: "refusal to meet", text: "Iran's refusal to meet the American envoy in Oman angered Washington, which had hoped for direct contacts before the deadline, officials said.", code: "125", src: "IRN", tgt: "USA"},
		{why: "refusal to withdraw", text: "Israel's refusal to withdraw its troops from five hilltops in southern Lebanon drew criticism from Beirut and the United Nations on Tuesday.", code: "1246", src: "ISR", tgt: "-"},
		{why: "refusal to recognise", text: "Serbia's refusal to recognise Kosovo remains the main obstacle to a deal, the European Union's envoy for the Balkans said on Thursday.", code: "1233", src: "SRB", tgt: "KSV"},
		{why: "refusal to release", text: "The junta's refusal to release the ousted Nigerien president has angered Western governments, which suspended aid after the coup in July.", code: "1243", src: "NER", tgt: "-"},
		{why: "scoffed at warnings", text: "Russia scoffed at the latest warnings from NATO on Wednesday, saying the alliance had no right to tell Moscow where to station its forces.", code: "120", src: "RUS", tgt: "-"},
		{why: "brushed off threats", text: "TEHRAN - Iran brushed off American threats of further sanctions on Sunday, with a government spokesman saying the economy had learned to live with pressure.", code: "120", src: "IRN", tgt: "USA"},
		{why: "waved aside concerns", text: "The Hungarian prime minister waved aside the European Commission's concerns about judicial independence, telling reporters in Budapest that Brussels was meddling.", code: "120", src: "HUN", tgt: "-"},
		{why: "claims rubbished", text: "NEW DELHI - India on Friday rubbished the Chinese claims over Arunachal Pradesh, with the foreign ministry saying that renaming places would not alter reality.", code: "120", src: "IND", tgt: "CHN"},
		{why: "dug in its heels", text: "Hungary dug in its heels on Thursday over the European aid package for Ukraine, blocking the 50 billion euro deal at a summit in Brussels.", code: "124", src: "HUN", tgt: "-"},
		{why: "pushed ahead despite protests", text: "TBILISI - The Georgian government pushed ahead with the foreign agents law despite weeks of protests and warnings from Brussels that it would derail the country's bid to join the bloc.", code: "124", src: "GEO", tgt: "-"},
		{why: "resisted calls for a ceasefire", text: "Israel resisted calls for a ceasefire in Gaza on Monday, with the prime minister saying a pause would only allow Hamas to regroup.", code: "1246", src: "ISR", tgt: "-"},
		{why: "disobeyed a ban", text: "Thousands of Pakistani opposition supporters disobeyed a ban on rallies in Islamabad on Sunday, marching towards parliament as police fired tear gas.", code: "128", src: "PAK", tgt: "-"},
		{why: "filibustered a bill", text: "Republican senators filibustered the voting rights bill on Wednesday, denying Democrats the 60 votes needed to bring it to a final vote.", code: "129", src: "USA", tgt: "-"},
		{why: "voted against the resolution", text: "Russia voted against the Security Council resolution on Friday, while China and India abstained, leaving the text short of the votes it needed.", code: "127", src: "RUS", tgt: "-"},
		{why: "slammed the door on a bid", text: "Turkey slammed the door on Sweden's NATO bid on Monday after a Koran was burned outside its embassy in Stockholm, officials in Ankara said.", code: "120", src: "TUR", tgt: "-"},
		{why: "aid convoys turned away", text: "Israel turned away relief trucks at the Kerem Shalom crossing on Tuesday, according to United Nations officials who said the cargo had been cleared in Egypt.", code: "1223", src: "ISR", tgt: "-"},
		{why: "refused to scrap a tax", text: "NAIROBI - The Kenyan government refused to scrap the controversial housing levy on Thursday, despite a court ruling and weeks of street protests against it.", code: "1232", src: "KEN", tgt: "-"},

		// 13: threats and warnings
		{why: "warning to, noun", text: "North Korea's warning to South Korea came hours after the allies began their largest joint drills in years, state media in Pyongyang reported.", code: "130", src: "PRK", tgt: "KOR"},
		{why: "threat of retaliation, noun", text: "Moscow's threat of retaliation alarmed Helsinki on Thursday, a day after Finland formally applied to join the Western military alliance.", code: "130", src: "RUS", tgt: "-"},
		{why: "raised the prospect of nuclear retaliation", text: "Moscow raised the prospect of nuclear retaliation against the West on Wednesday if Ukraine used long-range missiles supplied by Britain to strike deep inside Russia.", code: "1385", src: "RUS", tgt: "-"},
		{why: "raised the spectre of war", text: "In a fiery speech on Sunday, North Korea's leader raised the spectre of war with South Korea, calling the South a hostile state.", code: "138", src: "PRK", tgt: "KOR"},
		{why: "did not rule out force", text: "The American president did not rule out the use of military force against Venezuela on Friday, telling reporters that all options were on the table.", code: "138", src: "USA", tgt: "VEN"},
		{why: "put on notice", text: "WASHINGTON - The United States put Iran on notice on Monday after the missile test, with the national security adviser warning of consequences.", code: "130", src: "USA", tgt: "IRN"},
		{why: "vowed to crush", text: "Ethiopia's prime minister vowed to destroy the TPLF on Sunday, a day after the Tigrayan forces captured two towns south of Mekelle.", code: "138", src: "ETH", tgt: "-"},
		{why: "hinted at retaliation", text: "Iran hinted at retaliation against Israel on Saturday, as a senior commander said the response to the strike on its consulate in Damascus would be decisive.", code: "130", src: "IRN", tgt: "ISR"},
		{why: "vowed to make pay", text: "BEIRUT - Hezbollah vowed to make Israel pay for the assassination of its commander, in a statement read on the group's television station on Wednesday.", code: "130", src: "LBN", tgt: "ISR"},
		{why: "threatened to cut gas", text: "Russia threatened to cut off gas supplies to Moldova on Monday unless the government in Chisinau paid a debt that Gazprom puts at $700 million.", code: "1312", src: "RUS", tgt: "MDA"},
		{why: "threatened an election boycott", text: "Opposition parties in Bangladesh threatened to boycott the elections on Saturday unless the government stepped down in favour of a neutral caretaker administration.", code: "133", src: "BGD", tgt: "-"},
		{why: "ultimatum from X to Y", text: "The ultimatum from ECOWAS to the junta in Niger expired on Sunday night, leaving West African leaders to decide whether to send troops to restore the president.", code: "139", src: "-", tgt: "NER"},

		// 14: forms of protest
		{why: "burned an effigy", text: "AMMAN, Jordan - Protesters burned an effigy of the Israeli prime minister outside the Israeli embassy on Friday, chanting slogans in support of Gaza.", code: "141", src: "JOR", tgt: "ISR"},
		{why: "hartal called", text: "Bangladesh's main opposition party called a nationwide hartal for Thursday, the third in a month, to press its demand for a caretaker government, party officials said.", code: "143", src: "BGD", tgt: "-"},
		{why: "general strike observed", text: "RAMALLAH - Palestinians observed a general strike across the West Bank on Sunday to mourn those killed in the Israeli raid on Jenin, with shops and schools closed.", code: "143", src: "PSE", tgt: "-"},
		{why: "human chain", text: "Tens of thousands of opposition supporters formed a human chain around the Georgian parliament on Saturday night in protest against the government, singing the national anthem and waving European flags.", code: "141", src: "GEO", tgt: "-"},
		{why: "defaced an embassy", text: "Protesters defaced the walls of the French embassy in Tehran on Thursday, spraying slogans against the French president over the cartoons, witnesses said.", code: "145", src: "-", tgt: "FRA"},
		{why: "self-immolation in protest", text: "A Tibetan monk set himself on fire in protest against Chinese rule in Sichuan province on Monday, according to rights groups based in India.", code: "140", src: "-", tgt: "CHN"},
		{why: "threw paint at an embassy", text: "Climate protesters threw paint at the Russian embassy in Warsaw on Tuesday before police detained them, in a protest against the war in Ukraine.", code: "145", src: "-", tgt: "RUS"},
		{why: "strikers occupied a port", text: "ANTWERP - Belgian dockers occupied the port's main container terminal on Wednesday, halting traffic in protest at a plan to cut pensions.", code: "144", src: "BEL", tgt: "-"},
		{why: "opposition protests against", text: "Opposition protests against the Georgian government continued for a fifth night on Sunday as riot police cleared the avenue outside parliament.", code: "141", src: "GEO", tgt: "GEO"},
		{why: "walkout by doctors", text: "NAIROBI (Reuters) - The walkout by Kenyan doctors entered its third week on Monday, leaving public hospitals across the country turning away patients.", code: "143", src: "KEN", tgt: "-"},
		{why: "a dharna outside a collectorate", text: "Hundreds of Indian farmers staged a dharna outside the district collectorate in Patiala on Monday, demanding compensation for crops lost in the floods.", code: "141", src: "IND", tgt: "-"},

		// must-not rows: the other senses of the new words
		{why: "booed by sports fans", text: "Fans booed loudly at the stadium in Madrid on Sunday after the referee disallowed a late goal, but the result stood.", code: "11", none: true},
		{why: "a professor's lecture", text: "The Indian professor lectured students on economics at Delhi University on Monday, drawing a record audience to the new hall.", code: "11", none: true},
		{why: "attacked a base for the second time", text: "Taliban fighters attacked the army base for the second time in a week on Tuesday, killing four soldiers, provincial officials said.", code: "111", none: true},
		{why: "soldiers fired back", text: "Soldiers fired back at the gunmen who ambushed their convoy near the border with Niger on Sunday, killing two of them.", code: "11", none: true},
		{why: "a decision to meet", text: "Iran's decision to meet the American envoy in Oman surprised Washington, which had expected a refusal, officials said on Friday.", code: "12", none: true},
		{why: "waved to supporters", text: "The Hungarian prime minister waved to supporters outside the polling station in Budapest on Sunday before casting his vote.", code: "12", none: true},
		{why: "dug trenches", text: "Ukrainian soldiers dug trenches near the border on Tuesday as reports of a new Russian build-up spread, local officials said.", code: "12", none: true},
		{why: "threat of floods", text: "The threat of floods kept thousands of residents away from the river in Bangladesh on Sunday, disaster officials said.", code: "13", none: true},
		{why: "prospect of talks", text: "The Turkish president raised the prospect of talks with Syria's president on Friday, saying a meeting could take place before the end of the year.", code: "13", none: true},
		{why: "a tax rise not ruled out", text: "The Kenyan finance minister did not rule out a tax rise on Thursday as he presented the budget to parliament in Nairobi.", code: "13", none: true},
		{why: "vowed to eradicate poverty", text: "The Ethiopian prime minister vowed to eradicate poverty within a decade in a speech to parliament in Addis Ababa on Monday.", code: "13", none: true},
		{why: "troops occupied a port", text: "Russian troops occupied the port of Berdyansk on Sunday after two days of fighting, the Ukrainian defence ministry said.", code: "14", none: true},
		{why: "an air strike by", text: "A drone strike by Israel killed two men in a car in southern Lebanon on Tuesday, the Lebanese health ministry said.", code: "14", none: true},
		{why: "manure on fields", text: "Farmers spread manure on their fields across Normandy this spring, earlier than usual because of the mild weather.", code: "14", none: true},
		{why: "a defaced passport", text: "Police in Lagos said the suspect had defaced his passport before trying to board a flight to London on Friday.", code: "14", none: true},
		{why: "a human chain of welcome", text: "Thousands of students formed a human chain along the road from the airport on Monday to welcome the Kenyan president home from the summit.", code: "14", none: true},
		{why: "shops closed for a holiday", text: "Shops in Srinagar closed early on Friday for the Eid holiday, and traffic was light across the city.", code: "14", none: true},
	}
	checkRootCases(t, p, cases)
}
