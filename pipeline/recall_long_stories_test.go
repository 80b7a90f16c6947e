package pipeline

import (
	"strings"
	"testing"
)

// Every story in this file was written for it: wire stories of five to
// ten sentences (conflict, diplomacy, protest, aid) whose later sentences
// refer back ("the group", "the gunmen", "the strikes", "the two
// presidents", "he"), restate the lead, or give background that must not
// be coded as the day's news.

const (
	turkeySyria    = "AKCAKALE, Turkey (Reuters) - Turkish troops and their Syrian rebel allies crossed into northeast Syria on Wednesday, launching an offensive against Kurdish-led forces that Ankara considers terrorists. The operation began with air strikes on the border town of Ras al-Ain, residents said. The Syrian Democratic Forces said the strikes had killed at least five civilians. The group called on the United States to close the airspace to Turkish warplanes. Washington, which withdrew its troops from the border area on Monday, said it did not endorse the operation. The European Union urged Ankara to halt the offensive. Turkish President Tayyip Erdogan said the operation would continue until all militants had been cleared from the area."
	singapore      = "SINGAPORE (AP) - U.S. President Donald Trump and North Korean leader Kim Jong Un met in Singapore on Tuesday in the first summit between the two countries. The two leaders signed a joint statement in which Kim committed to work toward the complete denuclearization of the Korean peninsula. Trump said he would halt joint military exercises with South Korea. He described the talks as honest, direct and productive. The two sides agreed to hold further negotiations led by Secretary of State Mike Pompeo. China welcomed the meeting and called on both sides to build on it."
	idlibTruce     = "MOSCOW (Reuters) - Russia and Turkey agreed on Thursday to a ceasefire in Syria's Idlib province after talks in Moscow between President Vladimir Putin and President Tayyip Erdogan. The two presidents met for more than six hours in the Kremlin. The ceasefire, which takes effect at midnight, follows weeks of fighting in which dozens of Turkish soldiers were killed. Under the deal, Russian and Turkish troops will start joint patrols along the M4 highway on March 15. Putin said he hoped the agreement would serve as a good basis for ending the fighting. Erdogan said Turkey reserved the right to respond to any attack by Syrian government forces. The Syrian government did not immediately comment."
	baghdadProtest = "BAGHDAD (Reuters) - Thousands of Iraqis marched through central Baghdad on Friday to demand the removal of the country's political elite. The protesters, who have camped in Tahrir Square since October 1, chanted slogans against Iran. Security forces fired tear gas to disperse a crowd near a bridge leading to the Green Zone. Medical sources said two protesters were killed and 30 wounded. The United Nations mission in Iraq condemned the use of force against peaceful demonstrators. More than 400 people have been killed since the protests began, according to rights groups."
	rohingya       = "DHAKA (Reuters) - Bangladesh on Tuesday asked Myanmar to take back the Rohingya refugees who have fled violence in Rakhine state. The foreign minister made the request during a meeting with a visiting Myanmar envoy in Dhaka. He said Bangladesh could not bear the burden of more than 400,000 refugees. The envoy promised that Myanmar would consider the request. The World Food Programme said it would deliver food aid to 700,000 people in the camps. The United States pledged 32 million dollars in aid for the refugees."
	kramatorsk     = "DONETSK, Ukraine (Reuters) - Pro-Russian separatists seized a police station in the eastern Ukrainian town of Kramatorsk on Sunday. The gunmen, who wore masks and carried automatic rifles, fired at police officers outside the building. Ukraine's interior minister said one officer was killed and five wounded. He accused Russia of organising the attack. Moscow denied the accusation. Ukraine's acting president ordered an anti-terrorist operation against the separatists. NATO said the seizures were a well-organised campaign."
	mosul          = "MOSUL, Iraq (AP) - Iraqi forces launched a long-awaited offensive on Monday to retake Mosul from the Islamic State group. Iraqi Prime Minister Haider al-Abadi announced the start of the operation in a televised address. Kurdish peshmerga fighters advanced on villages east of the city, the Kurdish regional government said. The militants responded with suicide car bombs and mortar fire. The United Nations said it was preparing for the displacement of up to a million people. The group has held the city since June 2014."
	myanmarCoup    = "YANGON, Myanmar (Reuters) - Myanmar's army seized power on Monday and detained civilian leader Aung San Suu Kyi in a coup. The military declared a state of emergency for one year. Soldiers blocked roads in the capital Naypyitaw and the main city Yangon. U.S. President Joe Biden threatened to reimpose sanctions on the generals. The army said it had acted because of fraud in the November election. Suu Kyi's party called on people to protest against the coup."
	yemenStrikes   = "SANAA (Reuters) - Saudi Arabia and its Gulf allies launched air strikes on Houthi rebels in Yemen on Thursday. The strikes hit the rebels' positions around the capital Sanaa, residents said. Iran condemned the operation as a dangerous step. The Houthis vowed to fight back. Egypt said it would send warships to secure the Bab al-Mandab strait. The rebels took control of Sanaa in September."
	kharkiv        = "KYIV (Reuters) - Russian forces shelled the centre of Kharkiv on Tuesday, killing at least 10 civilians. Ukraine's President Volodymyr Zelenskiy called the attack a war crime. He urged the West to impose a no-fly zone over Ukraine. Ukrainian and Russian delegations met on the Belarusian border on Monday but made no progress. The two sides agreed to meet again. The European Union said it would supply weapons to Ukraine."
	mubarak        = "CAIRO (AP) - Egyptian President Hosni Mubarak resigned on Friday after 18 days of mass protests, handing power to the military. Hundreds of thousands of people celebrated in Tahrir Square. The army said it would oversee a transition to civilian rule. The military council later dissolved parliament and suspended the constitution. U.S. President Barack Obama praised the Egyptian people. He called on the army to ensure a credible transition."
	ossetia        = "TBILISI (Reuters) - Russian tanks rolled into South Ossetia on Friday after Georgia launched an offensive to retake the breakaway region. Georgian President Mikheil Saakashvili accused Moscow of invading his country. The Russian defence ministry said its troops were defending peacekeepers. The United States called for an immediate ceasefire. The two countries have been at odds since Saakashvili came to power in 2004."
	hamasRaid      = "JERUSALEM (AP) - Hamas militants fired thousands of rockets into Israel on Saturday and sent gunmen across the border. Israel declared war and launched air strikes on Gaza. The Israeli military said hundreds of Israelis had been killed. The group said it had captured dozens of soldiers. Egypt called on both sides to exercise restraint. Israel withdrew from Gaza in 2005."
	oslo           = "OSLO (Reuters) - Norway's foreign minister met Venezuelan opposition leader Juan Guaido in Caracas on Thursday. The minister said Norway was ready to host new talks between the government and the opposition. The government of President Nicolas Maduro welcomed the offer. The two sides held talks in Oslo last month. The opposition has accused Maduro of rigging the 2018 election."
	chemicalDeal   = "GENEVA (Reuters) - The United States and Russia agreed on Saturday on a plan to eliminate Syria's chemical weapons. U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov announced the deal after three days of talks in Geneva. The plan requires Syria to hand over its arsenal by mid-2014. Kerry said the United States would still consider military action if Syria failed to comply. Lavrov said the deal did not authorise the use of force. The Syrian opposition rejected the agreement."
	lagosGunmen    = "LAGOS (Reuters) - Nigerian police arrested 10 people in Lagos on Monday over a series of kidnappings. The gunmen shot dead a police officer during the raid, a spokesman said."
	dhakaFire      = "DHAKA (Reuters) - A fire at a plastics warehouse in the old quarter of Dhaka killed at least 70 people on Wednesday night. Officials said the blaze spread quickly through narrow lanes, and firefighters struggled to reach the building."
	gazaAgain      = "GAZA (Reuters) - Israeli aircraft struck targets in Gaza on Wednesday after militants fired rockets at Israeli towns. Israeli aircraft struck targets in Gaza again on Thursday, the army said."
	idlibSoldiers  = "Syrian troops shelled rebel positions in Idlib on Tuesday. Three soldiers were killed in the fighting, state media said."
	nepalQuake     = "KATHMANDU (Reuters) - India sent planes carrying rescue teams and relief supplies to Nepal on Sunday after a massive earthquake killed more than 2,500 people. China pledged 20 million yuan in emergency aid. The European Union said it would release 3 million euros. Nepal's prime minister thanked the two neighbours for their help. The quake, the worst in the Himalayan country in more than 80 years, flattened buildings in the capital."
	pledgeAlone    = "BEIJING (Reuters) - China pledged 20 million yuan in emergency aid on Monday, the foreign ministry said, without saying where the money would go."
)

// longStory expects, of the events of CAMEO root root (see rootIn) coded
// in sentence si of a story published on date: want "none" for no such
// event, else an event with the dyad want ("SRC>TGT"); with not set, no
// event with the dyad not. day, when set, is the date the wanted event
// must carry.
type longStory struct {
	why, date, text string
	si              int
	root, want, not string
	day             string
}

func TestRecallLongStories(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []longStory{
		// Turkey in Syria: "the strikes" are the offensive's, not the
		// speaker's; "the group" is the SDF; an aside's date is its own.
		{why: "the strikes' toll is not the speaker's act", date: "2019-10-10", text: turkeySyria,
			si: 2, root: "18", not: "SYRREB>TURCVL"},
		{why: "residents of a Syrian town are Syria's", date: "2019-10-10", text: turkeySyria,
			si: 1, root: "01", want: "SYRCVL>"},
		{why: "villagers with no town named keep the story's country", date: "2019-10-10",
			text: "AKCAKALE, Turkey (Reuters) - Turkish troops crossed the border on Wednesday. Villagers said they heard explosions through the night.",
			si:   1, root: "01", want: "TURCVL>"},
		{why: "the group calls on Washington", date: "2019-10-10", text: turkeySyria,
			si: 3, root: "02", want: "SYRREB>USA"},
		{why: "the withdrawal in the aside keeps its Monday", date: "2019-10-10", text: turkeySyria,
			si: 4, root: "08", want: "USA>USA", day: "2019-10-07"},
		{why: "the statement after the aside is not Monday's", date: "2019-10-10", text: turkeySyria,
			si: 4, root: "01", want: "USA>", day: "2019-10-10"},
		{why: "the EU urges Ankara", date: "2019-10-10", text: turkeySyria,
			si: 5, root: "02", want: "IGOEUREEC>TUR"},
		// Singapore: the summit's day, a third state's call on both sides.
		{why: "the summit on its day", date: "2018-06-13", text: singapore,
			si: 0, root: "04", want: "USAGOV>PRKGOV", day: "2018-06-12"},
		{why: "China calls on both sides", date: "2018-06-13", text: singapore,
			si: 5, root: "02", want: "CHN>USAGOV+PRKGOV"},
		// Idlib truce: the talks of the lead are not met again.
		{why: "the truce", date: "2020-03-06", text: idlibTruce,
			si: 0, root: "08", want: "RUS>TUR"},
		{why: "the two presidents' meeting restates the lead's talks", date: "2020-03-06", text: idlibTruce,
			si: 1, root: "04", want: "none"},
		{why: "Putin's statement stays", date: "2020-03-06", text: idlibTruce,
			si: 4, root: "01", want: "RUSGOV>"},
		// Baghdad: the protesters' aside dates nothing; the running toll
		// is no event.
		{why: "the protesters' chant is the day's", date: "2019-12-14", text: baghdadProtest,
			si: 1, root: "14", want: "IRQCVL>IRN", day: "2019-12-14"},
		{why: "security forces and tear gas", date: "2019-12-14", text: baghdadProtest,
			si: 2, root: "17", want: "IRQCOP>IRQCVL"},
		{why: "the UN mission condemns", date: "2019-12-14", text: baghdadProtest,
			si: 4, root: "11", want: "IGOUNO>IRQCVL"},
		{why: "the toll since October is background", date: "2019-12-14", text: baghdadProtest,
			si: 5, root: "18", want: "none"},
		// Rohingya: the request, the pledge.
		{why: "Bangladesh asks Myanmar", date: "2017-09-20", text: rohingya,
			si: 0, root: "02", want: "BGD>MMR"},
		{why: "the minister meeting a visiting envoy in Dhaka is Bangladesh's", date: "2017-09-20", text: rohingya,
			si: 1, root: "02", want: "BGDGOV>MMRGOV"},
		{why: "and so is 'he'", date: "2017-09-20", text: rohingya,
			si: 2, root: "01", not: "MMRGOV>BGD"},
		{why: "a pledge of aid for the refugees", date: "2017-09-20", text: rohingya,
			si: 5, root: "03", want: "USA>---REF"},
		// Kramatorsk: "the gunmen" after separatists are they.
		{why: "the gunmen are the separatists", date: "2014-04-14", text: kramatorsk,
			si: 1, root: "19", want: "UKRSEP>UKRCOP"},
		{why: "the minister's accusation", date: "2014-04-14", text: kramatorsk,
			si: 3, root: "11", want: "UKRGOV>RUS"},
		// Mosul: "the militants" after Islamic State.
		{why: "the militants are Islamic State", date: "2016-10-17", text: mosul,
			si: 3, root: "19", want: "IMGMUSRAD>"},
		// Myanmar: the coup, a threat, a call.
		{why: "the army detains Suu Kyi", date: "2021-02-02", text: myanmarCoup,
			si: 0, root: "17", want: "MMRMIL>MMROPP"},
		{why: "Biden threatens the generals", date: "2021-02-02", text: myanmarCoup,
			si: 3, root: "13", want: "USAGOV>MMRMIL"},
		{why: "Suu Kyi's party calls on people", date: "2021-02-02", text: myanmarCoup,
			si: 5, root: "02", want: "MMRPTY>MMRCVL"},
		// Yemen: "the strikes" and "the operation" are Saudi Arabia's.
		{why: "the strikes hit the rebels", date: "2015-03-27", text: yemenStrikes,
			si: 1, root: "18", want: "SAU>YEMREB"},
		{why: "the strikes are not Yemen's own", date: "2015-03-27", text: yemenStrikes,
			si: 1, root: "18", not: "YEM>YEMREB"},
		{why: "Iran condemns the operation as a dangerous step", date: "2015-03-27", text: yemenStrikes,
			si: 2, root: "11", want: "IRN>SAU"},
		// Kharkiv: an earlier day's talks keep their day.
		{why: "the shelling", date: "2022-03-01", text: kharkiv,
			si: 0, root: "19", want: "RUSMIL>UKRCVL"}, // the participle's civilians (harm.go sectorOfPlace)
		{why: "the war crime is Russia's", date: "2022-03-01", text: kharkiv,
			si: 1, root: "11", want: "UKRGOV>RUSMIL"},
		{why: "Monday's talks", date: "2022-03-01", text: kharkiv,
			si: 3, root: "04", want: "UKR>RUS", day: "2022-02-28"},
		// Mubarak: "he" is Obama.
		{why: "Obama praises", date: "2011-02-12", text: mubarak,
			si: 4, root: "05", want: "USAGOV>EGYCVL"},
		{why: "he calls on the army", date: "2011-02-12", text: mubarak,
			si: 5, root: "02", want: "USAGOV>EGYMIL"},
		// South Ossetia.
		{why: "Saakashvili accuses Moscow", date: "2008-08-09", text: ossetia,
			si: 1, root: "11", want: "GEOGOV>RUS"},
		// Hamas raid: the killed Israelis' attacker; history stays history.
		{why: "the rockets", date: "2023-10-08", text: hamasRaid,
			si: 0, root: "19", want: "PSEREB>ISR"},
		{why: "Israelis killed, by the story's attacker", date: "2023-10-08", text: hamasRaid,
			si: 2, root: "18", want: "PSEREB>ISRCVL"},
		{why: "Israel does not kill its own", date: "2023-10-08", text: hamasRaid,
			si: 2, root: "18", not: "ISR>ISRCVL"},
		{why: "the group captured soldiers", date: "2023-10-08", text: hamasRaid,
			si: 3, root: "17", want: "PSEREB>ISRMIL"},
		{why: "the 2005 withdrawal is dated then", date: "2023-10-08", text: hamasRaid,
			si: 5, root: "08", want: "ISR>PSE", day: "2005-01-01"},
		// Oslo: "the government of President Maduro" is Venezuela's; last
		// month's talks are another occasion.
		{why: "the government of Maduro", date: "2019-06-14", text: oslo,
			si: 2, root: "05", want: "VENGOV>"},
		{why: "not Norway's government", date: "2019-06-14", text: oslo,
			si: 2, root: "05", not: "NORGOV>"},
		{why: "last month's talks stay", date: "2019-06-14", text: oslo,
			si: 3, root: "04", want: "NORGOV>VENOPP", day: "2019-05-01"},
		// Chemical weapons deal.
		{why: "the deal", date: "2013-09-15", text: chemicalDeal,
			si: 0, root: "05", want: "USA>RUS"},
		{why: "the opposition rejects it", date: "2013-09-15", text: chemicalDeal,
			si: 5, root: "12", want: "SYROPP>"},
		// Nepal: later donors give to the story's recipient.
		{why: "India sends relief to Nepal", date: "2015-04-27", text: nepalQuake,
			si: 0, root: "07", want: "IND>NPL"},
		{why: "China's pledge goes to Nepal too", date: "2015-04-27", text: nepalQuake,
			si: 1, root: "03", want: "CHN>NPL"},
		{why: "the earthquake killed no one's enemy", date: "2015-04-27", text: nepalQuake,
			si: 0, root: "18", want: "none"},
		{why: "a pledge with no recipient in the story keeps none", date: "2015-04-27", text: pledgeAlone,
			si: 0, root: "03", want: "CHN>"},
		// A call for calm goes to the story's fighting states.
		{why: "a call for restraint after a shelling", date: "2010-11-24",
			text: "SEOUL (Reuters) - North Korea shelled a South Korean island near their disputed sea border on Tuesday. China called for an immediate ceasefire, and Russia demanded an end to the fighting.",
			si:   1, root: "02", want: "CHN>PRK+KOR"},
		{why: "a demand for an end to the fighting", date: "2010-11-24",
			text: "SEOUL (Reuters) - North Korea shelled a South Korean island near their disputed sea border on Tuesday. China called for an immediate ceasefire, and Russia demanded an end to the fighting.",
			si:   1, root: "10", want: "RUS>PRK+KOR"},
		{why: "police and protesters of one state are no warring states", date: "2010-11-24",
			text: "NAIROBI (Reuters) - Kenyan police fired tear gas at protesters in Nairobi on Tuesday. The United Nations called for restraint.",
			si:   1, root: "02", want: "IGOUNO>"},
		// Must not: gunmen with no armed group before them, a fire, a
		// second strike on its own day, soldiers killed with no foreign
		// attacker.
		{why: "gunmen after police only stay unknown", date: "2019-02-21", text: lagosGunmen,
			si: 1, root: "18", not: "NGAREB>NGACOP"},
		{why: "a warehouse fire is no attack", date: "2019-02-21", text: dhakaFire,
			si: 0, root: "18", want: "none"},
		{why: "a strike again on Thursday is another", date: "2019-02-21", text: gazaAgain,
			si: 1, root: "19", want: "ISR>PSE", day: "2019-02-21"},
		{why: "an attack that 'also' struck is another", date: "2019-02-21",
			text: "GAZA (Reuters) - Israeli aircraft struck targets in Gaza overnight, the army said. Israeli aircraft also struck targets in Gaza, a Hamas official said.",
			si:   1, root: "19", want: "ISR>PSE"},
		{why: "a restated strike is one", date: "2019-02-21",
			text: "GAZA (Reuters) - Israeli aircraft struck targets in Gaza overnight, the army said. Israeli aircraft struck targets in Gaza in response to rocket fire, a Hamas official said.",
			si:   1, root: "19", want: "none"},
		{why: "soldiers killed by nobody named", date: "2019-02-21", text: idlibSoldiers,
			si: 1, root: "18", not: "SYRMIL>SYRMIL"},
	} {
		checkStory(t, p, c)
	}
}

// checkStory codes a story and checks the events of one sentence and root:
// not must be absent, want "none" means no event, otherwise some event has
// the want dyad (and, when day is set, that date).
func checkStory(t *testing.T, p *Pipeline, c longStory) {
	t.Helper()
	evs := codeText(t, p, c.date, c.text)
	var dyads, days []string
	for _, ev := range evs {
		if ev.SentenceIndex == c.si && rootIn(ev.CAMEORoot, c.root) {
			dyads = append(dyads, storyCodes(ev.Source)+">"+storyCodes(ev.Target))
			days = append(days, ev.Date)
		}
	}
	switch {
	case c.not != "":
		for _, d := range dyads {
			if d == c.not {
				t.Errorf("%s: sentence %d coded %s %s, want no such event; got %s", c.why, c.si, c.root, d, describe(evs))
			}
		}
	case c.want == "none":
		if len(dyads) > 0 {
			t.Errorf("%s: sentence %d coded %s %v, want none", c.why, c.si, c.root, dyads)
		}
	default:
		found := false
		for i, d := range dyads {
			found = found || d == c.want && (c.day == "" || days[i] == c.day)
		}
		if !found {
			t.Errorf("%s: sentence %d: want %s %s %s; got %v (dates %s)", c.why, c.si, c.root, c.want, c.day, dyads, strings.Join(days, " "))
		}
	}
}
