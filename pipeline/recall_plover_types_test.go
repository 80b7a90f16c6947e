package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// ploverTypeCase is one sentence of the PLOVER-type stress test. code and
// plover are the exact CAMEO code and PLOVER type a non-negated event must
// carry; src and tgt are countries, "-" for unchecked. A must-not row sets
// not to a PLOVER type that no non-negated event of the sentence may have.
type ploverTypeCase struct {
	why, text    string
	code, plover string
	src, tgt     string
	not          string
}

// TestRecallPloverTypes codes wire-style sentences written for this test
// around the PLOVER types parley confused most: COERCE against ASSAULT
// (arrests, deportations, raids, seizures, curfews and bans are coercion,
// not violence), CONCEDE against RETREAT (the manual's line: pardons,
// apologies, lifted curfews and dropped policies are concessions; releases,
// withdrawals, handovers and resignations are retreats), AID, SUPPORT and
// COOPERATE. Each type is read through the CAMEO code, so a row checks the
// verb pattern and the ontology mapping together.
func TestRecallPloverTypes(t *testing.T) {
	p := newTestPipeline(t)
	cases := []ploverTypeCase{
		// COERCE: the state's hand on people and property, short of violence.
		{why: "arrest after a protest", text: "Police in Lagos arrested 40 protesters on Saturday after they blocked a highway to demand lower fuel prices.", code: "173", plover: "COERCE", src: "NGA", tgt: "-"},
		{why: "detention with a trailing attribution", text: "Turkish authorities detained a prominent journalist at Istanbul airport on charges of spreading propaganda, his lawyer said.", code: "173", plover: "COERCE", src: "TUR", tgt: "TUR"},
		{why: "deportation by flight", text: "Germany deported 28 Afghan men convicted of crimes on a charter flight to Kabul, the interior ministry said.", code: "174", plover: "COERCE", src: "DEU", tgt: "AFG"},
		{why: "raid and arrests: the arrest is coercion", text: "Israeli troops raided a refugee camp near Jenin before dawn and arrested 12 Palestinians, the army said.", code: "173", plover: "COERCE", src: "ISR", tgt: "PSE"},
		{why: "offices seized", text: "Venezuelan authorities seized the headquarters of El Nacional, the country's last big opposition daily, to settle a court judgment.", code: "1711", plover: "COERCE", src: "VEN", tgt: "VEN"},
		{why: "curfew imposed", text: "The military government in Myanmar imposed a night-time curfew on Yangon and Mandalay after weeks of street protests.", code: "1723", plover: "COERCE", src: "MMR", tgt: "-"},
		{why: "emergency declared", text: "Sri Lanka declared a state of emergency on Friday as protesters demanding the president's resignation surrounded his residence.", code: "1724", plover: "COERCE", src: "LKA", tgt: "-"},
		{why: "officials expelled", text: "Ethiopia expelled seven senior United Nations officials, accusing them of meddling in the country's internal affairs.", code: "174", plover: "COERCE", src: "ETH", tgt: "-"},
		{why: "a march banned", text: "Hungary banned the Pride march in Budapest, a move critics said was aimed at the LGBT community.", code: "1721", plover: "COERCE", src: "HUN", tgt: "-"},
		{why: "assets confiscated", text: "Saudi Arabia confiscated assets worth more than $100 billion from princes and businessmen held at the Ritz-Carlton hotel.", code: "1711", plover: "COERCE", src: "SAU", tgt: "SAU"},
		{why: "placed under martial law", text: "The Chinese government placed the Tibetan region under martial law in March 1989 after riots in Lhasa.", code: "1724", plover: "COERCE", src: "CHN", tgt: "-"},
		{why: "house arrest", text: "Pakistani authorities put former Prime Minister Imran Khan under house arrest in Lahore ahead of a planned rally.", code: "173", plover: "COERCE", src: "PAK", tgt: "PAK"},
		{why: "rounded up", text: "Cuban police rounded up dozens of dissidents ahead of a planned march in Havana.", code: "173", plover: "COERCE", src: "CUB", tgt: "CUB"},
		{why: "a leader arrested by the army", text: "The Sudanese army arrested Prime Minister Abdalla Hamdok and several cabinet ministers early on Monday and placed them under house arrest, the information ministry said.", code: "173", plover: "COERCE", src: "SDN", tgt: "SDN"},
		{why: "migrants deported", text: "The United States deported 80 Guatemalan migrants on a flight from Texas to Guatemala City on Friday, Guatemala's migration institute said.", code: "174", plover: "COERCE", src: "USA", tgt: "GTM"},
		{why: "equipment seized under a law", text: "Israel's government ordered the Al Jazeera office in Jerusalem closed and seized its broadcasting equipment under a new law, the communications minister said.", code: "1711", plover: "COERCE", src: "ISR", tgt: "-"},
		{why: "dateline, mass arrests", text: "NAIROBI, July 8 - Kenyan police arrested more than 500 people in Nairobi and other towns on Tuesday during protests over police brutality, the interior minister said.", code: "173", plover: "COERCE", src: "KEN", tgt: "KEN"},
		{why: "a crackdown with no weapon is coercion", text: "Security forces in Conakry cracked down on opposition supporters ahead of the referendum, a rights group said.", code: "170", plover: "COERCE", src: "GIN", tgt: "-"},
		{why: "a raid on offices is a search", text: "Police in Hanoi raided the offices of an environmental group and took away documents, a member of the group said.", code: "171", plover: "COERCE", src: "VNM", tgt: "-"},
		// ASSAULT beside them: violence against the person.
		{why: "beating", text: "Police beat protesters with batons in central Minsk, witnesses said.", code: "175", plover: "ASSAULT", src: "BLR", tgt: "BLR"},
		{why: "abduction", text: "Armed men abducted more than 200 schoolgirls from a school in Chibok in 2014.", code: "181", plover: "ASSAULT", src: "-", tgt: "NGA"},
		{why: "crowd-control weapons are ASSAULT (manual)", text: "Bangladeshi police fired rubber bullets and tear gas at garment workers demanding higher wages near Dhaka on Monday.", code: "175", plover: "ASSAULT", src: "BGD", tgt: "BGD"},
		// CONCEDE: concessions whose effect is a promise.
		{why: "amnesty is CONCEDE (manual)", text: "Myanmar's junta granted an amnesty to more than 5,000 prisoners to mark Buddhist Lent.", code: "056", plover: "CONCEDE", src: "MMR", tgt: "MMR"},
		{why: "a lifted curfew is CONCEDE (manual)", text: "The Jordanian government lifted the curfew in Amman after two days of calm.", code: "0813", plover: "CONCEDE", src: "JOR", tgt: "-"},
		{why: "a lifted emergency", text: "Egypt ended the state of emergency that had been in force since 2017, President Sisi announced on Facebook.", code: "0814", plover: "CONCEDE", src: "EGY", tgt: "-"},
		{why: "pardon", text: "The Algerian president pardoned 4,000 prisoners, including activists of the Hirak protest movement.", code: "056", plover: "CONCEDE", src: "DZA", tgt: "DZA"},
		{why: "demand accepted", text: "Sudan's military council agreed to the protesters' demand for a civilian-led transitional government.", code: "083", plover: "CONCEDE", src: "SDN", tgt: "-"},
		{why: "a fare rise scrapped under pressure", text: "The Chilean government bowed to pressure from students and scrapped the planned fare increase.", code: "0832", plover: "CONCEDE", src: "CHL", tgt: "-"},
		{why: "internet restored", text: "The Pakistani government restored mobile internet services in Islamabad after the protests ended.", code: "0811", plover: "CONCEDE", src: "PAK", tgt: "-"},
		{why: "party ban lifted", text: "Bahrain lifted the ban on the opposition Wefaq party after talks with Shiite leaders.", code: "0812", plover: "CONCEDE", src: "BHR", tgt: "BHR"},
		{why: "apology is CONCEDE (manual)", text: "The Iraqi prime minister apologised to the families of the victims of the shooting in Nasiriyah.", code: "055", plover: "CONCEDE", src: "IRQ", tgt: "IRQ"},
		{why: "a bill withdrawn", text: "France's government withdrew the controversial pension bill after millions took to the streets.", code: "0832", plover: "CONCEDE", src: "FRA", tgt: "-"},
		{why: "a price rise scrapped after a fronted clause", text: "Following weeks of demonstrations in the capital, the Armenian government scrapped the planned increase in electricity prices.", code: "0832", plover: "CONCEDE", src: "ARM", tgt: "-"},
		{why: "a repressive force suspended", text: "The Iranian government suspended the morality police after months of protests, the attorney general said.", code: "082", plover: "CONCEDE", src: "IRN", tgt: "-"},
		{why: "charges dropped", text: "Prosecutors in Tunisia dropped charges against a blogger who had criticised the president on Facebook, his lawyer said.", code: "081", plover: "CONCEDE", src: "TUN", tgt: "TUN"},
		{why: "a walkout suspended", text: "Striking doctors in Nigeria suspended their walkout to allow talks with the health ministry, the union said.", code: "082", plover: "CONCEDE", src: "NGA", tgt: "-"},
		{why: "regret in a released statement", text: "The Israeli military issued a statement expressing regret for the deaths of three aid workers in the strike.", code: "055", plover: "CONCEDE", src: "ISR", tgt: "-"},
		// RETREAT: releases, withdrawals, handovers and resignations.
		{why: "prisoners released", text: "Israel released 39 Palestinian prisoners on Friday as part of the truce deal with Hamas.", code: "0841", plover: "RETREAT", src: "ISR", tgt: "PSE"},
		{why: "troops withdrew", text: "Russian troops withdrew from Kherson in November 2022, handing the city back to Ukrainian control.", code: "0874", plover: "RETREAT", src: "RUS", tgt: "UKR"},
		{why: "villages handed over", text: "Armenia handed over four villages in the Tavush region to Azerbaijan under a border agreement.", code: "0842", plover: "RETREAT", src: "ARM", tgt: "AZE"},
		{why: "weapons handed over", text: "FARC rebels handed over their weapons to United Nations monitors in 2017.", code: "0873", plover: "RETREAT", src: "COL", tgt: "-"},
		{why: "inspectors let in", text: "Syria allowed United Nations inspectors into the site of the suspected chemical attack near Damascus.", code: "0862", plover: "RETREAT", src: "SYR", tgt: "-"},
		{why: "blockade lifted", text: "Saudi Arabia lifted its blockade of Qatar in January 2021.", code: "0872", plover: "RETREAT", src: "SAU", tgt: "QAT"},
		{why: "Red Cross let visit prisoners", text: "Turkey allowed Red Cross officials to visit the detained journalists.", code: "086", plover: "RETREAT", src: "TUR", tgt: "-"},
		{why: "resignation is RETREAT/resign (manual)", text: "Iraq's Prime Minister Adel Abdul Mahdi resigned in December 2019 after two months of protests in which more than 400 people were killed.", code: "0831", plover: "RETREAT", src: "IRQ", tgt: "-"},
		{why: "minister resigned", text: "Ukraine's defence minister resigned on Monday after weeks of criticism over procurement scandals.", code: "0831", plover: "RETREAT", src: "UKR", tgt: "-"},
		{why: "forces withdrew under an agreement", text: "The Azerbaijani army entered the Kalbajar district in November 2020 after Armenian forces withdrew under the ceasefire agreement brokered by Moscow.", code: "0874", plover: "RETREAT", src: "ARM", tgt: "-"},
		{why: "tanker handed over", text: "Iran handed over the British-flagged tanker Stena Impero to its owners in September 2019, the port authority said.", code: "0842", plover: "RETREAT", src: "IRN", tgt: "-"},
		{why: "ship and crew released", text: "Somali pirates released the Chinese fishing vessel and its 18 crew members after a ransom was paid, the Chinese embassy in Nairobi said.", code: "0841", plover: "RETREAT", src: "SOM", tgt: "CHN"},
		{why: "control of a town given up", text: "Retreating Russian forces gave up control of the northern town of Lyman in October 2022 after being encircled.", code: "0874", plover: "RETREAT", src: "RUS", tgt: "-"},
		{why: "a resignation accepted", text: "The Lebanese president accepted the resignation of Prime Minister Hassan Diab's government days after the Beirut port blast.", code: "0831", plover: "RETREAT", src: "LBN", tgt: "-"},
		{why: "security handed over", text: "French troops handed over security in Gao to the Malian army before leaving the country in 2022.", code: "0874", plover: "RETREAT", src: "FRA", tgt: "MLI"},
		// AID: material help whose benefit goes to the recipient.
		{why: "relief goods", text: "The European Union sent 500 tonnes of food and medicine to earthquake survivors in western Afghanistan.", code: "073", plover: "AID", src: "-", tgt: "AFG"},
		{why: "weapons package", text: "The United States approved a $1.2 billion weapons package for Ukraine, including air defence systems.", code: "072", plover: "AID", src: "USA", tgt: "UKR"},
		{why: "asylum", text: "Ecuador granted asylum to WikiLeaks founder Julian Assange at its embassy in London in 2012.", code: "075", plover: "AID", src: "ECU", tgt: "-"},
		{why: "a sum granted", text: "The World Bank granted Ethiopia $400 million to improve roads and water supplies.", code: "071", plover: "AID", src: "-", tgt: "ETH"},
		// M20 (s20): a rescue of captives from their captors is no event.
		{why: "a rescue is AID (manual)", text: "Nigerian soldiers rescued 200 villagers trapped by floods in Kogi state, the army said.", code: "070", plover: "AID", src: "NGA", tgt: "-"},
		{why: "refugees sheltered", text: "Turkey sheltered about 3.6 million Syrian refugees.", code: "075", plover: "AID", src: "TUR", tgt: "SYR"},
		{why: "a loan provided", text: "Russia provided Belarus with a $1.5 billion loan after weeks of protests against President Alexander Lukashenko.", code: "071", plover: "AID", src: "RUS", tgt: "BLR"},
		{why: "missiles delivered", text: "The Pentagon delivered Stinger missiles and Javelin anti-tank weapons to Ukraine in the weeks before the Russian invasion.", code: "072", plover: "AID", src: "USA", tgt: "UKR"},
		{why: "loans written off (manual: debt forgiveness is AID)", text: "Saudi Arabia wrote off $6 billion in loans owed by Iraq, the Iraqi finance ministry said.", code: "071", plover: "AID", src: "SAU", tgt: "IRQ"},
		{why: "a sum given", text: "Kuwait gave $100 million to the United Nations agency for Palestinian refugees, the foreign ministry said.", code: "071", plover: "AID", src: "KWT", tgt: "-"},
		{why: "temporary protection is asylum", text: "Ireland granted temporary protection to more than 100,000 people who fled the war in Ukraine, the justice ministry said.", code: "075", plover: "AID", src: "IRL", tgt: "UKR"},
		// SUPPORT: verbal and diplomatic backing.
		{why: "praise", text: "The French president praised Morocco's role in fighting terrorism during a visit to Rabat.", code: "051", plover: "SUPPORT", src: "FRA", tgt: "MAR"},
		{why: "recognition of a state", text: "Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday, prompting an angry response from Israel.", code: "054", plover: "SUPPORT", src: "ESP", tgt: "PSE"},
		{why: "a transfer of power hailed", text: "The European Union hailed the peaceful transfer of power in Senegal as an example for the region, its foreign policy chief said.", code: "051", plover: "SUPPORT", src: "-", tgt: "-"},
		{why: "commendation", text: "The United States commended Kenya for leading the multinational security mission to Haiti.", code: "051", plover: "SUPPORT", src: "USA", tgt: "KEN"},
		{why: "defended verbally", text: "Russia defended Syria at the United Nations Security Council, blocking a resolution condemning Damascus.", code: "052", plover: "SUPPORT", src: "RUS", tgt: "SYR"},
		// COOPERATE: mutual material exchange.
		{why: "extradition", text: "Mexico extradited the drug cartel leader Joaquin Guzman to the United States in January 2017, the Mexican foreign ministry said.", code: "063", plover: "COOPERATE", src: "MEX", tgt: "USA"},
		{why: "joint air and naval exercise", text: "Greece and Egypt held a joint air and naval exercise in the eastern Mediterranean, the Greek defence ministry said.", code: "062", plover: "COOPERATE", src: "GRC", tgt: "EGY"},
		{why: "coordinated patrols", text: "Indonesian and Malaysian navies launched coordinated patrols in the Malacca Strait to fight piracy, officials said.", code: "062", plover: "COOPERATE", src: "IDN", tgt: "MYS"},
		{why: "intelligence exchanged", text: "The Turkish and Iraqi intelligence services exchanged information about Kurdish militants operating in northern Iraq.", code: "064", plover: "COOPERATE", src: "TUR", tgt: "IRQ"},
		{why: "exports resumed", text: "Egypt resumed gas exports to Jordan after a five-year halt caused by attacks on the Sinai pipeline.", code: "061", plover: "COOPERATE", src: "EGY", tgt: "JOR"},
		{why: "electricity supplied", text: "India began supplying electricity to Sri Lanka through a new undersea cable, the power ministry said.", code: "061", plover: "COOPERATE", src: "IND", tgt: "LKA"},
		{why: "joint investigation into a killing", text: "Colombian and Ecuadorean police opened a joint investigation into the killing of three journalists near the border.", code: "063", plover: "COOPERATE", src: "COL", tgt: "ECU"},
		{why: "joint patrol flown", text: "Chinese and Russian warplanes flew a joint patrol over the East China Sea on Tuesday, Japan's defence ministry said.", code: "062", plover: "COOPERATE", src: "CHN", tgt: "RUS"},
		{why: "joint drills of a named branch", text: "Saudi and Pakistani forces carried out joint air force drills near Taif last week, the Saudi defence ministry said.", code: "062", plover: "COOPERATE", src: "SAU", tgt: "PAK"},

		// Must not: the neighbouring type, where the act is the other one.
		{why: "an arrest is no assault", text: "Police in Dhaka arrested 30 opposition activists on Sunday ahead of a planned general strike, a police spokesman said.", not: "ASSAULT"},
		{why: "a detention is no assault", text: "Georgian police detained dozens of protesters outside parliament late on Thursday, the interior ministry said.", not: "ASSAULT"},
		{why: "a deportation is no assault", text: "Tunisian authorities deported a French journalist who had been covering the protests, the foreign ministry said.", not: "ASSAULT"},
		{why: "an ambush is no coercion", text: "Rebels ambushed an army convoy in the north, killing 14 soldiers, the military said.", not: "COERCE"},
		{why: "a lifted curfew is no retreat", text: "The Turkish government lifted the curfew in Diyarbakir on Monday after a week of clashes.", not: "RETREAT"},
		{why: "days of calm are no de-escalation", text: "The Jordanian government lifted the curfew in Amman after two days of calm.", not: "RETREAT"},
		{why: "a release is no concession", text: "The rebels released 20 hostages on Saturday after mediation by tribal elders.", not: "CONCEDE"},
		{why: "a withdrawal is no concession", text: "Israeli troops withdrew from the West Bank city of Nablus after a three-day raid, residents said.", not: "CONCEDE"},
		{why: "a resignation is no concession", text: "The Lebanese prime minister resigned on Sunday, citing a plot against his life.", not: "CONCEDE"},
		{why: "praise for aid is no aid", text: "The European Union praised Kenya for hosting refugees from Somalia.", not: "AID"},
		{why: "aid is no verbal support", text: "Canada sent 200 tonnes of food aid to Haiti.", not: "SUPPORT"},
		{why: "forces withdrawing under an agreement leave no treaty", text: "Russian forces withdrew under the terms of the agreement signed in Minsk.", not: "SANCTION"},
		{why: "leaving a treaty is no retreat", text: "Mali withdrew from the defence agreement with France.", not: "RETREAT"},
		{why: "a clash is no cooperation", text: "Chinese and Indian troops clashed along the disputed Himalayan border, the Indian army said.", not: "COOPERATE"},
		{why: "rescue workers are no rescue by a state", text: "Rescue workers searched the rubble in Antakya on Tuesday, the Turkish disaster agency said.", not: "AID"},
		{why: "an import ban in March is no curb on marches", text: "Egypt banned imports of Indian rice in March, the trade ministry said.", not: "COERCE"},
		{why: "an alert is no coercion", text: "Kenya placed soldiers along the Somali border on alert under a presidential directive.", not: "COERCE"},
		{why: "bail is no aid", text: "The court granted bail to the Ugandan opposition leader.", not: "AID"},
		{why: "a news conference is no exercise", text: "Greece held a joint news conference after the naval exercise.", not: "COOPERATE"},
		{why: "a walkout suspended for talks halts no talks", text: "Striking doctors in Nigeria suspended their walkout to allow talks with the health ministry, the union said.", not: "SANCTION"},
		{why: "protests suspended for mediation halt no mediation", text: "Opposition parties in Togo suspended their street protests to allow mediation by regional leaders, a spokesman said.", not: "SANCTION"},
		{why: "a statement released frees nobody", text: "The Israeli military issued a statement expressing regret for the deaths of three aid workers in the strike.", not: "RETREAT"},
		{why: "a statement released frees nobody (release)", text: "The Malian junta released a statement expressing regret for the deaths of civilians in a drone strike on a wedding in the north.", not: "RETREAT"},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2020-01-01", c.text)
		if c.not != "" {
			for i := range evs {
				e := &evs[i]
				if !e.Modality.Negated && e.PLOVER.Type == c.not {
					t.Errorf("%s: %q coded %s %s %s>%s, want no %s event", c.why, c.text, e.CAMEO, e.PLOVER.Type, actorCodes(e.Source), actorCodes(e.Target), c.not)
					break
				}
			}
			continue
		}
		var hit *event.Event
		for i := range evs {
			if evs[i].CAMEO == c.code && !evs[i].Modality.Negated {
				hit = &evs[i]
				break
			}
		}
		if hit == nil {
			t.Errorf("%s: %q coded no %s event; got %s", c.why, c.text, c.code, describe(evs))
			continue
		}
		if hit.PLOVER.Type != c.plover {
			t.Errorf("%s: %q %s maps to PLOVER %s, want %s", c.why, c.text, c.code, hit.PLOVER.Type, c.plover)
		}
		if c.src != "-" && !hasCountry(hit.Source, c.src) {
			t.Errorf("%s: %q source %s, want %s", c.why, c.text, actorCodes(hit.Source), c.src)
		}
		if c.tgt != "-" && !hasCountry(hit.Target, c.tgt) {
			t.Errorf("%s: %q target %s, want %s", c.why, c.text, actorCodes(hit.Target), c.tgt)
		}
	}
}
