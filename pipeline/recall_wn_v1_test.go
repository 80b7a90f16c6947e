package pipeline

import "testing"

// TestRecallWordNetV1 codes long wire-style sentences, written for this
// test, around the vocabulary of roots 01-05 that an audit against a
// general English lexicon (WordNet) found no dictionary line reaching:
// hosts who fete or entertain guests, appeals that persuade, dissuade or
// remind, pledges made by committing to an act, praise heaped or honours
// conferred, fences mended. Each word with another sense has a must-not
// row beside it, so the table checks the frame that pins the political
// sense as well as the reach. Datelines, appositives and trailing
// attributions keep the sentences as long as agency copy.
func TestRecallWordNetV1(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// 01 statements
		{why: "silent on a question declines comment", text: "NAIROBI (Reuters) - Kenya's foreign ministry remained silent on Tuesday about the fate of two Ugandan activists who were detained at the airport, despite repeated requests from rights groups.", code: "011", src: "KEN", tgt: "-"},
		{why: "a silent crowd is no refusal", text: "Thousands of mourners remained silent for several minutes outside the cathedral in Kampala on Sunday as the coffin of the former archbishop was carried inside.", code: "011", none: true},
		{why: "doubts voiced about a truce", text: "The Ukrainian foreign minister voiced doubts on Wednesday about the proposed Easter truce, telling reporters in Kyiv that Moscow had broken every earlier promise to stop shelling.", code: "012", src: "UKR", tgt: "-"},
		{why: "entertaining an idea weighs an option", text: "South Korea is entertaining the idea of supplying artillery shells directly to Ukraine, a senior official in Seoul said on Thursday, a shift from its long-held policy.", code: "014", src: "KOR", tgt: "-"},
		{why: "a court entertaining an appeal weighs no policy", text: "The supreme court in Islamabad refused on Monday to entertain an appeal filed by the former prime minister's lawyers, saying it had been lodged too late.", code: "014", none: true},
		{why: "a role confessed", text: "TEHRAN - Iran's military confessed on Saturday to downing the Ukrainian airliner by mistake, three days after officials in Tehran had insisted that a technical fault was to blame.", code: "015", src: "IRN", tgt: "-"},
		{why: "a singer's confession claims nothing", text: "The singer confessed to crying on stage during the final show of her tour in Madrid, telling fans she had been moved by their letters and songs.", code: "015", none: true},
		{why: "disavowing a role denies it", text: "Hamas disavowed any role in Tuesday's rocket fire from southern Lebanon, a spokesman for the group said in Beirut, blaming a small Palestinian faction.", code: "016", src: "PSE", tgt: "-"},
		{why: "consoling the bereaved is empathy", text: "The Turkish president consoled families of the earthquake victims in Hatay on Friday, promising that every destroyed home would be rebuilt within a year.", code: "018", src: "TUR", tgt: "TUR"},
		{why: "a rebuttal retorted is a statement", text: "BEIJING - China's foreign ministry retorted on Monday that Washington had no right to lecture Beijing on human rights, after the State Department released its annual report.", code: "010", src: "CHN", tgt: "-"},
		// 02 appeals
		{why: "persuaded to accept terms", text: "BERLIN (AP) - Germany persuaded Greece to accept the bailout terms after weeks of talks in Brussels, officials said, ending a standoff that had rattled markets across Europe.", code: "020", src: "DEU", tgt: "GRC"},
		{why: "dissuading from an offensive", text: "Britain has sought to dissuade Israel from launching a full-scale offensive on Rafah, the foreign secretary told parliament, warning of a humanitarian catastrophe in the city.", code: "020", src: "GBR", tgt: "ISR"},
		{why: "high prices dissuade nobody", text: "High prices for fuel and fertiliser discouraged farmers from planting maize this season, agricultural officials in the Zambian capital said on Tuesday.", code: "020", none: true},
		{why: "talked out of a purchase", text: "WASHINGTON - The United States tried for years to talk Turkey out of buying the Russian S-400 air defence system, but Ankara took delivery of the first batteries in 2019.", code: "020", src: "USA", tgt: "TUR"},
		{why: "advised against an offensive", text: "Norway advised Israel against a ground offensive in the south of Gaza, the Norwegian foreign minister said on Wednesday, adding that civilians had nowhere left to flee.", code: "020", src: "NOR", tgt: "ISR"},
		{why: "pleaded with a neighbour to act", text: "KABUL - The Afghan president pleaded with Pakistan on Sunday to rein in the militants who cross the border to attack police posts in the eastern provinces.", code: "020", src: "AFG", tgt: "PAK"},
		{why: "coaxed into normalising", text: "Washington is trying to coax Saudi Arabia into normalising relations with Israel, offering a defence treaty and help with a civilian nuclear programme, officials familiar with the talks said.", code: "020", src: "USA", tgt: "SAU"},
		{why: "cheap loans spur no appeal", text: "Cheap loans and rising wages spurred consumers to buy new homes in the suburbs of Lagos, the central bank said in its quarterly report on Friday.", code: "020", none: true},
		{why: "recommended that a state act", text: "The UN envoy recommended that Libya hold elections before the end of the year, telling the Security Council that the rival governments had run out of excuses.", code: "020", src: "-", tgt: "LBY"},
		{why: "reminded of obligations", text: "NEW DELHI - India's foreign minister reminded Canada of its obligations under the Vienna Convention on Monday, after protesters gathered outside the Indian consulate in Toronto.", code: "020", src: "IND", tgt: "CAN"},
		{why: "a song reminds nobody of obligations", text: "The old song reminded the crowd in Havana of the days before the revolution, when the band first played it in the hotels along the seafront.", code: "020", none: true},
		{why: "a plea renewed for aid", text: "BEIRUT - Lebanon renewed its plea to donor countries for urgent aid on Thursday, as the caretaker government warned that hospitals would run out of fuel within days.", code: "023", src: "LBN", tgt: "-"},
		{why: "turned to a state for drones", text: "Ethiopia turned to Turkey for armed drones during the war in Tigray, according to diplomats and satellite images, after Western governments halted arms sales to Addis Ababa.", code: "0232", src: "ETH", tgt: "TUR"},
		{why: "turned to the courts for redress is no appeal for arms", text: "Ethiopia turned to the courts for redress after the contract with the construction firm was cancelled, the finance ministry in Addis Ababa said on Monday.", code: "0232", none: true},
		{why: "counselled restraint", text: "CAIRO - The Arab League counselled restraint on both sides after the border clash between Sudan and South Sudan, urging the two governments to return to talks.", code: "0256", src: "-", tgt: "-"},
		{why: "a coach preaching calm asks no state", text: "The coach preached calm before Saturday's final in Dakar, telling reporters that his young players had nothing to fear from the defending champions.", code: "0256", none: true},
		{why: "courting a state as partner", text: "The United States is courting Vietnam as a partner against China, the visiting US defence secretary made clear in Hanoi on Thursday, offering help with maritime patrols.", code: "022", src: "USA", tgt: "VNM"},
		// 03 intent
		{why: "committed to ending the war", text: "The Sudanese army committed to ending the war with the paramilitary forces by December, the mediators in Jeddah said on Saturday after a week of talks.", code: "0356", src: "SDN", tgt: "-"},
		{why: "committed to holding elections", text: "KYIV - The Ukrainian president committed to holding elections once martial law is lifted, he told reporters on Tuesday, dismissing claims from Moscow that his mandate had expired.", code: "0344", src: "UKR", tgt: "-"},
		{why: "committing crimes pledges no reform", text: "Soldiers committed abuses against voters during the elections in the north, a report by a rights group said on Monday, citing dozens of witnesses in three provinces.", code: "034", none: true},
		{why: "money committed to a state", text: "WASHINGTON - The World Bank committed $1 billion to Pakistan for flood recovery on Thursday, its country director said, the largest single pledge of the donor conference.", code: "0331", src: "-", tgt: "PAK"},
		{why: "assurances given that troops would leave", text: "Russia gave assurances to Turkey that its troops would leave the area around Manbij within a week, the Turkish defence ministry said in a statement on Friday.", code: "030", src: "RUS", tgt: "TUR"},
		{why: "assured that soil would not be used", text: "ISLAMABAD - The Taliban assured Pakistan that Afghan soil would not be used for attacks on its territory, the Pakistani foreign office said after talks in Kabul.", code: "030", src: "-", tgt: "PAK"},
		{why: "a present fact reassured is no pledge", text: "The Chinese premier reassured Germany that Chinese firms were already respecting the rules on subsidies, during a visit to Berlin on Tuesday, a German official said.", code: "030", none: true},
		{why: "safety guaranteed to observers", text: "Russia guaranteed the safety of the Turkish observers in Idlib, the Kremlin said on Sunday, after shelling near one of the observation posts killed a soldier.", code: "0334", src: "RUS", tgt: "TUR"},
		{why: "a truce plan floated", text: "Russia floated the idea of a ceasefire over the Orthodox Easter holiday, the Kremlin spokesman told reporters in Moscow, though Kyiv dismissed it as a ploy.", code: "0356", src: "RUS", tgt: "-"},
		{why: "a city's stadium plan is no truce", text: "The city council in Nairobi floated a plan for a new football stadium on Thursday, saying it would cost about 40 million dollars and be finished within three years.", code: "035", none: true},
		{why: "membership sought", text: "STOCKHOLM - Sweden sought membership of NATO after the Russian invasion of Ukraine, ending two centuries of military non-alignment, the prime minister said in parliament.", code: "032", src: "SWE", tgt: "-"},
		{why: "an olive branch offered", text: "SEOUL - South Korea offered an olive branch to North Korea on Monday, proposing talks on family reunions despite a string of missile launches from the North this year.", code: "030", src: "KOR", tgt: "PRK"},
		// 04 consultation
		{why: "feted at a banquet", text: "ACCRA - The Ghanaian president feted his Nigerian counterpart at a state banquet on Friday evening, hailing the two countries' friendship as the backbone of West Africa.", code: "043", src: "GHA", tgt: "NGA"},
		{why: "a team feted by fans is no host", text: "The winning team was feted by thousands of fans in the streets of Abidjan on Monday, a day after it beat Nigeria in the final of the Africa Cup of Nations.", code: "043", none: true},
		{why: "entertained at a palace", text: "The Saudi crown prince entertained the British prime minister at his desert palace on Sunday, where the two discussed energy prices and the war in Yemen, officials said.", code: "043", src: "SAU", tgt: "GBR"},
		{why: "a banquet in a guest's honour", text: "TOKYO - The Japanese emperor hosted a banquet in honour of the visiting Indonesian president at the Imperial Palace on Wednesday, the Imperial Household Agency said.", code: "043", src: "JPN", tgt: "IDN"},
		{why: "a reception for a national day honours no guest", text: "The embassy in Nairobi held a reception in honour of the national day on Friday, inviting diplomats, business leaders and students from across the region.", code: "043", none: true},
		{why: "conversed with on the sidelines", text: "The Iraqi prime minister conversed with the Iranian president on the sidelines of the summit in Riyadh, his office said, without giving details of what was discussed.", code: "044", src: "IRQ", tgt: "IRN"}, // 044: a third state's venue (thirdPlace, session 36)
		{why: "a call paid on a dignitary", text: "The new Chinese ambassador made a farewell call on the Pakistani president in Islamabad on Monday, where the two discussed the economic corridor and the security of Chinese workers.", code: "042", src: "CHN", tgt: "PAK"},
		{why: "a phone call pays no visit", text: "The driver made a call on his mobile phone to the police in Kampala after the crash, a spokesman said on Sunday, and waited two hours for help to arrive.", code: "042", none: true},
		{why: "differences ironed out", text: "WASHINGTON - Armenia and Azerbaijan ironed out the last differences over the text of the peace treaty in talks near the US capital, the two foreign ministries said.", code: "046", src: "ARM", tgt: "AZE"},
		{why: "a tailor irons no differences", text: "The tailor ironed out the creases in the general's uniform on Saturday morning, hours before the parade through the centre of Abuja was due to begin.", code: "046", none: true},
		{why: "an audience with the Pope", text: "VATICAN CITY - The Palestinian president had an audience with the Pope at the Vatican on Thursday, the Holy See press office said, the first since the war in Gaza began.", code: "042", src: "PSE", tgt: "VAT"},
		{why: "shook hands with a rival leader", text: "The Chinese president shook hands with the Japanese prime minister at the APEC summit in San Francisco, a brief encounter that officials in Tokyo called a first step.", code: "044", src: "CHN", tgt: "JPN"}, // 044: a third state's venue (thirdPlace, session 36)
		{why: "shaking hands with fans meets no actor", text: "The striker shook hands with fans after the game in Lagos on Sunday and promised to stay at the club for another season despite offers from Europe.", code: "040", none: true},
		// 05 diplomatic cooperation
		{why: "ties revived", text: "RIYADH - The Saudi crown prince moved to revive relations with Syria after a decade of estrangement, inviting its president to the Arab League summit in Jeddah.", code: "050", src: "SAU", tgt: "SYR"},
		{why: "a firm cultivating customers is no diplomacy", text: "She tried to cultivate relations with her neighbours in the village after moving from the capital, but the dispute over the well dragged on for years.", code: "050", none: true},
		{why: "fences mended", text: "ANKARA - Turkey moved to mend fences with Egypt on Tuesday, announcing that the two countries would exchange ambassadors for the first time in a decade.", code: "050", src: "TUR", tgt: "EGY"},
		{why: "a farmer's fences mend no ties", text: "The farmer mended the fences around his field near the border on Thursday after cattle from a neighbouring herd broke through during the night.", code: "050", none: true},
		{why: "the hatchet buried", text: "DOHA - Qatar and the United Arab Emirates buried the hatchet at the Gulf summit in Al-Ula, ending a boycott that had split the region for more than three years.", code: "050", src: "QAT", tgt: "ARE"},
		{why: "praise heaped on a guest", text: "The US president heaped praise on the Indian prime minister at the White House on Thursday, calling the relationship between the two democracies the defining partnership of the century.", code: "051", src: "USA", tgt: "IND"},
		{why: "critics heap praise on no actor", text: "Critics heaped praise on the new film about the independence war, which opened in cinemas across Algiers on Friday to sold-out audiences.", code: "051", none: true},
		{why: "efforts appreciated", text: "ISLAMABAD - Pakistan appreciated the efforts of Qatar to bring peace to Afghanistan, the foreign office spokesperson said at her weekly briefing on Thursday.", code: "051", src: "PAK", tgt: "QAT"},
		{why: "a currency appreciates without praise", text: "The yen appreciated sharply against the dollar on Tuesday after the central bank in Tokyo raised interest rates for the first time in seventeen years.", code: "051", none: true},
		{why: "a bid championed", text: "WARSAW - Poland championed Ukraine's bid to join the European Union at the summit in Brussels, the Polish prime minister told reporters, urging Hungary to drop its veto.", code: "051", src: "POL", tgt: "UKR"},
		{why: "an honour conferred", text: "PARIS - The French president conferred the Legion of Honour on the Indian prime minister at a ceremony at the Elysee Palace on Thursday evening, officials said.", code: "051", src: "FRA", tgt: "IND"},
		{why: "a contract awarded honours nobody", text: "The ministry awarded the contract for the new port to a Turkish firm on Monday, saying its bid was the cheapest of the four received.", code: "051", none: true},
		{why: "stood up for an ally", text: "NEW YORK - China stood up for Russia at the Security Council on Friday, vetoing the draft resolution and accusing Western members of double standards.", code: "052", src: "CHN", tgt: "RUS"},
		{why: "amends made for colonial killings", text: "BERLIN - Germany made amends to Namibia for the colonial-era killings of the Herero and Nama peoples, pledging development aid worth more than a billion euros.", code: "055", src: "DEU", tgt: "NAM"},
		{why: "a pact entered into", text: "PARIS - Armenia entered into a defence pact with France in October, the Armenian defence ministry said, as Yerevan sought to reduce its reliance on Russia.", code: "057", src: "ARM", tgt: "FRA"},
		{why: "a company's contract is no pact", text: "The company entered into a contract with a supplier in Shenzhen on Monday to buy solar panels for three new plants in the north of the country.", code: "057", none: true},
		// later additions of the same audit
		{why: "talked with a counterpart", text: "MUNICH - The Chinese foreign minister talked with the US secretary of state on the sidelines of the security conference on Saturday, the first contact between the two in four months.", code: "040", src: "CHN", tgt: "USA"},
		{why: "talking to reporters is no consultation", text: "The Egyptian foreign minister talked to reporters in Cairo on Monday about rising bread prices and the government's plans to cut fuel subsidies next year.", code: "040", none: true},
		{why: "had talks with", text: "MUSCAT - The Iranian foreign minister had talks with his Omani counterpart on Sunday about the stalled nuclear negotiations, Iranian state media reported.", code: "040", src: "IRN", tgt: "OMN"},
		{why: "took part in talks", text: "Iran took part in the talks on Syria in Astana on Tuesday alongside Russia and Turkey, its foreign ministry said in a statement, calling them constructive.", code: "044", src: "IRN", tgt: "-"}, // 044: a third state's venue (thirdPlace, session 36)
		{why: "a shrine visited is a symbolic act", text: "TOKYO - The Japanese prime minister visited the Yasukuni shrine on Tuesday to mark the anniversary of the end of the war, drawing protests from Beijing and Seoul.", code: "017", src: "JPN", tgt: "-"},
		{why: "a shrine visited is no state visit", text: "TOKYO - The Japanese prime minister visited the Yasukuni shrine on Tuesday to mark the anniversary of the end of the war, drawing protests from Beijing and Seoul.", code: "042", none: true},
		{why: "a body rejoined", text: "CAIRO - Syria rejoined the Arab League in May after a suspension of more than a decade, a move the United States criticised as a reward for the government in Damascus.", code: "050", src: "SYR", tgt: "-"},
		{why: "a striker rejoining a club is no diplomacy", text: "The striker rejoined his old club in Lagos on Friday after two seasons abroad, the club said, signing a contract that runs until the end of next season.", code: "050", none: true},
		{why: "credentials presented", text: "BEIJING - The new US ambassador presented his credentials to the Chinese president at the Great Hall of the People on Friday, the embassy said.", code: "050", src: "USA", tgt: "CHN"},
		{why: "committing to end a war is no mass violence", text: "The rebels committed to ending the war in the north by December, the mediators in Doha said on Saturday after a week of closed-door talks with the government.", code: "20", none: true},
		{why: "reminded to respect a ceasefire", text: "BRUSSELS - The EU reminded Serbia to respect the ceasefire in the north of Kosovo, the bloc's foreign policy chief said after meeting the Serbian president.", code: "0256", src: "-", tgt: "SRB"},
		{why: "accusations laughed off", text: "MOSCOW - The Kremlin laughed off accusations that it had meddled in the Moldovan referendum, calling them the fantasies of Western intelligence services.", code: "016", src: "RUS", tgt: "-"},
	})
}
