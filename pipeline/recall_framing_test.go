package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// Every sentence and story in this file was written for it. They test how
// the story-level stages read wire framing: a dateline is where the
// reporter files from, the weakest sign of whose a bare sector is; a
// reported clause's place is not the speaker's. Rows use storyCase
// (recall_stories_test.go): want is a dyad that must be coded, not one
// that must not be.

func TestRecallFraming(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []storyCase{
		// 1. A dateline from a state no actor is from: the sentence's own
		// state, not the dateline's, fills a bare sector.
		{"police arrest students under another dateline", "2021-05-04",
			"AMMAN, May 4 (Reuters) - Iraqi police detained dozens of students on Tuesday.",
			0, "17", "IRQCOP>IRQEDU", ""},
		{"the students are not the dateline's", "2021-05-04",
			"AMMAN, May 4 (Reuters) - Iraqi police detained dozens of students on Tuesday.",
			0, "17", "", "IRQCOP>JOREDU"},
		{"a bare office after a named army", "2021-05-04",
			"DAKAR (AFP) - Guinean soldiers arrested the prime minister on Wednesday.",
			0, "17", "GINMIL>GINGOV", ""},
		{"the office is not the dateline's", "2021-05-04",
			"DAKAR (AFP) - Guinean soldiers arrested the prime minister on Wednesday.",
			0, "17", "", "GINMIL>SENGOV"},
		{"a state named after the bare subject", "2021-05-04",
			"ISTANBUL (Reuters) - Prosecutors charged the former Georgian defence minister with fraud.",
			0, "11", "GEOJUD>GEOELI", ""},
		{"a passive agent's state", "2021-05-04",
			"CAIRO, May 4 (Reuters) - The strikers were beaten by Sudanese police.",
			0, "17", "SDNCOP>SDNLAB", ""},
		{"the clause's place fills a bare armed group", "2021-05-04",
			"ACCRA (Reuters) - Burkinabe soldiers ambushed a column of insurgents near Djibo.",
			0, "19", "BFAMIL>BFAREB", ""},
		{"the insurgents are not the dateline's", "2021-05-04",
			"ACCRA (Reuters) - Burkinabe soldiers ambushed a column of insurgents near Djibo.",
			0, "19", "", "BFAMIL>GHAREB"},
		// An army's state says nothing of whose its victims are, nor of
		// who reports the attack: the dateline does.
		{"victims of a foreign army under its dateline", "2021-06-01",
			"TBILISI (Reuters) - Russian troops shelled the village of Nikozi overnight, killing two civilians, local officials said.",
			0, "19", "RUSMIL>GEOCVL", ""},
		{"the victims are not the army's", "2021-06-01",
			"TBILISI (Reuters) - Russian troops shelled the village of Nikozi overnight, killing two civilians, local officials said.",
			0, "19", "", "RUSMIL>RUSCVL"},
		// Datelines without an agency: a country after the city is the
		// same place, counted once; a day before a double hyphen.
		{"a city and its country, one dateline", "2021-06-01",
			"ACCRA, Ghana — Togolese police detained dozens of students on Monday.",
			0, "17", "TGOCOP>TGOEDU", ""},
		{"the students are not the dateline's country", "2021-06-01",
			"ACCRA, Ghana — Togolese police detained dozens of students on Monday.",
			0, "17", "", "TGOCOP>GHAEDU"},
		{"a dated dateline with no agency", "2021-06-01",
			"ACCRA, June 3 -- Police detained dozens of teachers on Monday.",
			0, "17", "GHACOP>GHAEDU", ""},
		// Title-case datelines, read only with the agency and the dash.
		{"a title-case dateline", "2021-06-01",
			"Lome, June 3 (Reuters) - Togolese police detained dozens of students on Monday.",
			0, "17", "TGOCOP>TGOEDU", ""},
		{"a title-case dateline fills a bare lead", "2021-06-01",
			"Accra (AFP) - Police detained dozens of teachers on Monday.",
			0, "17", "GHACOP>GHAEDU", ""},
		{"a capitalised word and a parenthesis are no dateline", "2021-06-01",
			"Police (in riot gear) - detained dozens of teachers in Accra.",
			0, "17", "GHACOP>GHAEDU", ""},
		// A place where the act happens outranks the dateline, alone or
		// in the focus count.
		{"the rally's city, not the dateline's", "2021-06-01",
			"VIENNA (Reuters) - Teachers rallied in Budapest on Monday demanding higher pay.",
			0, "14", "HUNEDU>HUN", ""},
		{"a title-case dateline leads no focus", "2021-06-01",
			"Oslo (AFP) - Farmers marched through Warsaw on Monday to protest against grain imports.",
			0, "14", "", "NORAGR>POL"},
		{"with no place the dateline still fills", "2021-06-01",
			"VIENNA (Reuters) - Teachers rallied on Monday demanding higher pay.",
			0, "14", "AUTEDU>AUT", ""},
		// Two states in the sentence say nothing of whose the militants
		// are, and the dateline's state stays out of it too.
		{"two states leave a bare side bare", "2021-05-04",
			"NAIROBI (Reuters) - Ethiopian troops killed six militants who had crossed from Somalia.",
			0, "19", "", "ETHMIL>ETHREB"},
		{"two states, not the dateline's either", "2021-05-04",
			"NAIROBI (Reuters) - Ethiopian troops killed six militants who had crossed from Somalia.",
			0, "19", "", "ETHMIL>KENREB"},
		// What datelines are right for stays: a lead that names no state
		// is the dateline's.
		{"a lead with no state is the dateline's", "2021-05-04",
			"MANILA (Reuters) - Police arrested three opposition activists on Monday.",
			0, "17", "PHLCOP>PHLOPP", ""},
		{"a later bare organ in a dateline-only story", "2021-05-04",
			"LIMA (Reuters) - Thousands of miners went on strike on Monday. The government accused the unions of sabotage.",
			1, "11", "PERGOV>PERLAB", ""},
		// A later bare sector takes the one state the text names, not
		// the dateline's, which ties it in the count ...
		{"the text's one state after a dateline", "2021-06-01",
			"AMMAN (Reuters) - Iraqi troops stormed a militant hideout near Mosul on Monday. The opposition accused the government of using excessive force.",
			1, "11", "IRQOPP>IRQGOV", ""},
		{"the opposition is not the dateline's", "2021-06-01",
			"AMMAN (Reuters) - Iraqi troops stormed a militant hideout near Mosul on Monday. The opposition accused the government of using excessive force.",
			1, "11", "", "JOROPP>IRQGOV"},
		// ... but a place inside a demand names no one.
		{"a demanded place is not the story's state", "2021-06-01",
			"PARIS (AFP) - Students marched through Paris on Friday to demand an end to the war in Sudan. Police detained five people.",
			1, "17", "FRACOP>FRACVL", ""},
		// The dateline still counts toward the story's main country: with
		// the lead's state it outweighs the other side.
		{"the dateline breaks a tie", "2021-05-04",
			"ISLAMABAD (Reuters) - Pakistan closed its border crossing with Afghanistan on Friday. The Taliban condemned the closure. The army said the crossing would reopen next week.",
			2, "01", "PAKMIL>", ""},

		// 2. The dateline's city is no side of an event whose lead names
		// its own subject.
		{"the dateline city is not the target", "2021-05-04",
			"GENEVA (Reuters) - The shelling of Kharkiv by Russian troops killed four civilians.",
			0, "19", "", "RUSMIL>CHE"},
		{"the dateline city is not the inquiry's target", "2021-05-04",
			"PARIS (AFP) - An inquiry by the African Union into the massacre in Burkina Faso began.",
			0, "09", "", "IGOAFR>FRA"},
		{"the dateline city is no attacker of a nominal lead", "2021-05-04",
			"LONDON (Reuters) - The bombing of Kharkiv by Russian jets killed nine people.",
			0, "19", "", "GBR>"},
		{"a lead with no subject keeps the dateline", "2021-05-04",
			"TOKYO (Reuters) - A spokesman said talks with South Korea had been constructive.",
			0, "01", "JPN>KOR", ""},

		// 3. The speaker of a reported clause takes no country from its
		// place, nor from a venue of talks between others.
		{"a venue in a reported clause", "2021-05-04",
			"Officials said on Thursday that Indian and Chinese generals held talks in Moscow.",
			0, "01", "", "RUSGOV>"},
		{"a place in a statement's clause", "2021-05-04",
			"Officials told reporters that soldiers detained two journalists in Goma.",
			0, "01", "", "CODGOV>CODMED"},
		{"the reported event keeps its place's country", "2021-05-04",
			"Officials told reporters that soldiers detained two journalists in Goma.",
			0, "17", "CODMIL>CODMED", ""},
		// Envoys named with a shared head ("Iranian and Saudi
		// diplomats") are abroad, whichever nationality comes first.
		{"coordinated envoys do not make the speaker theirs", "2021-05-04",
			"Officials said on Thursday that Kenyan and Ethiopian diplomats held talks in Cairo.",
			0, "01", "", "KENGOV>"},
		// A relative clause on a noun still places its object.
		{"a relative clause places the object", "2021-05-04",
			"Israeli aircraft struck a warehouse that stored rockets in Gaza City.",
			0, "19", "ISR>PSE", ""},

		// 4. "in the city of X" after a bare sector says whose it is.
		{"a court in the city of", "2021-05-04",
			"TOKYO (Reuters) - A court in the southern city of Guangzhou jailed the Japanese engineer for espionage.",
			0, "17", "CHNJUD>JPNBUS", ""},
		{"the court is not the engineer's", "2021-05-04",
			"TOKYO (Reuters) - A court in the southern city of Guangzhou jailed the Japanese engineer for espionage.",
			0, "17", "", "JPNJUD>JPN"},

		// 5. Story-level faults outside framing.
		// Parties on either side of the verb are paired across it only.
		{"talks with two parties pair each with the host", "2021-05-04",
			"Armenia held talks with Georgia and Azerbaijan on Tuesday.",
			0, "04", "AZE>ARM", ""},
		{"the two parties after 'with' are not paired", "2021-05-04",
			"Armenia held talks with Georgia and Azerbaijan on Tuesday.",
			0, "04", "", "GEO>AZE"},
		{"a plural subject meets pairwise", "2021-05-04",
			"Peru, Chile and Bolivia held talks on Tuesday.",
			0, "04", "CHL>BOL", ""},
		{"a plural subject of a deal is paired", "2021-05-04",
			"Serbia and Kosovo reached a deal on the prisoners after talks in Brussels.",
			0, "05", "KSV>SRB", ""},
		// A gate or street named after a city is not in it.
		{"a gate named after a city", "2021-05-04",
			"Police detained three youths near the Damascus Gate on Saturday.",
			0, "17", "", "SYRCOP>SYRCVL"},
		{"the city itself", "2021-05-04",
			"Police detained three youths in Damascus on Saturday.",
			0, "17", "SYRCOP>SYRCVL", ""},
		// Where someone travels is no focus of the story.
		{"a destination is not the envoys' sender", "2021-05-04",
			"The insurgents dispatched a delegation to Norway on Monday.",
			0, "04", "", "NORREB>NOR"},
		{"the president who travels is not the host's", "2021-05-04",
			"The president travelled to Brazil for the summit.",
			0, "04", "", "BRAGOV>BRA"},
		{"a place of attack still is", "2021-05-04",
			"The insurgents attacked a convoy in Norway on Monday.",
			0, "19", "NORREB>NOR", ""},
		// An army another power backs is not the place's army; backed
		// armed groups are the place's.
		{"backed troops are no state army", "2021-05-04",
			"Kremlin-backed troops shelled the village of Krasnohorivka.",
			0, "19", "", "UKRMIL>UKR"},
		{"backed rebels are the place's", "2021-05-04",
			"Moscow-backed rebels shelled the village of Krasnohorivka.",
			0, "19", "UKRREB>UKR", ""},
	} {
		checkStory(t, p, longStory{why: c.why, date: c.date, text: c.text, si: c.si, root: c.root, want: c.want, not: c.not})
	}
}

// TestPartialTwinTime: an event with no target is the same occasion as a
// fuller one of its sentence only when their own dates can be one.
func TestPartialTwinTime(t *testing.T) {
	ev := func(target, date, end, prec string) event.Event {
		e := event.Event{SentenceIndex: 0, CAMEO: "192", Source: []event.Actor{{Code: "RUS"}}, Date: date, DateEnd: end, DatePrecision: prec}
		if target != "" {
			e.Target = []event.Actor{{Code: target}}
		}
		return e
	}
	for _, c := range []struct {
		why          string
		full, partly event.Event
		twin         bool
	}{
		{"same day", ev("UKR", "2022-03-02", "2022-03-02", "day"), ev("", "2022-03-02", "2022-03-02", "day"), true},
		{"no date of its own", ev("UKR", "2014-01-01", "2014-12-31", "year"), ev("", "2022-03-02", "2022-03-02", "unknown"), true},
		{"a day inside the year", ev("UKR", "2022-01-01", "2022-12-31", "year"), ev("", "2022-03-02", "2022-03-02", "day"), true},
		{"years apart", ev("UKR", "2014-01-01", "2014-12-31", "year"), ev("", "2022-03-02", "2022-03-02", "day"), false},
		{"another day", ev("UKR", "2022-03-01", "2022-03-01", "day"), ev("", "2022-03-02", "2022-03-02", "day"), false},
	} {
		out := []event.Event{c.full, c.partly}
		if got := partialTwin(out, 1); got != c.twin {
			t.Errorf("%s: partialTwin = %v, want %v", c.why, got, c.twin)
		}
	}
}

// FuzzFraming codes any text under the wire framings: datelines with and
// without an agency, lead-ins and trailing attributions must not panic or
// put an actor outside its sentence.
func FuzzFraming(f *testing.F) {
	p := newTestPipeline(f)
	for _, s := range []string{
		"ACCRA, Ghana — Togolese police detained students.",
		"ACCRA, June 3 -- Police detained teachers.",
		"ACCRA, -- ", "X, Y --", "BEIRUT (AP) —", "GENEVA (Reuters) - The bombing of Kharkiv by",
		"Iranian and", "and Saudi diplomats", "Kremlin-backed", "-backed forces",
		"near the Damascus Gate", "Damascus Gate", "sent envoys to", "to",
		"said on Tuesday that", "that \xff in Beijing",
	} {
		f.Add(s)
	}
	framings := wireFramings(map[string]bool{"the": true}, func(string) bool { return false })
	f.Fuzz(func(t *testing.T, txt string) {
		for _, v := range framings {
			s := v.f(txt)
			checkActorOffsets(t, s, codeText(t, p, "2021-06-01", s))
		}
	})
}
