package pipeline

import "testing"

// TestS13PlaceBefore: a town's or province's name right before a bare
// sector ("Aleppo residents", "the Homs city council", "Mashhad police")
// says whose it is, as "police in Mashhad" does. A region of many states
// names no one's.
func TestS13PlaceBefore(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []longStory{
		{why: "city residents", date: "2006-08-01", text: "Aleppo residents said troops fired on a crowd of mourners.", si: 0, root: "01", want: "SYRCVL>---MIL"},
		{why: "city residents, another state", date: "2016-10-17", text: "Mosul residents said Islamic State fighters had rounded up hundreds of men.", si: 0, root: "01", want: "IRQCVL>IMGMUSRAD"},
		{why: "a city council, the name running into 'city'", date: "2012-07-15", text: "The Homs city council said government forces were shelling residential districts.", si: 0, root: "01", want: "SYRGOV>SYRGOVMIL"},
		{why: "a provincial council", date: "2014-06-26", text: "The Kirkuk provincial council rejected any move to attach the province to Kurdistan.", si: 0, root: "12", want: "IRQGOV>"},
		{why: "city police", date: "2018-01-05", text: "Mashhad police arrested 50 people after protests over prices.", si: 0, root: "17", want: "IRNCOP>IRNCVL"},
		{why: "city protesters", date: "2019-11-18", text: "Basra protesters blocked the entrance to Umm Qasr port for a third day.", si: 0, root: "14", want: "IRQCVL>IRQ"},
		{why: "a Latin American capital's police", date: "2019-10-21", text: "Santiago police clashed with students protesting a rise in metro fares.", si: 0, root: "19", want: "CHLCOP>---EDU"},
		// must-not: a region of many states
		{why: "a region of many states names no state", date: "2016-05-01", text: "Sahel officials met in Paris to discuss the crisis.", si: 0, root: "04", not: "MLIGOV>"},
	} {
		checkStory(t, p, c)
	}
}

// TestS13Foreigners: nationals, tourists, migrants, diplomats and
// missions are abroad by definition, so a bare sector acting on them is
// not of their state: the dateline's, the other sentences', or none.
// Journalists and hostages are no such foreigners.
func TestS13Foreigners(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []longStory{
		{why: "nationals arrested, dateline", date: "2005-01-12", text: "NAIROBI (AFP) - Police arrested 14 Somali nationals suspected of smuggling weapons.", si: 0, root: "17", want: "KENCOP>SOMCVL"},
		{why: "tourists arrested, dateline", date: "2013-02-03", text: "ABU DHABI (Reuters) - Police arrested two British tourists for drinking in public.", si: 0, root: "17", want: "ARECOP>GBRCVL"},
		{why: "nationals arrested, no dateline", date: "2016-03-22", text: "Police detained three Moroccan nationals after the airport bombings.", si: 0, root: "17", not: "MARCOP>MARCVL"},
		{why: "migrants", date: "2010-08-10", text: "Police detained 20 Cambodian migrants working illegally on a building site.", si: 0, root: "17", not: "KHMCOP>KHMREF"},
		{why: "an embassy stormed", date: "2012-09-14", text: "KHARTOUM (Reuters) - Protesters stormed the German embassy and set part of it on fire.", si: 0, root: "14", want: "SDNCVL>DEUGOV"},
		// must-not: a journalist or hostages are often the state's own
		{why: "a journalist is no foreigner", date: "2014-04-17", text: "Police arrested a Turkish journalist covering the protests.", si: 0, root: "17", want: "TURCOP>TURMED"},
		// M20 (s20): the captors free them; troops that free hostages code nothing.
		{why: "hostages are no foreigners", date: "2016-05-01", text: "Boko Haram freed two Nigerian hostages.", si: 0, root: "08", want: "NGAREB>NGACVL"},
	} {
		checkStory(t, p, c)
	}
	// The officials who tell it are the dateline's too, not "---".
	found := false
	for _, e := range codeText(t, p, "2005-01-12", "NAIROBI (AFP) - Police arrested 14 Somali nationals suspected of smuggling weapons, officials said.") {
		if e.CAMEORoot == "17" {
			found = true
			if e.Modality.ReportedBy != "KENGOV" {
				t.Errorf("the arrest is reported by %q, want KENGOV", e.Modality.ReportedBy)
			}
		}
	}
	if !found {
		t.Errorf("no arrest coded")
	}
}

// TestS13ActingState: a state organ another state's subject acts on
// ("Pakistan said it had shot down two Indian jets") is no antecedent of
// a later bare "the army", which is the acting state's; the same noun
// named again still is the one named ("Syrian army positions ... The
// army"). A bare organ nothing else fills takes the state an earlier
// sentence has acting, and one that condemns another state's act in a
// datelined story is the dateline state's.
func TestS13ActingState(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []longStory{
		{why: "the army after jets shot down", date: "2019-02-27", text: "Pakistan said it had shot down two Indian jets. The army said one pilot had been captured.", si: 1, root: "01", want: "PAKMIL>"},
		{why: "the army after a clash with foreign troops", date: "2020-06-16", text: "India said 20 of its soldiers had been killed in a clash with Chinese troops. The army said both sides had disengaged.", si: 1, root: "01", want: "INDMIL>"},
		{why: "the ministry after warplanes struck", date: "2015-03-26", text: "Saudi warplanes struck Houthi positions in Sanaa. The ministry said the raids would continue.", si: 1, root: "01", want: "SAUGOV>"},
		{why: "the ministry after an offensive", date: "2019-10-09", text: "Turkey launched a military offensive against Kurdish forces in northeast Syria. The ministry said jets and artillery had struck 181 targets.", si: 1, root: "01", want: "TURGOV>TURMIL+TURMIL"},
		{why: "the defence ministry, foreign helicopters named", date: "2020-09-27", text: "Armenia said Azerbaijani forces had shelled civilian settlements. The defence ministry said two Azerbaijani helicopters had been shot down.", si: 1, root: "01", want: "ARMGOV>AZE"},
		{why: "a reaction in a datelined story", date: "2016-01-06", text: "SEOUL (Reuters) - North Korea said it had tested a hydrogen bomb. The government condemned the test as a grave provocation.", si: 1, root: "11", want: "KORGOV>PRK"},
		{why: "a president's reaction", date: "2006-10-09", text: "WASHINGTON (AP) - North Korea said it had carried out a nuclear test. The president called the test a provocative act.", si: 1, root: "11", want: "USAGOV>PRK"},
		{why: "after a non-state group's attack, the attacked state's organ", date: "2019-09-14", text: "Houthi drones struck two Saudi oil plants. The interior ministry said the fires were under control.", si: 1, root: "01", want: "SAUGOV>"},
		{why: "an attacked state condemns the attack on it", date: "2016-05-01", text: "BEIRUT (Reuters) - Islamic State fighters attacked Syrian army positions near Palmyra. The government condemned the attack.", si: 1, root: "11", not: "LBNGOV>IMGMUSRAD"},
		// must-not: the same noun named again is the one named
		{why: "the army named again", date: "2016-05-01", text: "Israeli jets struck Syrian army positions near Damascus. The army said two soldiers were wounded.", si: 1, root: "01", want: "SYRMIL>SYRMIL"},
		{why: "the state's own army keeps its soldiers", date: "2016-05-01", text: "The Ukrainian army said Russian troops shelled its positions near Bakhmut. The army said two soldiers were wounded.", si: 1, root: "01", want: "UKRMIL>UKRMIL"},
		{why: "a reaction with no dateline takes no third state", date: "2017-09-03", text: "North Korea conducted its sixth nuclear test. The prime minister called it absolutely unacceptable.", si: 1, root: "11", not: "JPNGOV>"},
		{why: "a call for calm is no reaction", date: "2016-01-06", text: "SEOUL (Reuters) - North Korea said it had tested a hydrogen bomb. The government called for calm.", si: 1, root: "02", not: "KORGOV>"},
	} {
		checkStory(t, p, c)
	}
}

// TestS13StoryPlace: a story that names no state as an actor but places
// its events in one state is about that state: its bare organs are that
// state's. Places in two states say nothing.
func TestS13StoryPlace(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []longStory{
		{why: "a city in the lead", date: "2019-03-15", text: "A gunman killed 51 people at two mosques in Christchurch. The prime minister said gun laws would change.", si: 1, root: "01", want: "NZLGOV>"},
		{why: "a beach near a town", date: "2015-06-26", text: "A gunman killed 38 tourists on a beach near Sousse. The government said it would close 80 mosques.", si: 1, root: "01", want: "TUNGOV>"},
		{why: "police after a concert bombing", date: "2017-05-22", text: "A suicide bomber killed 22 people at a concert in Manchester. Police said the attacker had acted alone.", si: 1, root: "01", want: "GBRCOP>---UAF"},
		{why: "a city taken", date: "2014-06-10", text: "Islamic State fighters seized Mosul. The prime minister asked parliament to declare a state of emergency.", si: 1, root: "02", want: "IRQGOV>IRQLEG"},
		// must-not: places in two states
		{why: "places in two states", date: "2016-05-01", text: "Bombs exploded in Manchester and in Lyon. Police said the attackers had acted alone.", si: 1, root: "01", not: "GBRCOP>---UAF"},
	} {
		checkStory(t, p, c)
	}
}

// TestS13AccusedOnly: a bare state organ that says or charges that a
// party named by its state's adjective did a hostile act is not of that
// state; an army's report of its own troops' fight keeps its state.
func TestS13AccusedOnly(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []longStory{
		{why: "ceasefire violated by foreign troops", date: "2019-03-01", text: "The army said Pakistani troops had violated the ceasefire along the Line of Control.", si: 0, root: "11", not: "PAKMIL>PAKMIL"},
		{why: "foreign hackers accused", date: "2015-05-01", text: "The government accused Russian hackers of attacking its computer networks.", si: 0, root: "11", not: "RUSGOV>RUSCRM"},
		{why: "foreign warships entered its waters", date: "2020-05-01", text: "The navy said Chinese warships had entered the country's territorial waters.", si: 0, root: "01", want: "---MIL>CHNMIL"},
		{why: "a foreign state's shelling", date: "2017-05-01", text: "The prime minister said Indian shelling had killed three civilians in Kashmir.", si: 0, root: "01", not: "INDGOV>IND"},
		// must-not: an army's report of its own troops' fight
		{why: "own troops killed militants", date: "2017-05-01", text: "The army said Pakistani troops had killed 20 militants.", si: 0, root: "01", want: "PAKMIL>PAKMIL"},
		{why: "own troops retook a town", date: "2016-03-27", text: "The government said Syrian troops had retaken Palmyra.", si: 0, root: "01", want: "SYRGOV>SYRMIL"},
	} {
		checkStory(t, p, c)
	}
}
