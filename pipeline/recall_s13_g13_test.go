package pipeline

import "testing"

// Session 13, brief G13 (targets). Every sentence here was written for
// this file, in the style of agency wire copy; none is from a dev or
// probe set.

// TestS13G13ThemeNotTarget: what is sent is not whom it is sent to. A bare
// sector naming the vehicles sent ("military aircraft", "navy ships"),
// whose country only the story gives, is the sender's own thing; the
// place or party after "to" is the target.
func TestS13G13ThemeNotTarget(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "aircraft sent carrying aid", text: "Australia sent military aircraft carrying medicine to Aceh after the earthquake.", code: "07", src: "AUS", tgt: "IDN"},
		{why: "aircraft sent carrying aid", text: "Japan dispatched military planes loaded with tents and blankets to Mindanao.", code: "07", src: "JPN", tgt: "PHL"},
		{why: "aircraft sent carrying aid", text: "The United States sent military helicopters carrying food and water to Port-au-Prince.", code: "07", src: "USA", tgt: "HTI"},
		{why: "aircraft sent carrying aid", text: "Turkey sent trucks carrying food to Idlib on Tuesday.", code: "07", src: "TUR", tgt: "SYR"},
		{why: "aircraft sent carrying aid", text: "China dispatched military aircraft loaded with tents to Pakistan after the floods.", code: "07", src: "CHN", tgt: "PAK"},
		{why: "aircraft sent carrying aid", text: "France sent navy ships carrying medical supplies to Beirut after the port explosion.", code: "07", src: "FRA", tgt: "LBN"},
		{why: "aircraft sent carrying aid", text: "Russia sent military planes carrying rescue equipment to Belgrade in 1999.", code: "07", src: "RUS", tgt: "SRB"},
		{why: "aircraft sent carrying aid", text: "Britain sent navy vessels carrying medicine to Sierra Leone during the Ebola outbreak.", code: "07", src: "GBR", tgt: "SLE"},
		{why: "aircraft sent carrying aid", text: "Egypt sent trucks loaded with food and medicine to Gaza through the Rafah crossing.", code: "07", src: "EGY", tgt: "PSE"},
		{why: "aircraft sent carrying aid", text: "Qatar sent military aircraft carrying food to Mogadishu during the 2011 famine.", code: "07", src: "QAT", tgt: "SOM"},
		{why: "aircraft sent carrying aid", text: "Germany sent military planes carrying tents and blankets to southern Turkey after the earthquake.", code: "07", src: "DEU", tgt: "TUR"},
		{why: "aircraft sent carrying aid", text: "Saudi Arabia sent military aircraft carrying food aid to Khartoum.", code: "07", src: "SAU", tgt: "SDN"},
		{why: "aircraft sent carrying aid", text: "The United States sent military helicopters carrying food to Pakistan after the 2005 quake.", code: "07", src: "USA", tgt: "PAK"},
		{why: "aircraft sent carrying aid", text: "Norway sent military aircraft carrying tents and medicine to Mozambique after the cyclone.", code: "07", src: "NOR", tgt: "MOZ"},
		{why: "aircraft sent carrying aid", text: "Spain sent military aircraft carrying rescue teams to Morocco after the earthquake.", code: "07", src: "ESP", tgt: "MAR"},
	})
	// The sender's own country never receives.
	for _, text := range []string{
		"Australia sent military aircraft carrying medicine to Aceh after the earthquake.",
		"Norway sent military aircraft carrying tents and medicine to Mozambique after the cyclone.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEORoot == "07" && len(e.Source) > 0 && hasCountry(e.Target, e.Source[0].Country) {
				t.Errorf("%q: aid to the sender itself, %s>%s", text, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
}

// TestS13G13HandedPronoun: a person arrested and then "handed him over to"
// another party is given to that party: the pronoun is the one handed,
// the party after "to" the target. A pronoun after other verbs still
// names the party the clause before acted on.
func TestS13G13HandedPronoun(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "handed him over to", text: "French police arrested a suspected ETA leader near Pau and handed him over to Spanish authorities.", code: "06", src: "FRA", tgt: "ESP"},
		{why: "handed him over to", text: "Kenyan police arrested the genocide suspect in Nairobi and handed him over to Rwandan authorities.", code: "06", src: "KEN", tgt: "RWA"},
		{why: "handed him over to", text: "Malaysian police detained the Uighur activist and handed him to Chinese agents at the airport.", code: "06", src: "MYS", tgt: "CHN"},
		{why: "handed him over to", text: "Thai police arrested the dissident publisher in Pattaya and handed him over to Chinese police.", code: "06", src: "THA", tgt: "CHN"},
		{why: "handed him over to", text: "Turkish police arrested the former Nigerian minister in Istanbul and handed him over to US prosecutors.", code: "06", src: "TUR", tgt: "USA"},
		{why: "handed him over to", text: "Emirati authorities detained the former minister in Dubai and handed him over to Pakistani police.", code: "06", src: "ARE", tgt: "PAK"},
		{why: "handed him over to", text: "South African police arrested the fugitive banker and handed him over to German prosecutors.", code: "06", src: "ZAF", tgt: "DEU"},
		{why: "handed him over to", text: "Indonesian police caught the escaped drug smuggler in Bali and handed her over to Australian authorities.", code: "06", src: "IDN", tgt: "AUS"},
		{why: "handed him over to", text: "Brazilian police captured the former militant in Bolivia and handed him over to Italian police in 2019.", code: "06", src: "BRA", tgt: "ITA"},
		{why: "handed him over to", text: "Sudanese security forces seized Carlos the Jackal in Khartoum and handed him over to French authorities in 1994.", code: "06", src: "SDN", tgt: "FRA"},
		{why: "handed him over to", text: "Pakistani agents arrested the al Qaeda planner in Rawalpindi and handed him over to US authorities.", code: "06", src: "PAK", tgt: "USA"},
		{why: "handed him over to", text: "Swiss police arrested the FIFA official in Zurich and handed him over to US authorities.", code: "06", src: "CHE", tgt: "USA"},
		{why: "handed him over to", text: "Kuwaiti police detained the Egyptian cleric and handed him over to Egyptian authorities in 2020.", code: "06", src: "KWT", tgt: "EGY"},
		{why: "handed him over to", text: "Georgian police arrested the Chechen militant in Tbilisi and handed him over to Russian authorities.", code: "06", src: "GEO", tgt: "RUS"},
		{why: "charged him: the pronoun is still the target", text: "Kenyan police arrested the opposition leader in Kisumu and charged him with treason.", code: "17", src: "KEN", tgt: "KEN"},
		{why: "accusing it of: the pronoun is still the target", text: "Washington suspended military aid to Pakistan, accusing it of harbouring militants.", code: "11", src: "USA", tgt: "PAK"},
	})
}

// TestS13G13ConditionParty: a threat whose that-clause has the
// threatener's own state acting is aimed at the party of the "if" or
// "unless" clause; a that-clause naming another state keeps it.
func TestS13G13ConditionParty(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "own state acts if another does", text: "Putin warned that Moscow would respond if Ukraine used Western missiles to strike Russia.", code: "13", src: "RUS", tgt: "UKR"},
		{why: "own state acts if another does", text: "Beijing warned that China would retaliate if Washington imposed new tariffs on Chinese goods.", code: "13", src: "CHN", tgt: "USA"},
		{why: "own state acts if another does", text: "Iran's foreign minister warned that Tehran would respond decisively if Israel attacked its nuclear sites.", code: "13", src: "IRN", tgt: "ISR"},
		{why: "own state acts if another does", text: "Pyongyang warned that North Korea would take military action if South Korea resumed the loudspeaker broadcasts.", code: "13", src: "PRK", tgt: "KOR"},
		{why: "own state acts if another does", text: "Ankara warned that Turkey would intervene if Syrian forces advanced on Idlib.", code: "13", src: "TUR", tgt: "SYR"},
		{why: "own state acts if another does", text: "The Kremlin warned that Russia would take countermeasures if NATO deployed troops in Ukraine.", code: "13", src: "RUS", tgt: "IGO"},
		{why: "own state acts if another does", text: "New Delhi warned that India would strike back if Pakistan sheltered the attackers.", code: "13", src: "IND", tgt: "PAK"},
		{why: "own state acts if another does", text: "Washington warned that the United States would act if Iran closed the Strait of Hormuz.", code: "13", src: "USA", tgt: "IRN"},
		{why: "own state acts if another does", text: "Beijing warned that China would use force if Taiwan declared independence.", code: "13", src: "CHN", tgt: "TWN"},
		{why: "own state acts if another does", text: "Israel warned that the Israeli army would hit back hard unless Lebanon reined in Hezbollah.", code: "13", src: "ISR", tgt: "LBN"},
		{why: "own state acts if another does", text: "Cairo warned that Egypt would take all measures if Ethiopia began filling the dam.", code: "13", src: "EGY", tgt: "ETH"},
		{why: "own state acts if another does", text: "London warned in 1982 that Britain would use force if Argentina did not withdraw from the Falklands.", code: "13", src: "GBR", tgt: "ARG"},
		{why: "own state acts if another does", text: "Caracas warned that Venezuela would retaliate if Colombian troops crossed the border.", code: "13", src: "VEN", tgt: "COL"},
		{why: "own state acts if another does", text: "Islamabad warned that Pakistan would respond in kind if India carried out a nuclear test.", code: "13", src: "PAK", tgt: "IND"},
		{why: "own state acts if another does", text: "Baku warned that Azerbaijan would retaliate if Armenian forces shelled its villages.", code: "13", src: "AZE", tgt: "ARM"},
		{why: "own state acts if another does", text: "Moscow warned that Russia would respond if the United States deployed missiles in Europe.", code: "13", src: "RUS", tgt: "USA"},
		{why: "another state in the that-clause keeps it", text: "Kyiv warned that Russia would launch a new offensive if Western aid faltered.", code: "13", src: "UKR", tgt: "RUS"},
		{why: "another state in the that-clause keeps it", text: "Seoul warned that North Korea would face grave consequences if it carried out another nuclear test.", code: "13", src: "KOR", tgt: "PRK"},
	})
}

// TestS13G13EmbassyViolence: violence at a state's embassy or consulate
// abroad, told with "outside", "near", "at" or "in front of" and no
// other target, is aimed at the embassy's state, and so are its unnamed
// dead; the host state stands for no attacker of premises it guards. An
// attack by the embassy's own state's forces keeps its victims.
func TestS13G13EmbassyViolence(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "violence at a state's premises abroad", text: "A car bomb exploded outside the US embassy in Beirut in 1983, killing 63 people.", code: "18", src: "-", tgt: "USA"},
		{why: "violence at a state's premises abroad", text: "A suicide bomber blew himself up outside the Indian embassy in Kabul, killing 41 people.", code: "18", src: "-", tgt: "IND"},
		{why: "violence at a state's premises abroad", text: "Bombs exploded outside the US embassies in Nairobi and Dar es Salaam in 1998.", code: "18", src: "-", tgt: "USA"},
		{why: "violence at a state's premises abroad", text: "A car bomb exploded outside the Israeli embassy in Buenos Aires in 1992.", code: "18", src: "-", tgt: "ISR"},
		{why: "violence at a state's premises abroad", text: "A suicide car bomb exploded outside the Danish embassy in Islamabad in 2008.", code: "18", src: "-", tgt: "DNK"},
		{why: "violence at a state's premises abroad", text: "Two suicide bombers struck outside the Iranian embassy in Beirut, killing 23 people.", code: "18", src: "-", tgt: "IRN"},
		{why: "violence at a state's premises abroad", text: "A car bomb exploded outside the Pakistani embassy in Kabul on Monday.", code: "18", src: "-", tgt: "PAK"},
		{why: "violence at a state's premises abroad", text: "A bomb exploded outside the Egyptian embassy in Islamabad in 1995.", code: "18", src: "-", tgt: "EGY"},
		{why: "violence at a state's premises abroad", text: "A bomb exploded outside the British consulate in Istanbul in 2003.", code: "18", src: "-", tgt: "GBR"},
		{why: "violence at a state's premises abroad", text: "A truck bomb exploded outside the Jordanian embassy in Baghdad in August 2003.", code: "18", src: "-", tgt: "JOR"},
		{why: "violence at a state's premises abroad", text: "A suicide bomber blew himself up outside the US embassy in Ankara, killing a Turkish guard.", code: "18", src: "-", tgt: "USA"},
		{why: "violence at a state's premises abroad", text: "A suicide bomber blew himself up outside the Russian embassy in Kabul, killing two diplomats.", code: "18", src: "-", tgt: "RUS"},
		{why: "violence at a state's premises abroad", text: "A car bomb exploded outside the Chinese embassy in Bishkek, wounding three people.", code: "18", src: "-", tgt: "CHN"},
		{why: "violence at a state's premises abroad", text: "A car bomb exploded outside the French embassy in Tripoli, wounding two guards.", code: "18", src: "-", tgt: "FRA"},
		{why: "violence at a state's premises abroad", text: "Two bombs exploded outside the Indian consulate in Jalalabad on Sunday.", code: "18", src: "-", tgt: "IND"},
		{why: "violence at a state's premises abroad", text: "A car bomb exploded in front of the Turkish embassy in Mogadishu, killing seven people.", code: "18", src: "-", tgt: "TUR"},
		{why: "violence at a state's premises abroad", text: "A car bomb exploded outside the Australian embassy in Jakarta in 2004, killing nine people.", code: "18", src: "-", tgt: "AUS"},
		{why: "violence at a state's premises abroad", text: "A bomb exploded outside the Italian consulate in Cairo in 2015, killing one person.", code: "18", src: "-", tgt: "ITA"},
		{why: "violence at a state's premises abroad", text: "A suicide bomber attacked a checkpoint outside the US embassy in Kabul, killing 13 people.", code: "18", src: "-", tgt: "USA"},
		{why: "violence at a state's premises abroad", text: "A car bomb exploded outside the Israeli embassy in London in 1994, wounding 14 people.", code: "18", src: "-", tgt: "ISR"},
		{why: "violence at a state's premises abroad", text: "A bomb went off outside the Japanese embassy in Lima, damaging nearby houses.", code: "18", src: "-", tgt: "JPN"},
		{why: "violence at a state's premises abroad", text: "A car bomb exploded outside the German consulate in Mazar-i-Sharif, killing six people.", code: "18", src: "-", tgt: "DEU"},
		{why: "violence at a state's premises abroad", text: "A bomb exploded outside the US consulate in Peshawar in 2010, killing eight people.", code: "18", src: "-", tgt: "USA"},
		{why: "violence at a state's premises abroad", text: "A car bomb exploded at the Spanish embassy in Kabul, killing two policemen.", code: "18", src: "-", tgt: "ESP"},
		{why: "violence at a state's premises abroad", text: "Militants fired rockets at the US embassy in Baghdad's Green Zone.", code: "19", src: "-", tgt: "USA"},
		{why: "violence at a state's premises abroad", text: "Gunmen attacked the Turkish embassy in Kabul on Tuesday.", code: "19", src: "-", tgt: "TUR"},
		{why: "violence at a state's premises abroad", text: "A suicide bomber attacked the Chinese embassy in Bishkek in 2016.", code: "18", src: "-", tgt: "CHN"},
		{why: "violence at a state's premises abroad", text: "Gunmen attacked the US consulate in Benghazi on September 11, 2012.", code: "19", src: "-", tgt: "USA"},
		{why: "violence at a state's premises abroad", text: "Protesters set fire to the Danish embassy in Damascus in 2006.", code: "14", src: "-", tgt: "DNK"},
		{why: "violence at a state's premises abroad", text: "Hundreds of Vietnamese protested outside the Chinese embassy in Hanoi on Sunday.", code: "14", src: "-", tgt: "CHN"},
		{why: "violence at a state's premises abroad", text: "Demonstrators rallied outside the French embassy in Niamey.", code: "14", src: "-", tgt: "FRA"},
		{why: "named victims of another state stay", text: "US marines opened fire outside the US embassy in Kabul, killing two Afghan men.", code: "19", src: "USA", tgt: "AFG"},
	})
	// "near" only locates: the dead of the place are the target.
	checkRootCases(t, p, []rootCase{
		{why: "near an embassy", text: "A suicide truck bomb exploded near the Dutch embassy in Kabul during the rush hour, killing 40 people.", code: "18", src: "-", tgt: "AFG"},
		{why: "near an embassy", text: "A car bomb exploded near the Indian embassy in Baghdad, killing 15 Iraqi shoppers.", code: "18", src: "-", tgt: "IRQ"},
	})
	for _, c := range []struct{ text, host string }{
		{"A bomb exploded outside the US embassy in Kabul, killing ten Afghan soldiers.", "AFG"},
		{"A car bomb exploded outside the Israeli embassy in Buenos Aires in 1992.", "ARG"},
		{"A car bomb exploded outside the French embassy in Tripoli, wounding two guards.", "LBY"},
		{"A suicide bomber blew himself up outside the US embassy in Ankara, killing a Turkish guard.", "TUR"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if e.CAMEORoot == "18" && hasCountry(e.Source, c.host) {
				t.Errorf("%q: the host is no attacker of the embassy, got source %s", c.text, actorCodes(e.Source))
			}
			if e.CAMEO == "190" {
				t.Errorf("%q: the killing is the bombing's harm, got a second event 190 %s>%s", c.text, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
}

// TestS13G13BorderWith: a show of force moved to one's own border "with"
// or "of" a state, with the border's words between ("to its southern
// border with Serbia", "to its land border with Turkey"), is aimed at
// that state; a border with no state named, or a partner or approval
// after "with", gives none.
func TestS13G13BorderWith(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "units moved to a border with a state", text: "Hungary deployed army units to its southern border with Serbia as new fences went up to stop migrants.", code: "15", src: "HUN", tgt: "SRB"},
		{why: "units moved to a border with a state", text: "Greece sent extra police units to its land border with Turkey as thousands of migrants gathered.", code: "15", src: "GRC", tgt: "TUR"},
		{why: "units moved to a border with a state", text: "India moved additional army units to its eastern border with China after the clash.", code: "15", src: "IND", tgt: "CHN"},
		{why: "units moved to a border with a state", text: "Poland deployed army units to its eastern border with Belarus as migrants tried to cross.", code: "15", src: "POL", tgt: "BLR"},
		{why: "units moved to a border with a state", text: "Turkey sent army units to its southern border with Syria on Sunday.", code: "15", src: "TUR", tgt: "SYR"},
		{why: "units moved to a border with a state", text: "Russia moved army units to its western border with Ukraine in the spring of 2021.", code: "15", src: "RUS", tgt: "UKR"},
		{why: "units moved to a border with a state", text: "Pakistan deployed army units to its western border with Afghanistan after the attack.", code: "15", src: "PAK", tgt: "AFG"},
		{why: "units moved to a border with a state", text: "Kenya deployed army units to its northeastern border with Somalia in 2011.", code: "15", src: "KEN", tgt: "SOM"},
		{why: "units moved to a border with a state", text: "Thailand sent army units to its eastern border with Cambodia as the temple dispute flared.", code: "15", src: "THA", tgt: "KHM"},
		{why: "units moved to a border with a state", text: "Armenia moved army units to its eastern border with Azerbaijan on Tuesday.", code: "15", src: "ARM", tgt: "AZE"},
		{why: "units moved to a border with a state", text: "Venezuela deployed army units to its western border with Colombia in 2008.", code: "15", src: "VEN", tgt: "COL"},
		{why: "units moved to a border with a state", text: "Morocco moved army units to its eastern border with Algeria.", code: "15", src: "MAR", tgt: "DZA"},
		{why: "units moved to a border with a state", text: "Saudi Arabia deployed army units to its southern border with Yemen in 2009.", code: "15", src: "SAU", tgt: "YEM"},
		{why: "units moved to a border with a state", text: "China moved army units to its southern border with Vietnam in early 1979.", code: "15", src: "CHN", tgt: "VNM"},
		{why: "units moved to a border with a state", text: "Iran massed army units on its eastern border with Afghanistan in 1998.", code: "15", src: "IRN", tgt: "AFG"},
		{why: "units moved to a border with a state", text: "Egypt deployed army units to its western border with Libya after the beheadings.", code: "15", src: "EGY", tgt: "LBY"},
		{why: "units moved to a border with a state", text: "Ethiopia sent army units to its northern border with Eritrea in 1998.", code: "15", src: "ETH", tgt: "ERI"},
		{why: "units moved to a border with a state", text: "Turkey deployed army units to its southern border with Iraq before the referendum.", code: "15", src: "TUR", tgt: "IRQ"},
		{why: "units moved to a border with a state", text: "Nigeria deployed army units to its eastern border with Cameroon.", code: "15", src: "NGA", tgt: "CMR"},
		{why: "units moved to a border with a state", text: "Mexico deployed National Guard units to its southern border with Guatemala.", code: "15", src: "MEX", tgt: "GTM"},
		{why: "units moved to a border with a state", text: "The United States sent army units to its southern border with Mexico in 2018.", code: "15", src: "USA", tgt: "MEX"},
		{why: "units moved to a border with a state", text: "Lithuania deployed army units to its border with Belarus as migrants crossed.", code: "15", src: "LTU", tgt: "BLR"},
		{why: "units moved to a border with a state", text: "Iraq sent army units to its western border with Syria as Islamic State advanced.", code: "15", src: "IRQ", tgt: "SYR"},
		{why: "units moved to a border with a state", text: "Afghanistan sent army units to its eastern frontier with Pakistan.", code: "15", src: "AFG", tgt: "PAK"},
		{why: "units moved to a border with a state", text: "Colombia moved army units to its eastern border with Venezuela.", code: "15", src: "COL", tgt: "VEN"},
		{why: "units moved to a border with a state", text: "Israel deployed army units to its northern border with Lebanon.", code: "15", src: "ISR", tgt: "LBN"},
		{why: "units moved to a border with a state", text: "Jordan sent army units to its northern border with Syria in 2012.", code: "15", src: "JOR", tgt: "SYR"},
		{why: "units moved to a border with a state", text: "Bulgaria deployed army units to its southern border with Turkey to stop migrants.", code: "15", src: "BGR", tgt: "TUR"},
		{why: "units moved to a border with a state", text: "Chile sent army units to its northern border with Peru to stop migrants.", code: "15", src: "CHL", tgt: "PER"},
	})
	checkRootNoTarget(t, p, "15", "no state's border",
		"Hungary deployed army units to its southern border as migrants massed.",
		"Kenya deployed army units to its northern border with the help of Britain.",
		"Greece sent army units to its land border with Turkish approval.",
	)
}

// checkRootNoTarget: no event of root in any of texts has a target.
func checkRootNoTarget(t *testing.T, p *Pipeline, root, why string, texts ...string) {
	t.Helper()
	for _, text := range texts {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEORoot == root && len(e.Target) > 0 {
				t.Errorf("%q: %s, got target %s", text, why, actorCodes(e.Target))
			}
		}
	}
}

// TestS13G13BorderCrossed: forces that "crossed the border" with no
// destination cross into the other state their sentence names (the
// nearest actor of a state not their own), never their own state.
func TestS13G13BorderCrossed(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "crossed the border, the other state named", text: "Kurdish fighters in northern Syria braced for an assault after Turkish troops crossed the border.", code: "19", src: "TUR", tgt: "SYR"},
		{why: "crossed the border, the other state named", text: "Eritrea said Ethiopian troops crossed the border near Badme overnight.", code: "19", src: "ETH", tgt: "ERI"},
		{why: "crossed the border, the other state named", text: "Pakistan said Indian soldiers crossed the border in the Neelum valley.", code: "19", src: "IND", tgt: "PAK"},
		{why: "crossed the border, the other state named", text: "Congo's army said Rwandan troops crossed the border near Goma on Tuesday.", code: "19", src: "RWA", tgt: "COD"},
		{why: "crossed the border, the other state named", text: "Chad said Sudanese troops crossed the border and attacked a village.", code: "19", src: "SDN", tgt: "TCD"},
		{why: "crossed the border, the other state named", text: "Cambodia said Thai soldiers crossed the border near the temple on Sunday.", code: "19", src: "THA", tgt: "KHM"},
		{why: "crossed the border, the other state named", text: "Hanoi said Chinese troops crossed the border at dawn on February 17, 1979.", code: "19", src: "CHN", tgt: "VNM"},
		{why: "crossed the border, the other state named", text: "Iran said Iraqi troops crossed the border in September 1980.", code: "19", src: "IRQ", tgt: "IRN"},
		{why: "crossed the border, the other state named", text: "Iraq's government condemned the operation after Turkish troops crossed the border overnight.", code: "19", src: "TUR", tgt: "IRQ"},
		{why: "crossed the border, the other state named", text: "Lebanon's army said Israeli soldiers crossed the border near the village of Kfar Kila.", code: "19", src: "ISR", tgt: "LBN"},
		{why: "crossed the border, the other state named", text: "Colombia said Venezuelan soldiers crossed the border and detained four farmers.", code: "19", src: "VEN", tgt: "COL"},
		{why: "crossed the border, the other state named", text: "Pakistan said Afghan forces crossed the border and attacked a checkpoint.", code: "19", src: "AFG", tgt: "PAK"},
		{why: "crossed the border, the other state named", text: "Congo said Ugandan troops crossed the border without permission.", code: "19", src: "UGA", tgt: "COD"},
		{why: "crossed the border, the other state named", text: "Sudan said South Sudanese troops crossed the border near Heglig.", code: "19", src: "SSD", tgt: "SDN"},
		{why: "crossed the border, the other state named", text: "Djibouti said Eritrean troops crossed the border at Ras Doumeira in 2008.", code: "19", src: "ERI", tgt: "DJI"},
		{why: "crossed the border, the other state named", text: "Azerbaijan said Armenian troops crossed the border in the Tovuz district.", code: "19", src: "ARM", tgt: "AZE"},
		{why: "crossed the border, the other state named", text: "Cameroon said Nigerian troops crossed the border on the Bakassi peninsula.", code: "19", src: "NGA", tgt: "CMR"},
		{why: "crossed the border, the other state named", text: "Ecuador said Peruvian troops crossed the border in the Cenepa valley in 1995.", code: "19", src: "PER", tgt: "ECU"},
		{why: "crossed the border, the other state named", text: "Jordan said Syrian troops crossed the border during the 1970 crisis.", code: "19", src: "SYR", tgt: "JOR"},
		{why: "crossed the border, the other state named", text: "Chad said Libyan troops crossed the border into the Aouzou strip.", code: "19", src: "LBY", tgt: "TCD"},
		{why: "crossed the border, the other state named", text: "China said Indian troops crossed the border illegally in the Doklam area.", code: "19", src: "IND", tgt: "CHN"},
		{why: "crossed the border, the other state named", text: "India said Pakistani soldiers crossed the border in the Kargil sector in 1999.", code: "19", src: "PAK", tgt: "IND"},
		{why: "crossed the border, the other state named", text: "Yemen's rebels said Saudi troops crossed the border near Saada.", code: "19", src: "SAU", tgt: "YEM"},
		{why: "crossed the border, the other state named", text: "Algeria said Moroccan troops crossed the border near Tindouf in 1963.", code: "19", src: "MAR", tgt: "DZA"},
		{why: "crossed the border, the other state named", text: "Ethiopia said Somali troops crossed the border into the Ogaden in 1977.", code: "19", src: "SOM", tgt: "ETH"},
		{why: "crossed the border, the other state named", text: "Mexico said US soldiers crossed the border by mistake.", code: "19", src: "USA", tgt: "MEX"},
	})
	for _, c := range []struct{ text, own string }{
		{"Turkish troops crossed the border overnight, the Turkish army said.", "TUR"},
		{"Kenyan troops crossed the border on Sunday, Kenyan officials said.", "KEN"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if e.CAMEORoot == "19" && hasCountry(e.Target, c.own) {
				t.Errorf("%q: forces cross into no state of their own, got %s>%s", c.text, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
}

// TestS13G13PlaceInCountry: a place followed by "in" and a country is in
// that country: a look-alike abroad ("Solhan" in Turkey, "Baga" in Spain,
// "Moura" in Portugal, "Bayda" in Libya) is no reading of it, and the
// event is placed, and its unnamed victims targeted, in the country the
// sentence names.
func TestS13G13PlaceInCountry(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, iso string }{
		{"Gunmen killed 12 villagers in the village of Kocho in Iraq.", "IRQ"},
		{"Soldiers executed 30 men in the village of Yahidne in northern Ukraine, residents said.", "UKR"},
		{"Militants attacked the village of Ogossagou in Mali, killing 8 people.", "MLI"},
		{"Gunmen killed 40 villagers in the village of Solhan in Burkina Faso.", "BFA"},
		{"Soldiers executed 21 men in the village of Houla in northern Syria, residents said.", "SYR"},
		{"Militants attacked the village of Daraya in Syria, killing 17 people.", "SYR"},
		{"Gunmen killed 12 villagers in the village of Tremseh in Syria.", "SYR"},
		{"Soldiers executed 30 men in the village of Baga in northern Nigeria, residents said.", "NGA"},
		{"Militants attacked the village of Chibok in Nigeria, killing 8 people.", "NGA"},
		{"Gunmen killed 40 villagers in the village of Beni in Congo.", "COD"},
		{"Soldiers executed 21 men in the village of Menaka in northern Mali, residents said.", "MLI"},
		{"Militants attacked the village of Djibo in Burkina Faso, killing 17 people.", "BFA"},
		{"Gunmen killed 12 villagers in the village of Arbinda in Burkina Faso.", "BFA"},
		{"Soldiers executed 30 men in the village of Yirgou in northern Burkina Faso, residents said.", "BFA"},
		{"Militants attacked the village of Seytenga in Burkina Faso, killing 8 people.", "BFA"},
		{"Gunmen killed 40 villagers in the village of Barsalogho in Burkina Faso.", "BFA"},
		{"Soldiers executed 21 men in the village of Moura in northern Mali, residents said.", "MLI"},
		{"Militants attacked the village of Tongo Tongo in Niger, killing 17 people.", "NER"},
		{"Gunmen killed 12 villagers in the village of Inates in Niger.", "NER"},
		{"Soldiers executed 30 men in the village of Chinagodrar in northern Niger, residents said.", "NER"},
		{"Militants attacked the village of Sobane in Mali, killing 8 people.", "MLI"},
		{"Gunmen killed 40 villagers in the village of Zabarmari in Nigeria.", "NGA"},
		{"Soldiers executed 21 men in the village of Bama in northern Nigeria, residents said.", "NGA"},
		{"Militants attacked the village of Dibombari in Cameroon, killing 17 people.", "CMR"},
		{"Gunmen killed 12 villagers in the village of Kolofata in Cameroon.", "CMR"},
		{"Soldiers executed 30 men in the village of Rann in northern Nigeria, residents said.", "NGA"},
		{"Militants attacked the village of Gamboru in Nigeria, killing 8 people.", "NGA"},
		{"Gunmen killed 40 villagers in the village of Mapiripan in Colombia.", "COL"},
		{"Soldiers executed 21 men in the village of Bojaya in northern Colombia, residents said.", "COL"},
		{"Militants attacked the village of Acteal in Mexico, killing 17 people.", "MEX"},
		{"Gunmen killed 12 villagers in the village of Ayotzinapa in Mexico.", "MEX"},
		{"Soldiers executed 30 men in the village of Ituri in northern Congo, residents said.", "COD"},
		{"Militants attacked the village of Kasika in Congo, killing 8 people.", "COD"},
		{"Gunmen killed 40 villagers in the village of Makobola in Congo.", "COD"},
		{"Soldiers executed 21 men in the village of Gatumba in northern Burundi, residents said.", "BDI"},
		{"Militants attacked the village of Srebrenica in Bosnia, killing 17 people.", "BIH"},
		{"Soldiers executed 30 men in the village of Marjah in northern Afghanistan, residents said.", "AFG"},
		{"Militants attacked the village of Panjwai in Afghanistan, killing 8 people.", "AFG"},
		{"Gunmen killed 40 villagers in the village of Haditha in Iraq.", "IRQ"},
		{"Soldiers executed 21 men in the village of Qana in northern Lebanon, residents said.", "LBN"},
		{"Militants attacked the village of Khan Sheikhoun in Syria, killing 17 people.", "SYR"},
		{"Gunmen killed 12 villagers in the village of Douma in Syria.", "SYR"},
		{"Soldiers executed 30 men in the village of Aqrab in northern Syria, residents said.", "SYR"},
		{"Militants attacked the village of Tal Afar in Iraq, killing 8 people.", "IRQ"},
		{"Gunmen killed 40 villagers in the village of Mahmudiyah in Iraq.", "IRQ"},
		{"Soldiers executed 21 men in the village of Ishaqi in northern Iraq, residents said.", "IRQ"},
		{"Militants attacked the village of Khojaly in Azerbaijan, killing 17 people.", "AZE"},
		{"Gunmen killed 12 villagers in the village of Maguindanao in Philippines.", "PHL"},
		{"Soldiers executed 30 men in the village of Tula Toli in northern Myanmar, residents said.", "MMR"},
		{"Clashes between rival militias killed 12 people in Tripoli in northern Lebanon.", "LBN"},
		{"A bomb exploded at a market in Hyderabad in southern Pakistan, killing eight people.", "PAK"},
		{"Police fired tear gas at protesters in Valencia in Venezuela on Tuesday.", "VEN"},
		{"Police clashed with protesters in Cordoba in Argentina on Monday.", "ARG"},
		{"Police detained dozens of students in Granada in Nicaragua.", "NIC"},
		{"Police arrested 20 opposition activists in Leon in Nicaragua.", "NIC"},
		{"Troops fired on protesters in Barcelona in eastern Venezuela.", "VEN"},
		{"Security forces dispersed a protest in Merida in western Venezuela.", "VEN"},
		{"Police fired tear gas at protesters in Trujillo in Honduras.", "HND"},
		{"Gunmen killed 100 people in the village of Solhan in northern Burkina Faso.", "BFA"},
		{"Gunmen killed 11 people in Salamanca in central Mexico.", "MEX"},
		{"Gunmen killed a mayor in San Fernando in the Philippines.", "PHL"},
		{"Government forces executed dozens of men in Bayda in Syria.", "SYR"},
		{"A car bomb exploded in Santa Pola in Spain, killing two people.", "ESP"},
		{"Rebels attacked a police station in Florencia in southern Colombia.", "COL"},
		{"A bomb exploded in Hilla in Iraq, killing 20 people.", "IRQ"},
		{"A suicide bomber killed 15 people in Khost in eastern Afghanistan.", "AFG"},
		{"Gunmen killed 30 villagers in Kaduna in northern Nigeria.", "NGA"},
		{"Militants killed 12 people in Mandera in northeastern Kenya.", "KEN"},
		{"Jihadists killed 20 soldiers in Boulkessi in central Mali.", "MLI"},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for _, e := range evs {
			if e.Location != nil && e.Location.Country == c.iso {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no event placed in %s; got %s", c.text, c.iso, describe(evs))
		}
	}
}

// TestS13G13MoreRecipients: more sentences of the three families of
// TestS13G13ThemeNotTarget, TestS13G13HandedPronoun and
// TestS13G13ConditionParty, other states and decades.
func TestS13G13MoreRecipients(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "craft sent with aid to a recipient", text: "Canada sent military aircraft carrying water purification units to Haiti after the 2010 earthquake.", code: "07", src: "CAN", tgt: "HTI"},
		{why: "craft sent with aid to a recipient", text: "The United Arab Emirates sent military planes loaded with food to Somalia during the drought.", code: "07", src: "ARE", tgt: "SOM"},
		{why: "craft sent with aid to a recipient", text: "India sent navy ships carrying relief supplies to Sri Lanka after the 2004 tsunami.", code: "07", src: "IND", tgt: "LKA"},
		{why: "craft sent with aid to a recipient", text: "Pakistan sent trucks carrying wheat and medicine to Afghanistan after the earthquake.", code: "07", src: "PAK", tgt: "AFG"},
		{why: "craft sent with aid to a recipient", text: "South Korea sent military aircraft carrying relief goods to the Philippines after Typhoon Haiyan.", code: "07", src: "KOR", tgt: "PHL"},
		{why: "craft sent with aid to a recipient", text: "Mexico sent navy ships carrying food and fuel to Cuba in 2021.", code: "07", src: "MEX", tgt: "CUB"},
		{why: "craft sent with aid to a recipient", text: "Italy sent military aircraft carrying tents and blankets to Albania after the earthquake.", code: "07", src: "ITA", tgt: "ALB"},
		{why: "craft sent with aid to a recipient", text: "Greece sent military planes carrying firefighting equipment to Cyprus.", code: "07", src: "GRC", tgt: "CYP"},
		{why: "craft sent with aid to a recipient", text: "Jordan sent military aircraft carrying food and medicine to Gaza.", code: "07", src: "JOR", tgt: "PSE"},
		{why: "craft sent with aid to a recipient", text: "Kuwait sent military planes loaded with medical supplies to Beirut after the blast.", code: "07", src: "KWT", tgt: "LBN"},
		{why: "craft sent with aid to a recipient", text: "The United States sent navy helicopters carrying food and water to Aceh in January 2005.", code: "07", src: "USA", tgt: "IDN"},
		{why: "craft sent with aid to a recipient", text: "China sent military aircraft carrying relief supplies to Vanuatu after the cyclone.", code: "07", src: "CHN", tgt: "VUT"},
		{why: "craft sent with aid to a recipient", text: "Australia sent military aircraft carrying medicine to Papua New Guinea after the landslide.", code: "07", src: "AUS", tgt: "PNG"},
		{why: "craft sent with aid to a recipient", text: "France sent navy ships carrying rescue teams and food to Haiti.", code: "07", src: "FRA", tgt: "HTI"},
		{why: "craft sent with aid to a recipient", text: "Russia sent military planes carrying humanitarian aid to Latakia.", code: "07", src: "RUS", tgt: "SYR"},
		{why: "handed him over to", text: "Bulgarian police detained the Kurdish activist at the border and handed him over to Turkish authorities.", code: "06", src: "BGR", tgt: "TUR"},
		{why: "handed him over to", text: "Azerbaijani police arrested the cleric in Baku and handed him over to Iranian authorities.", code: "06", src: "AZE", tgt: "IRN"},
		{why: "handed him over to", text: "Nepalese police arrested the militant in Kathmandu and handed him over to Indian police.", code: "06", src: "NPL", tgt: "IND"},
		{why: "handed him over to", text: "Ugandan police caught the fugitive in Kampala and handed him over to Rwandan authorities.", code: "06", src: "UGA", tgt: "RWA"},
		{why: "handed him over to", text: "Jordanian police detained the former Iraqi official in Amman and handed him over to Iraqi authorities.", code: "06", src: "JOR", tgt: "IRQ"},
		{why: "handed him over to", text: "Kazakh police detained the dissident in Almaty and handed him over to Uzbek authorities.", code: "06", src: "KAZ", tgt: "UZB"},
		{why: "handed him over to", text: "Paraguayan police arrested the drug lord in Asuncion and handed him over to Brazilian police.", code: "06", src: "PRY", tgt: "BRA"},
		{why: "handed him over to", text: "Senegalese police arrested the suspect in Dakar and handed her over to French authorities.", code: "06", src: "SEN", tgt: "FRA"},
		{why: "handed him over to", text: "Lebanese authorities detained the suspect in Beirut and handed him over to US authorities.", code: "06", src: "LBN", tgt: "USA"},
		{why: "handed him over to", text: "Philippine police arrested the fraud suspect in Manila and handed him over to Japanese police.", code: "06", src: "PHL", tgt: "JPN"},
		{why: "handed him over to", text: "Moroccan police detained the suspect in Tangier and handed him over to Spanish police.", code: "06", src: "MAR", tgt: "ESP"},
		{why: "handed him over to", text: "Colombian police captured the cartel leader in Medellin and handed him over to US authorities.", code: "06", src: "COL", tgt: "USA"},
		{why: "handed him over to", text: "Egyptian police detained the militant near the border and handed him over to Libyan authorities.", code: "06", src: "EGY", tgt: "LBY"},
		{why: "handed him over to", text: "Indonesian police arrested the bomb maker in Java and handed him over to Malaysian police.", code: "06", src: "IDN", tgt: "MYS"},
		{why: "handed him over to", text: "Turkish police detained the jihadist in Istanbul and handed him over to French police.", code: "06", src: "TUR", tgt: "FRA"},
		{why: "own state acts if another does", text: "Tokyo warned that Japan would respond firmly if Chinese ships entered its territorial waters again.", code: "13", src: "JPN", tgt: "CHN"},
		{why: "own state acts if another does", text: "Athens warned that Greece would respond if Turkey sent a survey ship into its waters.", code: "13", src: "GRC", tgt: "TUR"},
		{why: "own state acts if another does", text: "Washington warned that the United States would retaliate if North Korea attacked South Korea.", code: "13", src: "USA", tgt: "PRK"},
		{why: "own state acts if another does", text: "Moscow warned that Russia would take steps if Finland joined NATO.", code: "13", src: "RUS", tgt: "FIN"},
		{why: "own state acts if another does", text: "Tehran warned that Iran would close the Strait of Hormuz if the United States attacked it.", code: "13", src: "IRN", tgt: "USA"},
		{why: "own state acts if another does", text: "New Delhi warned that India would respond if Chinese troops crossed the line.", code: "13", src: "IND", tgt: "CHN"},
		{why: "own state acts if another does", text: "Beijing warned that China would respond if the Philippines resupplied its outpost.", code: "13", src: "CHN", tgt: "PHL"},
		{why: "own state acts if another does", text: "Riyadh warned that Saudi Arabia would respond if Iran attacked its oil facilities.", code: "13", src: "SAU", tgt: "IRN"},
		{why: "own state acts if another does", text: "Moscow warned in 2008 that Russia would respond if Georgia attacked South Ossetia.", code: "13", src: "RUS", tgt: "GEO"},
		{why: "own state acts if another does", text: "Washington warned that the United States would respond if Syria used chemical weapons.", code: "13", src: "USA", tgt: "SYR"},
		{why: "own state acts if another does", text: "Islamabad warned that Pakistan would strike back if Afghanistan sheltered the attackers.", code: "13", src: "PAK", tgt: "AFG"},
		{why: "own state acts if another does", text: "Seoul warned that South Korea would retaliate if North Korea launched another provocation.", code: "13", src: "KOR", tgt: "PRK"},
	})
}

// TestS13G13RansomFor: a ransom demanded "for" hostages, a crew or a
// ship is demanded of the state whose they are; with no state named
// after "for" the demand has no target.
func TestS13G13RansomFor(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a ransom demanded for whose people or ship", text: "Somali pirates demanded a ransom of $5 million for the Ukrainian freighter they seized.", code: "10", src: "SOM", tgt: "UKR"},
		{why: "a ransom demanded for whose people or ship", text: "The kidnappers demanded a ransom for the German engineers they had seized in Nigeria.", code: "10", src: "-", tgt: "DEU"},
		{why: "a ransom demanded for whose people or ship", text: "The abductors demanded a ransom of $10 million for the French hostages.", code: "10", src: "-", tgt: "FRA"},
		{why: "a ransom demanded for whose people or ship", text: "Pirates demanded a $25 million ransom for the Saudi supertanker Sirius Star in 2008.", code: "10", src: "-", tgt: "SAU"},
		{why: "a ransom demanded for whose people or ship", text: "The gunmen demanded a ransom for the South Korean workers abducted in the Niger Delta.", code: "10", src: "-", tgt: "KOR"},
		{why: "a ransom demanded for whose people or ship", text: "Kidnappers demanded a ransom of $1 million for the Chinese engineers seized in Sudan.", code: "10", src: "-", tgt: "CHN"},
		{why: "a ransom demanded for whose people or ship", text: "The militants demanded a ransom for the two Italian aid workers kidnapped in Syria.", code: "10", src: "-", tgt: "ITA"},
		{why: "a ransom demanded for whose people or ship", text: "The hostage-takers demanded a ransom of $200 million for the two Japanese captives.", code: "10", src: "-", tgt: "JPN"},
		{why: "a ransom demanded for whose people or ship", text: "Al Qaeda's North African branch demanded a ransom for the three Spanish aid workers.", code: "10", src: "-", tgt: "ESP"},
		{why: "a ransom demanded for whose people or ship", text: "The kidnappers demanded a ransom for the American journalist seized near Aleppo.", code: "10", src: "-", tgt: "USA"},
		{why: "a ransom demanded for whose people or ship", text: "The gang demanded a ransom of $2 million for the British couple seized from their yacht.", code: "10", src: "-", tgt: "GBR"},
		{why: "a ransom demanded for whose people or ship", text: "Pirates demanded a ransom for the Indian crew of the hijacked tanker.", code: "10", src: "-", tgt: "IND"},
		{why: "a ransom demanded for whose people or ship", text: "The rebels demanded a ransom for the Filipino sailors they were holding.", code: "10", src: "-", tgt: "PHL"},
		{why: "a ransom demanded for whose people or ship", text: "The militants demanded a ransom for the 46 Turkish hostages seized in Mosul.", code: "10", src: "-", tgt: "TUR"},
		{why: "a ransom demanded for whose people or ship", text: "Abu Sayyaf demanded a ransom of 300 million pesos for the two Canadian hostages.", code: "10", src: "-", tgt: "CAN"},
		{why: "a ransom demanded for whose people or ship", text: "The kidnappers demanded a ransom for the Australian engineer abducted in Baghdad.", code: "10", src: "-", tgt: "AUS"},
		{why: "a ransom demanded for whose people or ship", text: "The abductors demanded a ransom for the Dutch aid worker kidnapped in Dagestan.", code: "10", src: "-", tgt: "NLD"},
		{why: "a ransom demanded for whose people or ship", text: "The gunmen demanded a ransom for the Malaysian tourists abducted from Sipadan in 2000.", code: "10", src: "-", tgt: "MYS"},
		{why: "a ransom demanded for whose people or ship", text: "Pirates demanded a ransom for the Greek-owned tanker seized off Benin.", code: "10", src: "-", tgt: "GRC"},
		{why: "a ransom demanded for whose people or ship", text: "Somali pirates demanded a ransom for the Danish cargo ship and its crew.", code: "10", src: "-", tgt: "DNK"},
		{why: "a ransom demanded for whose people or ship", text: "The kidnappers demanded a ransom for the two Austrian tourists seized in Tunisia.", code: "10", src: "-", tgt: "AUT"},
		{why: "a ransom demanded for whose people or ship", text: "The gunmen demanded a ransom for the Russian sailors held on the ship.", code: "10", src: "-", tgt: "RUS"},
		{why: "a ransom demanded for whose people or ship", text: "The Taliban demanded a ransom for the Swiss couple abducted in Balochistan.", code: "10", src: "-", tgt: "CHE"},
		{why: "a ransom demanded for whose people or ship", text: "Pirates demanded a ransom of $3 million for the Iranian fishing vessel and its crew.", code: "10", src: "-", tgt: "IRN"},
		{why: "a ransom demanded for whose people or ship", text: "Somali pirates demanded a ransom for the Norwegian tanker they hijacked in the Gulf of Aden.", code: "10", src: "-", tgt: "NOR"},
		{why: "a ransom demanded for whose people or ship", text: "The kidnappers demanded a ransom for the Swedish engineer seized in Mali.", code: "10", src: "-", tgt: "SWE"},
		{why: "a ransom demanded for whose people or ship", text: "The rebels demanded a ransom for the two Belgian doctors kidnapped in Congo.", code: "10", src: "-", tgt: "BEL"},
		{why: "a ransom demanded for whose people or ship", text: "The abductors demanded a ransom for the Polish geologist kidnapped in Pakistan.", code: "10", src: "-", tgt: "POL"},
		{why: "a ransom demanded for whose people or ship", text: "The kidnappers demanded a ransom for the South African couple seized in Kenya.", code: "10", src: "-", tgt: "ZAF"},
		{why: "a ransom demanded for whose people or ship", text: "Pirates demanded a ransom for the Vietnamese fishermen seized off Somalia.", code: "10", src: "-", tgt: "VNM"},
	})
	checkRootNoTarget(t, p, "10", "no one named after for",
		"Pirates demanded a ransom for the ship, Somali officials said.")
}

// TestS13G13AimedAt: a show of force "aimed at", "directed at" or
// "targeted at" a party is aimed at it, not at the place it passes over
// or is staged in; "aimed at" a verb names no party.
func TestS13G13AimedAt(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a show of force aimed at a party", text: "The United States flew two B-2 stealth bombers over South Korea in a show of force aimed at North Korea.", code: "15", src: "USA", tgt: "PRK"},
		{why: "a show of force aimed at a party", text: "China sent warships near the Japanese island of Yonaguni in a show of force aimed at Taiwan.", code: "15", src: "CHN", tgt: "TWN"},
		{why: "a show of force aimed at a party", text: "Russia flew strategic bombers over the Baltic Sea in a show of force aimed at NATO.", code: "15", src: "RUS", tgt: "IGO"},
		{why: "a show of force aimed at a party", text: "The United States sent two aircraft carriers to the Gulf in a show of force aimed at Iran.", code: "15", src: "USA", tgt: "IRN"},
		{why: "a show of force aimed at a party", text: "India staged large military exercises in Rajasthan in a show of strength aimed at Pakistan.", code: "15", src: "IND", tgt: "PAK"},
		{why: "a show of force aimed at a party", text: "The US Navy sailed a destroyer through the Taiwan Strait in a move aimed at China.", code: "15", src: "USA", tgt: "CHN"},
		{why: "a show of force aimed at a party", text: "Russia massed troops in Belarus in a show of force directed at Ukraine.", code: "15", src: "RUS", tgt: "UKR"},
		{why: "a show of force aimed at a party", text: "North Korea staged artillery drills near the sea border in a warning aimed at the United States.", code: "15", src: "PRK", tgt: "USA"},
		{why: "a show of force aimed at a party", text: "China deployed coast guard ships near Scarborough Shoal in a show of force directed at the Philippines.", code: "15", src: "CHN", tgt: "PHL"},
		{why: "a show of force aimed at a party", text: "Turkey held naval drills in the Aegean in a show of force aimed at Greece.", code: "15", src: "TUR", tgt: "GRC"},
		{why: "a show of force aimed at a party", text: "The United States deployed F-22 jets to Poland in a show of force aimed at Russia.", code: "15", src: "USA", tgt: "RUS"},
		{why: "a show of force aimed at a party", text: "China sent bombers over the East China Sea in a show of force aimed at Japan.", code: "15", src: "CHN", tgt: "JPN"},
		{why: "a show of force aimed at a party", text: "Iran staged naval drills in the Strait of Hormuz in a show of force directed at Saudi Arabia.", code: "15", src: "IRN", tgt: "SAU"},
		{why: "a show of force aimed at a party", text: "Israel flew F-35 jets over Saudi Arabia in a show of force aimed at Iran, officials said.", code: "15", src: "ISR", tgt: "IRN"},
		{why: "a show of force aimed at a party", text: "Russia moved troops to Karelia in a show of force aimed at Finland.", code: "15", src: "RUS", tgt: "FIN"},
		{why: "a show of force aimed at a party", text: "Azerbaijan held military exercises in Nakhchivan in a show of force aimed at Armenia.", code: "15", src: "AZE", tgt: "ARM"},
		{why: "a show of force aimed at a party", text: "The United States sent warships to the Caribbean in a show of force aimed at Venezuela.", code: "15", src: "USA", tgt: "VEN"},
		{why: "a show of force aimed at a party", text: "Britain sent a destroyer to the South Atlantic in 2012 in a show of force aimed at Argentina.", code: "15", src: "GBR", tgt: "ARG"},
		{why: "a show of force aimed at a party", text: "Egypt sent fighter jets to Sudan in a show of force aimed at Ethiopia.", code: "15", src: "EGY", tgt: "ETH"},
		{why: "a show of force aimed at a party", text: "Saudi Arabia massed troops near the border in a show of force aimed at Qatar.", code: "15", src: "SAU", tgt: "QAT"},
		{why: "a show of force aimed at a party", text: "The United States staged naval manoeuvres in the Caribbean in 1962 in a show of force aimed at Cuba.", code: "15", src: "USA", tgt: "CUB"},
		{why: "a show of force aimed at a party", text: "India flew fighter jets over Ladakh in a show of strength aimed at China.", code: "15", src: "IND", tgt: "CHN"},
		{why: "a show of force aimed at a party", text: "China staged live-fire drills around Taiwan in a show of force directed at the United States.", code: "15", src: "CHN", tgt: "USA"},
		{why: "a show of force aimed at a party", text: "Russia held snap military drills near Pskov in a show of force aimed at Estonia.", code: "15", src: "RUS", tgt: "EST"},
		{why: "a show of force aimed at a party", text: "Turkey sent warships off Cyprus in a show of force aimed at the Cypriot government.", code: "15", src: "TUR", tgt: "CYP"},
		{why: "a show of force aimed at a party", text: "The United States moved warships into the eastern Mediterranean in a show of force aimed at Syria.", code: "15", src: "USA", tgt: "SYR"},
		{why: "a show of force aimed at a party", text: "Pakistan test-fired missiles in the Arabian Sea in a show of strength aimed at India.", code: "15", src: "PAK", tgt: "IND"},
		{why: "a show of force aimed at a party", text: "South Korea staged live-fire drills on Yeonpyeong Island in a show of force aimed at North Korea.", code: "15", src: "KOR", tgt: "PRK"},
		{why: "a show of force aimed at a party", text: "Vietnam held naval exercises off its coast in a show of force aimed at China.", code: "15", src: "VNM", tgt: "CHN"},
		{why: "a show of force aimed at a party", text: "Russia flew bombers near Gotland in a show of force aimed at Sweden.", code: "15", src: "RUS", tgt: "SWE"},
		{why: "aimed at doing something keeps the place", text: "The United States flew bombers over South Korea in a show of force aimed at reassuring Seoul.", code: "15", src: "USA", tgt: "KOR"},
	})
}
