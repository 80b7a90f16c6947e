package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/story"
)

// TestUnknownSpeakers: a speaker the dictionaries do not know ("Witnesses
// said", "Analysts say") leaves the reported event's reporter empty; the
// group after the reporting verb is the reported clause's subject, not a
// speaker, unless a comma or a quote stands before the verb (", said the
// ministry").
func TestUnknownSpeakers(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, root, reporter string }{
		{"Witnesses said soldiers opened fire on the crowd.", "18,19,17", ""},
		{"A 200-page report alleged that French troops had killed civilians in the south.", "18,19,20", ""},
		{"Rebels shelled the town overnight, said the Syrian defence ministry.", "19", "SYRGOV"},
		{"Human Rights Watch said Ethiopian troops had killed civilians in Tigray.", "18,19,20", "NGOHRIHRW"},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for i := range evs {
			e := &evs[i]
			if !strings.Contains(","+c.root+",", ","+e.CAMEORoot+",") {
				continue
			}
			found = true
			if e.Modality.ReportedBy != c.reporter {
				t.Errorf("%q: %s reported by %q, want %q", c.text, e.CAMEO, e.Modality.ReportedBy, c.reporter)
			}
		}
		if !found {
			t.Errorf("%q: no event of root %s; got %s", c.text, c.root, describe(evs))
		}
	}
}

// TestHeadlinePresent: a headline's present verb the tagger read as a
// plural noun after the name that opens it ("Moscow expels ..."), and
// "set" read as a noun before "to" and a verb ("Chad set to expel ..."),
// code; noun compounds with a verb, a time or a noun after them do not.
func TestHeadlinePresent(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "capital, -s verb, number", text: "Moscow expels two British diplomats", code: "161", src: "RUS", tgt: "GBR"},
		{why: "capital, -s verb, adjective", text: "Tehran summons British envoy over sanctions", code: "11", src: "IRN", tgt: "GBR"},
		{why: "set to", text: "Niger set to expel French ambassador", code: "13", src: "NER", tgt: "FRA"},
		{why: "a noun compound with its verb after it", text: "Kenya floods kill 20 people", code: "", none: true},
		{why: "a noun after the -s word", text: "Iran sanctions relief hinges on nuclear talks", code: "16", none: true},
		{why: "a time after the -s word", text: "Moscow talks Tuesday ended in a deal", code: "16", none: true},
	})
}

// TestMembership: a body a state seeks to join modifies the membership,
// and the state is the side ("block Sweden's NATO membership"); the body
// acting stays the body ("NATO warplanes bombed").
func TestMembership(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "possessor of the membership", text: "Turkey vowed to block Sweden's NATO membership.", code: "12", src: "TUR", tgt: "SWE"},
		{why: "candidacy", text: "France backed Ukraine's EU candidacy.", code: "051", src: "FRA", tgt: "UKR"},
		{why: "the body acting", text: "NATO warplanes bombed Tripoli on Monday.", code: "19", src: "IGO", tgt: "LBY"},
	})
	for _, text := range []string{"Turkey vowed to block Sweden's NATO membership.", "France backed Ukraine's EU candidacy."} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if strings.HasPrefix(actorCodes(e.Target), "IGO") {
				t.Errorf("%q: the body sought is a side: %s", text, describe([]event.Event{e}))
			}
		}
	}
}

// TestRoleNouns: a role noun that heads a group ("Egyptian and Qatari
// mediators") gives that group its role, not the group after the verb.
func TestRoleNouns(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text  string
		roles map[string]string // code -> role
	}{
		{"Egyptian and Qatari mediators met Hamas officials in Cairo on Sunday.", map[string]string{"EGY": "mediator", "QAT": "mediator", "PSEREB": "participant"}},
		{"Qatari mediators held talks with Hamas and Israeli negotiators in Doha.", map[string]string{"QAT": "mediator", "PSEREB": "participant", "ISRGOV": "participant"}},
		// The role noun opening the sentence (token 0).
		{"Observers from Jordan attended the talks between the Syrian government and the rebels.", map[string]string{"JOR": "observer", "SYRGOV": "participant"}},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		got := map[string]string{}
		for _, e := range evs {
			for _, a := range e.Participants {
				got[a.Code] = a.Role
			}
		}
		for code, role := range c.roles {
			if got[code] != role {
				t.Errorf("%q: %s is %q, want %q (all: %v)", c.text, code, got[code], role, got)
			}
		}
	}
}

// TestOutsiders: the country of a third party's mediators, observers or
// peacekeepers is not the story's, so bare sectors do not take it.
func TestOutsiders(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, not string }{
		{"Observers from Jordan attended the talks between the government and the rebels.", "JORGOV"},
		{"Kenyan peacekeepers said the army had shelled their base.", "KENMIL"},
		{"Qatari mediators said the rebels had rejected the plan.", "QATREB"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			for _, side := range [][]event.Actor{e.Source, e.Target} {
				for _, a := range side {
					if a.Code == c.not {
						t.Errorf("%q: %s took the outsider's country: %s", c.text, a.Code, describe([]event.Event{e}))
					}
				}
			}
		}
	}
}

// TestSequenceClauses: a clause opened by "after", "before", "until" or
// "once" with a verb of its own has its own scene: the place of the main
// clause does not place its event. "when" keeps the scene shared.
func TestSequenceClauses(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, root, notAt, at string }{
		{"Stocks tumbled in Moscow after Russian forces shelled Odesa.", "19", "Moscow", ""},
		{"Protesters rallied in Paris after Israeli jets struck Gaza.", "19", "Paris", ""},
		{"Scores were arrested when riot police broke up the rally in Harare.", "17", "", "Harare"},
		{"Troops withdrew from Kherson after heavy fighting in the city.", "08", "", "Kherson"},
	} {
		found := false
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if e.CAMEORoot != c.root {
				continue
			}
			found = true
			name := ""
			if e.Location != nil {
				name = e.Location.Name
			}
			if c.notAt != "" && name == c.notAt || c.at != "" && name != c.at {
				t.Errorf("%q: %s placed at %q (not %q, want %q)", c.text, e.CAMEO, name, c.notAt, c.at)
			}
		}
		if !found {
			t.Errorf("%q: no %s event", c.text, c.root)
		}
	}
}

// TestVerbalClashes: parties and oppositions that clash over a topic
// argue (11); armed men and crowds with the police fight.
func TestVerbalClashes(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "parties over a budget", text: "Republicans and Democrats clashed over the budget.", code: "11", src: "USA", tgt: "-"},
		{why: "ruling party and opposition", text: "Kenya's ruling party and the opposition clashed over the new electoral law.", code: "11", src: "KEN", tgt: "-"},
		{why: "militias fight", text: "Rival Libyan militias clashed over control of the port.", code: "19", src: "LBY", tgt: "-"},
		{why: "parties do not fight", text: "Republicans and Democrats clashed over the budget.", code: "19", none: true},
	})
}

// TestTheyAfterMeeting: "they" after a meeting of a coordinated subject
// stands for both parties, not only the first.
func TestTheyAfterMeeting(t *testing.T) {
	p := newTestPipeline(t)
	evs := codeText(t, p, "2024-05-01", "The leaders of Egypt and Sudan met in Cairo on Sunday. They agreed to coordinate their positions on the dam.")
	for _, e := range evs {
		if e.SentenceIndex == 1 && e.CAMEORoot == "03" {
			if src := actorCodes(e.Source) + actorCodes(e.Target); !strings.Contains(src, "EGY") || !strings.Contains(src, "SDN") {
				t.Errorf("'they' is %s>%s, want both Egypt and Sudan", actorCodes(e.Source), actorCodes(e.Target))
			}
			return
		}
	}
	t.Errorf("no 03 event in the second sentence: %s", describe(evs))
}

// TestMutualSubjects: a coordinated subject of distinct parties that
// cooperates with no one else named cooperates with each other, both
// ways; aid, praise and vetoes go to a third party and stay one-sided.
func TestMutualSubjects(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, root, a, b string }{
		{"Egypt and Sudan agreed to coordinate their positions on the dam.", "03", "EGY", "SDN"},
		{"India and Pakistan pledged to resume talks on Kashmir.", "03", "IND", "PAK"},
		{"Kenya and Uganda signed a trade deal on Tuesday.", "05", "KEN", "UGA"},
		{"Argentina and Britain broke off diplomatic relations in 1982.", "16", "ARG", "GBR"},
	} {
		dyads := map[string]bool{}
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if e.CAMEORoot == c.root {
				dyads[actorCodes(e.Source)+">"+actorCodes(e.Target)] = true
			}
		}
		if !dyads[c.a+">"+c.b] || !dyads[c.b+">"+c.a] {
			t.Errorf("%q: want %s>%s and %s>%s, got %v", c.text, c.a, c.b, c.b, c.a, dyads)
		}
	}
	for _, text := range []string{"France and Germany pledged more humanitarian aid.", "Russia and China vetoed the resolution.", "Saudi Arabia, the UAE and Bahrain cut diplomatic ties on Monday."} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			// A third party is fine ("vetoed the resolution" is the UN's,
			// T29's vetoedResolution); one of the subjects is not.
			for _, a := range e.Target {
				for _, s := range e.Source {
					if a.Country == s.Country || a.Country == "" && a.Code == s.Code {
						t.Errorf("%q: one-sided act aimed at its own parties: %s", text, describe([]event.Event{e}))
					}
				}
			}
		}
	}
}

// TestReasonNominals: an act named after "over" is the reason for the
// clause's act, not its subject's own.
func TestReasonNominals(t *testing.T) {
	p := newTestPipeline(t)
	for _, text := range []string{
		"A court in Dhaka indicted 20 people over the bombing of a cafe.",
		"Iran summoned the British envoy over the attack on its embassy.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if r := e.CAMEORoot; (r == "18" || r == "19" || r == "20") && len(e.Source) > 0 {
				t.Errorf("%q: the subject made the act it answers: %s", text, describe([]event.Event{e}))
			}
		}
	}
	checkRootCases(t, p, []rootCase{
		{why: "the clause's own act stays", text: "A court in Dhaka indicted 20 people over the bombing of a cafe.", code: "17", src: "BGD", tgt: "BGD"},
	})
}

// TestWarningConditions: a pronoun in the condition of a warning stands
// for the one warned ("warned Finland of countermeasures if it joined
// NATO": Finland would join).
func TestWarningConditions(t *testing.T) {
	p := newTestPipeline(t)
	for _, e := range codeText(t, p, "2024-05-01", "Russia warned Finland of countermeasures if it joined NATO.") {
		if e.CAMEORoot == "05" && !strings.HasPrefix(actorCodes(e.Source), "FIN") {
			t.Errorf("the joiner is %s, want Finland: %s", actorCodes(e.Source), describe([]event.Event{e}))
		}
	}
}

// TestWaterNames: a state's name inside a sea's or strait's name is the
// water's ("the Sea of Japan", "the Gulf of Oman"), and an act at sea is
// no state's act on its own society.
func TestWaterNames(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, not string }{
		{"North Korea test-fired a ballistic missile into the Sea of Japan.", "JPN"},
		{"Iran seized a tanker in the Gulf of Oman.", "OMN"},
		{"Iran seized a tanker in the Gulf of Oman.", "IRN"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if strings.Contains(actorCodes(e.Target), c.not) {
				t.Errorf("%q: target %s: %s", c.text, actorCodes(e.Target), describe([]event.Event{e}))
			}
		}
	}
	checkRootCases(t, p, []rootCase{
		{why: "the state itself stays", text: "China sent warships to Japan's waters.", code: "15", src: "CHN", tgt: "JPN"},
	})
}

// TestPunditGuesses: what unnamed analysts or experts guess may happen is
// no event; what they report happened is, and so is a party's own plan.
func TestPunditGuesses(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a forecast", text: "Analysts say Russia could launch a new offensive in the spring.", code: "19", none: true},
		{why: "a trailing forecast", text: "Israel could strike Iranian nuclear sites, analysts warned.", code: "19", none: true},
		{why: "a belief about a condition", text: "Experts believe Iran may resume enrichment if talks fail.", code: "0", none: true},
		{why: "a report of what happened", text: "Analysts said Russian forces shelled the port on Monday.", code: "19", src: "RUS", tgt: "-"},
		{why: "a party's own plan", text: "Iran said it would resume enrichment if talks failed.", code: "01", src: "IRN", tgt: "-"},
	})
}

// TestPlaceAfterParticiple: "the junta in neighbouring Guinea" is
// Guinea's junta: a participle before the place is an adjective.
func TestPlaceAfterParticiple(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "neighbouring", text: "Senegal urged the junta in neighbouring Guinea to free detained journalists.", code: "02", src: "SEN", tgt: "GIN"},
	})
}

// TestRedCarpet: a red carpet alone is a state welcome, not show business;
// with a film's words it is show business.
func TestRedCarpet(t *testing.T) {
	p := newTestPipeline(t)
	if evs := codeText(t, p, "2024-05-01", "Beijing rolled out the red carpet for the visiting Brazilian president."); len(evs) == 0 {
		t.Error("a state welcome was discarded as entertainment")
	}
	for _, s := range p.Analyze(story.Story{ID: "s", Date: "2024-05-01", Text: "Stars walked the red carpet at the premiere in Cannes."}).Sentences {
		if s.Discarded == "" {
			t.Error("a premiere's red carpet was kept")
		}
	}
}
