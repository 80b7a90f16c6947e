package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// longVocabCase is one long wire-style sentence (25-50 words, a dateline,
// appositives, background clauses, trailing attribution). code is the
// CAMEO code (or, with two digits, the root) some non-negated event must
// carry; with none it is a code prefix no non-negated event may carry.
// src and tgt are countries, "-" for unchecked.
type longVocabCase struct {
	why, text string
	code      string
	src, tgt  string
	none      bool
}

// TestRecallLongVocab codes long sentences written for this test in the
// formal vocabulary of agency copy ("held a telephone conversation",
// "paid a working visit", "lodged a protest", "inked a partnership",
// "bowed to weeks of protests"), one or more per phrasing the dictionaries
// were found to miss in long sentences, beside sentences where the same
// words must stay silent. They differ from the dictionary examples, so the
// table tests the reach of the patterns rather than their examples.
func TestRecallLongVocab(t *testing.T) {
	p := newTestPipeline(t)
	cases := []longVocabCase{
		// 01 statements
		{why: "not optimistic", text: "TEHRAN (AFP) - Iran's foreign minister said on Sunday he was not optimistic about the outcome of the nuclear talks in Vienna, arguing that Western demands had left little room for compromise before the deadline next month.", code: "012", src: "IRN", tgt: "-"},
		{why: "voiced cautious optimism", text: "SEOUL, March 3 (Reuters) - South Korea's unification minister voiced cautious optimism on Tuesday that stalled talks with the North could resume before the summer, citing what he called encouraging signals from Pyongyang.", code: "013", src: "KOR", tgt: "-"},
		{why: "refused to comment on a report naming forces", text: "The Pentagon refused to comment on Monday on a report that U.S. special forces had carried out a raid in northern Syria that killed a senior Islamic State commander, referring questions to the White House.", code: "011", src: "USA", tgt: "-"},
		{why: "declined to comment on reports", text: "The Kremlin declined to comment on Thursday on reports that Russian military advisers had arrived in the Central African Republic, saying only that its cooperation with Bangui was lawful.", code: "011", src: "RUS", tgt: "-"},
		{why: "looking at options", text: "The British government is looking at options for a new law that would let ministers ban protests deemed too disruptive, the home secretary told parliament on Monday.", code: "014", src: "GBR", tgt: "-"},
		{why: "conveyed condolences", text: "Indian Prime Minister Narendra Modi conveyed his condolences to the people of Turkey on Monday over the loss of lives in the devastating earthquake, and said India stood ready to help.", code: "018", src: "IND", tgt: "TUR"},
		{why: "saw a window of opportunity", text: "South Korea's president said on Monday he saw a window of opportunity for dialogue with North Korea, adding that joint sports events planned for the spring could help the two sides build trust.", code: "013", src: "KOR", tgt: "-"},
		{why: "warned the economy would shrink: gloom, not threat", text: "Germany's finance minister warned on Tuesday that the country's economy would shrink this year, citing high energy prices and weak demand from China, its largest trading partner.", code: "012", src: "DEU", tgt: "-"},
		{why: "a warning about the economy threatens nobody", text: "Germany's finance minister warned on Tuesday that the country's economy would shrink this year, citing high energy prices and weak demand from China, its largest trading partner.", code: "13", none: true},
		// 02 appeals
		{why: "urged to return to the negotiating table", text: "Washington urged Israel and the Palestinians on Monday to return to the negotiating table, with the State Department saying both sides must refrain from unilateral steps that would undermine a two-state solution.", code: "026", src: "USA", tgt: "ISR"},
		// 03 intent, and 03 against 04
		{why: "agreed to hold talks later: a meeting to come", text: "Kenya and Uganda agreed on Friday to hold ministerial talks next month on the disputed island in Lake Victoria, the Kenyan foreign ministry said in a statement issued in Nairobi.", code: "036", src: "KEN", tgt: "UGA"},
		{why: "extended an invitation to resume talks", text: "The United States extended an invitation to North Korea on Wednesday to resume working-level talks at a venue of Pyongyang's choosing, a senior State Department official told reporters in Washington.", code: "036", src: "USA", tgt: "PRK"},
		{why: "agreed to hold talks is no meeting held", text: "Kenya and Uganda agreed on Friday to hold ministerial talks next month on the disputed island in Lake Victoria, the Kenyan foreign ministry said in a statement issued in Nairobi.", code: "040", none: true},
		{why: "expected to visit: a visit to come", text: "Chinese Premier Li Qiang is expected to visit Australia later this month, the first trip by a Chinese premier in seven years, Australian media reported on Sunday, citing government sources in Canberra.", code: "036", src: "CHN", tgt: "AUS"},
		{why: "postponed a planned visit is no visit", text: "The Indian foreign minister postponed his planned visit to Moscow on Tuesday, citing the escalating fighting in eastern Ukraine, a spokesman for the external affairs ministry said in New Delhi.", code: "042", none: true},
		{why: "due in a capital for a state visit: a visit to come", text: "India's prime minister is due in Washington on June 21 for a state visit that officials in both countries expect to yield deals on jet engines and semiconductors.", code: "036", src: "IND", tgt: "-"},
		// 04 consultation
		{why: "held a telephone conversation", text: "Chinese President Xi Jinping held a telephone conversation with French President Emmanuel Macron on Wednesday, during which the two leaders exchanged views on the Ukraine crisis, Xinhua news agency reported.", code: "041", src: "CHN", tgt: "FRA"},
		{why: "talked to X by phone for hours", text: "French President Emmanuel Macron talked to Russian President Vladimir Putin by phone for nearly two hours on Sunday, urging him to allow civilians to leave the besieged port city, the Elysee said.", code: "041", src: "FRA", tgt: "RUS"},
		{why: "paid a working visit to a capital", text: "Indonesian President Joko Widodo paid a working visit to Kuala Lumpur on Monday, where he held talks with the Malaysian prime minister on maritime boundaries, palm oil exports and migrant workers.", code: "042", src: "IDN", tgt: "MYS"},
		{why: "made an unannounced trip to a capital", text: "U.S. Defense Secretary Lloyd Austin made an unannounced trip to Baghdad on Tuesday, meeting Iraqi leaders and American troops stationed in the country, 20 years after the invasion that toppled Saddam Hussein.", code: "042", src: "USA", tgt: "IRQ"},
		{why: "was in a capital for a visit", text: "Spanish Prime Minister Pedro Sanchez was in Rabat on Wednesday for a two-day visit aimed at cementing a reconciliation with Morocco after a year-long diplomatic row over Western Sahara.", code: "042", src: "ESP", tgt: "MAR"},
		{why: "gave a guest a lavish welcome", text: "Saudi Arabia gave Chinese President Xi Jinping a lavish welcome in Riyadh on Wednesday, as the world's biggest oil exporter deepens ties with its top customer despite misgivings in Washington.", code: "043", src: "SAU", tgt: "CHN"},
		{why: "gave a cautious welcome to a proposal is no hosting", text: "The Saudi foreign ministry gave a cautious welcome on Sunday to the French proposal for a ceasefire in Lebanon, saying any truce must be backed by the Security Council.", code: "043", none: true},
		{why: "mediators shuttled between delegations", text: "Qatari mediators shuttled between Israeli and Hamas delegations in Doha on Monday in a bid to secure the release of hostages held in Gaza, two sources briefed on the negotiations said.", code: "045", src: "QAT", tgt: "ISR"},
		{why: "resumed negotiations over a dam's operation", text: "Egypt, Ethiopia and Sudan resumed negotiations on Sunday over the filling and operation of the Grand Ethiopian Renaissance Dam, the first talks in more than two years between the three Nile basin countries.", code: "046", src: "EGY", tgt: "ETH"},
		{why: "the operation of a dam is no military operation", text: "Egypt, Ethiopia and Sudan resumed negotiations on Sunday over the filling and operation of the Grand Ethiopian Renaissance Dam, the first talks in more than two years between the three Nile basin countries.", code: "19", none: true},
		{why: "the talks between X and Y, the first since", text: "The talks between Greece and Turkey, the first since 2016 between the two NATO allies, focused on maritime rights in the eastern Mediterranean and ended without a joint statement, diplomats in Athens said on Thursday.", code: "040", src: "GRC", tgt: "TUR"},
		{why: "telephone lines cut is no call", text: "The Kenyan foreign ministry said on Friday that telephone lines to the border town of Mandera had been cut for a week, and that it was in talks with the operator to restore the service.", code: "041", none: true},
		{why: "arrived at the invitation of: the inviter hosts", text: "Iranian President Ebrahim Raisi arrived in Moscow on Wednesday at the invitation of President Vladimir Putin for talks expected to focus on energy and the nuclear deal, Iranian state media said.", code: "043", src: "RUS", tgt: "IRN"},
		{why: "wrapped up a round of peace talks", text: "Colombian government negotiators and FARC rebel commanders wrapped up a new round of peace talks in Havana on Thursday, a joint statement said, with land reform still the main sticking point.", code: "040", src: "COL", tgt: "COL"},
		{why: "a round of voting wrapped up is no meeting", text: "Colombian voters wrapped up the first round of voting on Sunday in a calm election, the electoral authority said, with turnout above half of the 39 million people registered.", code: "04", none: true},
		{why: "touched down in a capital", text: "British Prime Minister Rishi Sunak touched down in New Delhi on Friday for the G20 summit, his first visit to India since taking office, amid hopes of progress on a long-delayed free trade agreement.", code: "042", src: "GBR", tgt: "IND"},
		{why: "spoke for an hour by telephone", text: "German Chancellor Olaf Scholz and Russian President Vladimir Putin spoke for an hour by telephone on Friday, their first conversation in nearly two years, a spokesman for the German government said.", code: "041", src: "DEU", tgt: "RUS"},
		{why: "held a working dinner", text: "The French and German leaders held a working dinner at the Elysee Palace on Tuesday to iron out differences over energy policy and defence spending ahead of a European Union summit.", code: "040", src: "FRA", tgt: "DEU"},
		{why: "ministers gathered in a capital to discuss", text: "Defence ministers from the Sahel states gathered in Niamey on Monday to discuss the withdrawal of Western forces and a joint response to jihadist attacks, the host government said.", code: "040", src: "-", tgt: "-"},
		{why: "gathered for a parade is no consultation", text: "Defence ministers from the Sahel states gathered in Niamey on Monday for a military parade marking independence day, before returning to their capitals, the host government said.", code: "04", none: true},
		// 05 diplomatic cooperation
		{why: "signed a joint statement", text: "Egypt and Israel signed a joint statement in Cairo on Wednesday pledging to boost cooperation on natural gas exports to Europe, with the European Union's energy commissioner attending the ceremony.", code: "057", src: "EGY", tgt: "ISR"},
		{why: "issued a joint statement is no signature", text: "Egypt and Israel issued a joint statement in Cairo on Wednesday after the talks, saying the two sides had discussed natural gas exports to Europe and the situation in Gaza.", code: "057", none: true},
		{why: "inked a comprehensive strategic partnership", text: "Vietnam and the United States inked a comprehensive strategic partnership during the U.S. president's visit to Hanoi on Sunday, elevating ties between the former foes to the highest level in Vietnam's diplomatic hierarchy.", code: "057", src: "VNM", tgt: "USA"},
		{why: "struck a deal", text: "Britain and Japan struck a deal on Friday allowing their troops to be deployed on each other's soil, the first such defence pact Tokyo has signed with a European country, officials in both capitals said.", code: "057", src: "GBR", tgt: "JPN"},
		{why: "signed a petition-like statement is no agreement", text: "Thousands of Egyptians signed a statement on Wednesday calling for the release of a jailed blogger, in an online petition that rights groups said had gathered more than 20,000 names in two days.", code: "057", none: true},
		{why: "hailed a counterpart as a friend", text: "Russian President Vladimir Putin hailed his Chinese counterpart Xi Jinping as a dear friend on Tuesday and praised the special character of relations between Moscow and Beijing during talks at the Kremlin.", code: "051", src: "RUS", tgt: "CHN"},
		{why: "voiced support", text: "The African Union voiced support on Friday for the transitional authorities in Chad, saying the military council's pledge to hold elections within 18 months was a step in the right direction.", code: "051", src: "-", tgt: "TCD"},
		// 06 material cooperation
		{why: "kicked off joint military exercises", text: "The United States and the Philippines kicked off their largest-ever joint military exercises on Tuesday, with more than 17,000 troops taking part in drills near the disputed South China Sea, the Philippine military said.", code: "062", src: "USA", tgt: "PHL"},
		// 07 aid
		{why: "shipped vaccine doses", text: "China shipped 200,000 doses of its Sinopharm vaccine to Zimbabwe on Monday, a donation that Harare's information minister said would allow the country to begin inoculating health workers.", code: "073", src: "CHN", tgt: "ZWE"},
		{why: "sent troops to guard a vaccine plant is no aid", text: "India sent troops to Myanmar's border on Monday to guard the roads to a vaccine factory after a series of raids by insurgents, the defence ministry said in New Delhi.", code: "073", none: true},
		{why: "aircraft dropped food and water", text: "U.S. military aircraft dropped food and water to thousands of Afghans stranded in mountainous areas of the north on Saturday, a Pentagon spokesman said, as aid agencies warned of a humanitarian catastrophe.", code: "073", src: "USA", tgt: "-"},
		{why: "handed over cash", text: "Qatar handed over $30 million in cash to the Hamas-run government in Gaza on Friday to pay the salaries of civil servants and buy fuel for the strip's only power plant, a Qatari official said.", code: "071", src: "QAT", tgt: "PSE"},
		{why: "approved the release of a tranche", text: "The International Monetary Fund approved on Wednesday the release of $1.1 billion to Pakistan under a bailout agreed last year, a lifeline for the South Asian nation as it battles a balance of payments crisis.", code: "071", src: "-", tgt: "PAK"},
		{why: "earmarked billions in assistance for", text: "Japan earmarked another $5.5 billion in assistance for Ukraine on Monday, Prime Minister Fumio Kishida said, pledging to help the country rebuild power plants and bridges destroyed by Russian strikes.", code: "071", src: "JPN", tgt: "UKR"},
		{why: "approved the release of prisoners is no money", text: "Egypt's presidential pardon committee approved the release of 40 prisoners on Wednesday, including two journalists held for more than a year without trial, a member of the committee said.", code: "071", none: true},
		{why: "granted a deposit", text: "Kuwait granted Egypt a $2 billion deposit on Sunday to support its foreign reserves, the Kuwaiti news agency said, as Gulf states stepped up financial support for Cairo after the army's takeover.", code: "071", src: "KWT", tgt: "EGY"},
		{why: "set up a field hospital", text: "Jordan set up a field hospital in the southern Gaza Strip on Saturday, the army said, the second such facility it has established in the enclave since the start of the war.", code: "073", src: "JOR", tgt: "PSE"},
		{why: "approved an arms sale", text: "The United States approved the sale of $1.8 billion in weapons to Taiwan on Wednesday, including rocket launchers and air-to-ground missiles, prompting an angry reaction from Beijing.", code: "072", src: "USA", tgt: "TWN"},
		{why: "a board signed off on a programme", text: "The International Monetary Fund's executive board signed off on a $44 billion programme for Argentina on Friday, clearing the way for an immediate disbursement of about $9.6 billion.", code: "071", src: "-", tgt: "ARG"},
		{why: "provided systems for early warning is no arms", text: "Japan provided systems for early warning of tsunamis to Indonesia on Monday, as part of a disaster-preparedness programme funded by the Japan International Cooperation Agency.", code: "072", none: true},
		// 08 yielding
		{why: "bowed to weeks of mass protests", text: "Algerian President Abdelaziz Bouteflika bowed to weeks of mass protests on Monday and dropped his bid for a fifth term, postponing the April election and promising a national conference on reforms.", code: "080", src: "DZA", tgt: "-"},
		{why: "lifted a city's lockdown", text: "Chinese authorities lifted the lockdown of the city of Wuhan on Wednesday, allowing residents to leave for the first time in 76 days, state media reported, as the number of new infections dwindled.", code: "0813", src: "CHN", tgt: "-"},
		{why: "extended a lockdown is no easing", text: "Chinese authorities extended the lockdown of the city of Xi'an on Wednesday for another week, barring residents from leaving their homes except for testing, state media reported.", code: "081", none: true},
		{why: "handed over to a mission, then the captives", text: "Colombia's FARC rebels handed over to a humanitarian mission on Sunday a police officer and a soldier they had held captive for more than a decade, the Red Cross said in Bogota.", code: "0841", src: "-", tgt: "COL"},
		{why: "withdrawing heavy weapons from a planned zone", text: "Turkish troops and allied Syrian rebels began withdrawing heavy weapons from a planned buffer zone in Idlib province on Saturday, in line with a deal reached last month between Ankara and Moscow.", code: "087", src: "SYR", tgt: "-"},
		{why: "a planned zone is no plan withdrawn", text: "Turkish troops and allied Syrian rebels began withdrawing heavy weapons from a planned buffer zone in Idlib province on Saturday, in line with a deal reached last month between Ankara and Moscow.", code: "0832", none: true},
		{why: "extended a lockdown is no lifting", text: "Peru extended its coronavirus lockdown of the capital Lima to the end of June on Friday, President Martin Vizcarra said, as intensive care units in the city's hospitals neared capacity.", code: "0813", none: true},
		{why: "lifted its ban on imports", text: "Japan lifted its ban on imports of beef from the United States on Friday after a two-year suspension over mad cow disease, the agriculture ministry said in Tokyo.", code: "085", src: "JPN", tgt: "USA"},
		{why: "a ban lifted is no ban imposed", text: "Japan lifted its ban on imports of beef from the United States on Friday after a two-year suspension over mad cow disease, the agriculture ministry said in Tokyo.", code: "163", none: true},
		// 09 investigation
		{why: "reopened an inquiry", text: "Swedish prosecutors reopened their inquiry into a rape allegation against WikiLeaks founder Julian Assange on Monday, nearly seven years after the woman first filed her complaint in Stockholm.", code: "090", src: "SWE", tgt: "-"},
		// 11 disapproval
		{why: "blasted the decision by X", text: "Moscow blasted the decision by the U.S. Treasury to freeze the assets of Russian state companies as economic banditry, with the foreign ministry promising a tough response in the near future.", code: "111", src: "RUS", tgt: "USA"},
		{why: "militants blasted a bridge: no criticism", text: "Militants blasted a bridge on the main highway north of Kabul on Sunday, a day after the vote in parliament on the new security law, cutting the capital off from the northern provinces.", code: "111", none: true},
		{why: "found an unknown defendant guilty of", text: "A court in Minsk found opposition activist Maria Kolesnikova guilty of conspiracy to seize power on Monday and sentenced her to 11 years in prison, in a trial condemned by Western governments.", code: "116", src: "BLR", tgt: "-"},
		{why: "lodged a formal protest", text: "Seoul lodged a formal protest with Tokyo on Friday over a Japanese defence white paper that repeats the country's claim to a set of islets controlled by South Korea, the foreign ministry said.", code: "114", src: "KOR", tgt: "JPN"},
		{why: "lashed out at", text: "French President Emmanuel Macron lashed out at Turkey on Wednesday over its military operation in northern Syria, describing it as madness and warning that it risked reviving the Islamic State group.", code: "111", src: "FRA", tgt: "TUR"},
		{why: "took issue with remarks by", text: "The United Arab Emirates took issue on Tuesday with remarks by Qatar's foreign minister about the blockade, calling them a distortion of the facts, the state news agency WAM reported.", code: "110", src: "ARE", tgt: "QAT"},
		{why: "refused to rule out force is no rejected peacekeeping", text: "The Israeli prime minister refused to rule out the use of force against Iran's nuclear sites, telling a news conference in Jerusalem on Sunday that all options remained on the table.", code: "1224", none: true},
		// 13 threats
		{why: "warned X that it would", text: "China warned the United States on Tuesday that it would take resolute countermeasures if the speaker of the House of Representatives visited Taiwan, saying Washington would bear the consequences.", code: "130", src: "CHN", tgt: "USA"},
		{why: "gave a junta one week to", text: "West African leaders gave the military junta in Niger one week to reinstate the ousted president or face possible military action, after an emergency summit of the regional bloc in Abuja.", code: "139", src: "-", tgt: "NER"},
		{why: "weeks of training given is no deadline", text: "The United States gave Pakistan two weeks of intensive training in border security last year, the Pentagon said on Monday, in a programme that was later extended to Afghan police.", code: "139", none: true},
		{why: "rebuffed calls", text: "Israel rebuffed calls from Washington on Monday for a humanitarian pause in its offensive in Gaza, with the prime minister saying there would be no ceasefire until all hostages were released.", code: "120", src: "ISR", tgt: "-"},
		{why: "brushed aside criticism", text: "North Korea brushed aside international criticism of its latest missile launch on Wednesday, saying the test of what it called a new hypersonic weapon was a legitimate exercise of its right to self-defence.", code: "120", src: "PRK", tgt: "-"},
		// 14 protest
		{why: "took to the streets to protest", text: "Tens of thousands of people took to the streets of Tbilisi on Sunday to protest against a draft law on foreign agents that critics say mirrors legislation used by the Kremlin to silence dissent.", code: "141", src: "-", tgt: "GEO"},
		{why: "downed tools", text: "Workers at South Africa's state power utility Eskom downed tools on Tuesday in a dispute over wages, raising fears of even longer power cuts in a country already suffering rolling blackouts.", code: "143", src: "ZAF", tgt: "-"},
		{why: "stormed the official residence", text: "Protesters stormed the president's official residence in Colombo on Saturday, forcing him to flee, as tens of thousands of people gathered to demand his resignation over the economic crisis.", code: "145", src: "LKA", tgt: "-"},
		{why: "marched through a capital to demand", text: "Tens of thousands of people marched through central London on Saturday to demand a ceasefire in Gaza, in one of the largest demonstrations in the British capital in recent years, police said.", code: "141", src: "-", tgt: "-"},
		{why: "took part in a general strike", text: "Millions of Indian workers took part in a nationwide general strike on Tuesday called by the country's main trade unions against the government's economic policies, paralysing banks and transport.", code: "143", src: "IND", tgt: "-"},
		{why: "took part in talks to avert a strike is no strike", text: "Union leaders took part in talks with the Indian government on Tuesday to avert a nationwide general strike over pension reform, the labour ministry said after the meeting in New Delhi.", code: "143", none: true},
		// 15 force posture
		{why: "police deployed in large numbers", text: "Kenyan police deployed in large numbers across Nairobi on Tuesday ahead of planned anti-government protests, sealing off roads leading to the parliament building and the State House.", code: "150", src: "KEN", tgt: "-"},
		{why: "put the military on high alert", text: "Greece placed its armed forces on alert on Wednesday as a Turkish survey vessel escorted by warships headed for waters south of the island of Crete, a government spokesman said.", code: "152", src: "GRC", tgt: "-"},
		// 16-17 reduced relations and coercion
		{why: "X's decision to expel Y's ambassador", text: "Mali's decision to expel the French ambassador was a response to hostile remarks by French officials, a spokesman for the military government said on Tuesday, as relations between Bamako and Paris hit a new low.", code: "161", src: "MLI", tgt: "FRA"},
		{why: "slapped sanctions on", text: "The United States slapped sanctions on dozens of Russian officials and companies on Friday over the death in custody of an opposition leader, the Treasury Department said in a statement.", code: "163", src: "USA", tgt: "RUS"},
		{why: "announced a trade agreement sanctions nobody", text: "China announced a new trade agreement with Chile on Monday during the Chilean president's state visit to Beijing, cutting tariffs on copper, wine and fruit, the commerce ministry said.", code: "16", none: true},
		{why: "announced that a leader would travel sanctions nobody", text: "France sent a field hospital and 60 rescuers to Beirut on Wednesday after the huge explosion at the port, and President Emmanuel Macron announced he would travel to Lebanon on Thursday.", code: "16", none: true},
		{why: "ordered a rights group's liquidation", text: "Russia's Supreme Court ordered the closure of Memorial, the country's most prominent human rights group, on Tuesday, in a ruling that capped a year of crackdowns on independent media and civil society.", code: "172", src: "RUS", tgt: "-"},
		{why: "ordered the closure of schools is no sanction", text: "Kenya's education ministry ordered the closure of all schools in the capital on Monday as floods swept through Nairobi, leaving thousands of families homeless, the interior minister said.", code: "172", none: true},
		{why: "rounded up activists", text: "Hong Kong police rounded up 53 pro-democracy activists in dawn raids on Wednesday on suspicion of subversion, in the biggest crackdown since Beijing imposed a national security law on the city.", code: "173", src: "HKG", tgt: "-"},
		// 19 fighting
		{why: "pounded positions", text: "Israeli warplanes pounded Hamas positions in the Gaza Strip overnight in response to rocket fire from the enclave, the Israeli army said, the heaviest exchange since the truce brokered by Egypt in May.", code: "195", src: "ISR", tgt: "PSE"},
		{why: "seized control of a town", text: "Tuareg rebels seized control of the northern Malian town of Kidal on Saturday after government troops withdrew, a spokesman for the rebel movement said, in a major setback for the government in Bamako.", code: "192", src: "MLI", tgt: "MLI"},
		{why: "ambushed a patrol of soldiers", text: "Unidentified assailants ambushed a patrol of Malian soldiers near the border with Burkina Faso on Sunday, killing at least ten of them, the army said in a statement.", code: "190", src: "-", tgt: "MLI"},
		{why: "a port that resumed operations fights nobody", text: "Ukraine resumed operations at the port of Odesa on Monday after a three-day halt caused by Russian drone strikes, the infrastructure ministry said, allowing grain ships to load again.", code: "190", none: true},
		{why: "laid siege to", text: "Syrian government forces laid siege to the rebel-held eastern suburbs of Damascus, cutting off food and medicine to some 400,000 people, a monitoring group said on Sunday.", code: "191", src: "SYR", tgt: "-"},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		if c.none {
			for i := range evs {
				e := &evs[i]
				if !e.Modality.Negated && strings.HasPrefix(e.CAMEO, c.code) {
					t.Errorf("%s: %q coded %s %s>%s, want no %q event", c.why, c.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), c.code)
					break
				}
			}
			continue
		}
		var hit *event.Event
		for i := range evs {
			e := &evs[i]
			if e.Modality.Negated {
				continue
			}
			if e.CAMEO == c.code || (len(c.code) == 2 && e.CAMEORoot == c.code) {
				hit = e
				break
			}
		}
		if hit == nil {
			t.Errorf("%s: %q coded no %s event; got %s", c.why, c.text, c.code, describe(evs))
			continue
		}
		if c.src != "-" && !hasCountry(hit.Source, c.src) {
			t.Errorf("%s: %q source %s, want %s", c.why, c.text, actorCodes(hit.Source), c.src)
		}
		if c.tgt != "-" && !hasCountry(hit.Target, c.tgt) {
			t.Errorf("%s: %q target %s, want %s", c.why, c.text, actorCodes(hit.Target), c.tgt)
		}
	}
}
