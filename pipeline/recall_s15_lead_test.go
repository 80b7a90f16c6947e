package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// TestS15LeadNominalGerund: a state's adjective before an -ing noun and a
// preposition heads the subject of the verb after them ("Pakistani
// shelling across the Line of Control killed", verb/roles.go,
// nominalGerund), as it does before a noun ("Israeli strikes in southern
// Lebanon killed"). An -ing noun of no violence gives no attack.
func TestS15LeadNominalGerund(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "shelling across a line", text: "Pakistani shelling across the Line of Control killed three civilians in Kashmir, Indian officials said.", code: "19", src: "PAK", tgt: "-"},
		{why: "bombing near a border", text: "Turkish bombing near the border killed two Kurdish fighters on Sunday.", code: "19", src: "TUR", tgt: "-"},
		{why: "shelling in a town", text: "Azerbaijani shelling in Stepanakert wounded four civilians, Armenian officials said.", code: "19", src: "AZE", tgt: "-"},
		{why: "must not: trading is no attack", text: "Russian trading in Gazprom shares rose sharply on Monday.", code: "19", none: true},
		{why: "must not: fishing angers, no force", text: "Chinese fishing near the Scarborough Shoal angered the Philippines.", code: "19", none: true},
	})
}

// sideCountry is the side rule of the lead's tables: "-" matches any side.
func sideCountry(as []event.Actor, want string) bool { return want == "-" || hasCountry(as, want) }

// TestS15LeadStruckPlaceNoun: the people a blow kills are of the place it
// fell on, when the blow is a noun too ("Russian shelling of Kharkiv killed
// four people", pipeline/default.go, struckPlace), not of the attacker's
// state that heads the sentence. The blow and its toll are one act of the
// blow's kind (194, 195; B18's oneAct).
func TestS15LeadStruckPlaceNoun(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "shelling of a city", text: "Russian shelling of Kharkiv killed four people on Tuesday, the regional governor said.", code: "194", src: "RUS", tgt: "UKR"},
		{why: "strike on a town", text: "A Saudi air strike on Saada killed 12 people, Houthi officials said.", code: "195", src: "SAU", tgt: "YEM"},
		{why: "bombardment of a town", text: "Syrian government bombardment of Douma killed 30 people.", code: "194", src: "SYR", tgt: "SYR"},
	}, sideCountry)
}

// TestS15LeadSettlers: settlers are of the state that settles them, not
// of the occupied land they live in (pipeline/default.go, settlerState and
// localSides): the West Bank's are Israel's, Western Sahara's Morocco's.
// Settlers named with their own state keep it.
func TestS15LeadSettlers(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "bare settlers, place after", text: "Settlers attacked a Palestinian village in the West Bank on Friday.", code: "19", src: "ISR", tgt: "PSE"},
		{why: "bare settlers in the occupied territory", text: "Settlers in the occupied West Bank shot dead a Palestinian man.", code: "19", src: "ISR", tgt: "PSE"},
		{why: "settlers arrested", text: "Israeli police arrested two settlers suspected of attacking a Palestinian family in Hebron.", code: "173", src: "ISR", tgt: "ISR"},
		{why: "stones at settlers", text: "Palestinian youths threw stones at settlers near Nablus.", code: "14", src: "PSE", tgt: "ISR"},
		{why: "Western Sahara", text: "Moroccan police detained settlers in Laayoune.", code: "173", src: "MAR", tgt: "MAR"},
		{why: "a settlers' arson (180 since the nineteenth session) with no target named is on the place", text: "Settlers attacked a Palestinian village near Nablus, setting fire to cars.", code: "180", src: "ISR", tgt: "PSE"},
		{why: "must not: a settlers' arson on their own state", text: "Settlers attacked a Palestinian village near Nablus, setting fire to cars.", code: "180", src: "ISR", tgt: "ISR", none: true},
		{why: "settlers named by their state", text: "Dutch settlers clashed with Xhosa warriors in 1779.", code: "19", src: "NLD", tgt: "-"},
		{why: "must not: Palestinians are not settlers", text: "Settlers attacked a Palestinian village in the West Bank on Friday.", code: "19", src: "PSE", tgt: "PSE", none: true},
	}, sideCountry)
}

// TestS15LeadChronology: a chronology's entries ("2014 - Russia annexes
// Crimea; pro-Russian separatists seize ...", "Oct. 7, 2023: ...") are
// tagged as sentences from after their date (text/retag.go, entryEnd), so
// a present verb after the entry's first name is a verb, and the heading
// date dates every clause of the entry that has none of its own
// (pipeline/default.go, entryDate). A clause's own date still wins.
func TestS15LeadChronology(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct {
		why, text, code, date string
	}{
		{"year heading, present -s verb", "2014 - Russia annexes Crimea; pro-Russian separatists seize government buildings in Donetsk.", "192", "2014-01-01"},
		{"year heading, second clause", "2014 - Russia annexes Crimea; pro-Russian separatists seize government buildings in Donetsk.", "1711", "2014-01-01"},
		{"month heading, second clause after a semicolon", "March 2011 - Protests erupt in Deraa; security forces open fire on demonstrators.", "175", "2011-03-01"},
		{"day heading with a colon, second clause", "Nov. 24, 2023: Israel and Hamas begin a truce; Hamas frees 24 hostages.", "0841", "2023-11-24"},
		{"year heading, plural subject", "1998 - India and Pakistan carry out nuclear tests.", "15", "1998-01-01"},
		{"the clause's own date wins", "2019 - Turkey launches an offensive in Syria; the United States imposes sanctions on Ankara on Oct. 14.", "163", "2019-10-14"},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for _, e := range evs {
			if strings.HasPrefix(e.CAMEO, c.code) && e.Date == c.date {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q: want a %s event dated %s; got %s", c.why, c.text, c.code, c.date, describe(evs))
		}
	}
	// Not a chronology: a number before a dash, and a clause's date that a
	// semicolon cuts off from the next clause without heading the line.
	for _, text := range []string{
		"2000 - 3000 protesters marched on parliament; police fired tear gas.",
		"Police fired tear gas in March 2011; protesters burned tyres.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.Date != "2024-05-01" && strings.HasPrefix(e.CAMEO, "14") {
				t.Errorf("%q: %s dated %s, want the story's day", text, e.CAMEO, e.Date)
			}
		}
	}
}

// TestS15LeadProFighters: armed men for another state's cause ("pro-Russian
// separatists", "pro-Iranian militias") are neither that state's nor the
// armed group the story named before; they fight where they live, so the
// place of their act says whose they are (pipeline/default.go, the
// country inference and localSides). Activists for a cause abroad keep no
// state of the place they protest in.
func TestS15LeadProFighters(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "separatists, the patron named after", text: "Pro-Russian separatists seized the airport in Donetsk after Russia sent troops to Crimea.", code: "19", src: "UKR", tgt: "UKR"},
		{why: "separatists, the patron named before", text: "Russia massed troops on the border as pro-Russian separatists shelled Mariupol.", code: "19", src: "UKR", tgt: "UKR"},
		{why: "militias after a named group", text: "Iran backed the Houthis, and pro-Iranian militias attacked US bases in Iraq.", code: "19", src: "IRQ", tgt: "USA"},
		{why: "must not: the patron's fighters", text: "Pro-Russian separatists seized the airport in Donetsk after Russia sent troops to Crimea.", code: "19", src: "RUS", tgt: "-", none: true},
		{why: "must not: the named group", text: "Iran backed the Houthis, and pro-Iranian militias attacked US bases in Iraq.", code: "19", src: "YEM", tgt: "-", none: true},
		{why: "must not: activists abroad", text: "Pro-Tibet activists disrupted the torch relay in Paris.", code: "14", src: "FRA", tgt: "-", none: true},
	}, sideCountry)
}

// TestS15LeadOutletReport: a news outlet's trailing "said" or "reported"
// only says where a report came from (pipeline/default.go, outletReport):
// with nothing coded in the report, the outlet made no statement (010).
// A ministry's trailing statement, and an outlet speaking for itself
// before its content, are statements still.
func TestS15LeadOutletReport(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "state news agency", text: "Kim Jong Un visited a munitions factory in the north, KCNA said.", code: "01", none: true},
		{why: "state media", text: "The president toured flood-hit villages on Sunday, state media reported.", code: "01", none: true},
		{why: "a wire agency named", text: "Chinese President Xi Jinping inspected a naval base in Hainan, Xinhua said.", code: "01", none: true},
		{why: "the report's act is still coded", text: "North Korea fired two ballistic missiles into the sea, KCNA said.", code: "15", src: "PRK", tgt: "-"},
		{why: "a ministry's statement stays", text: "Kim Jong Un visited a munitions factory in the north, the South Korean defence ministry said.", code: "010", src: "KOR", tgt: "-"},
	})
}

// TestS15LeadOffenceDate: a date inside the reason a punishment gives
// after "for" or "over" is the offence's, not the punishment's
// (pipeline/default.go, offenceDate, beside reasonOver); a date after a term ("for two
// years in 2021") is the punishment's own.
func TestS15LeadOffenceDate(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct{ why, text, code, date string }{
		{"sentenced for a role in an episode", "A court in Ankara sentenced 25 soldiers to life in prison for their role in the 2016 coup attempt.", "116", "2024-05-01"},
		{"sanctioned over killings during protests", "The United States sanctioned three Iranian officers over killings during the 2019 protests.", "163", "2024-05-01"},
		{"a term, then the punishment's date", "A court jailed the activist for two years in 2021.", "17", "2021-01-01"},
		{"the punishment's own date before the reason", "Police arrested 40 people in March for their role in the 2019 riots.", "173", "2024-03-01"},
	}
	for _, c := range cases {
		found := false
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if strings.HasPrefix(e.CAMEO, c.code) && e.Date == c.date {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q: want a %s event dated %s; got %s", c.why, c.text, c.code, c.date, describe(codeText(t, p, "2024-05-01", c.text)))
		}
	}
}

// TestS15LeadSidesAnd: a verb after "and" with no subject of its own
// shares "the two sides" of the verb before it ("The two sides exchanged
// views on regional issues and agreed to deepen cooperation",
// verb/match.go, sidesBefore), so both acts go to the pair the story named.
// A second clause with a subject of its own keeps it.
func TestS15LeadSidesAnd(t *testing.T) {
	p := newTestPipeline(t)
	const talks = "Chinese Foreign Minister Wang Yi held talks with Pakistani Foreign Minister Shah Mehmood Qureshi in Beijing on Tuesday. "
	checkSideCases(t, p, []m13Case{
		{why: "agreed after exchanged views", text: talks + "The two sides exchanged views on regional issues and agreed to deepen cooperation on trade.", code: "03", src: "CHN", tgt: "PAK"},
		{why: "and the other way", text: talks + "The two sides exchanged views on regional issues and agreed to deepen cooperation on trade.", code: "03", src: "PAK", tgt: "CHN"},
		{why: "pledged after discussed", text: talks + "Both sides discussed the situation in Afghanistan and pledged to strengthen security cooperation.", code: "03", src: "CHN", tgt: "PAK"},
		{why: "must not: a subject of its own", text: talks + "The two sides exchanged views on regional issues and India agreed to join the corridor.", code: "03", src: "CHN", tgt: "PAK", none: true},
	}, sideCountry)
}
