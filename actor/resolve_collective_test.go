package actor

import "testing"

const collectiveTestDict = `@kind country
BGD  Bangladesh | Bangladeshi | Bangladeshis
RUS  Russia | Russian | Russians
UKR  Ukraine | Ukrainian | Ukrainians
KEN  Kenya | Kenyan | Kenyans
SDN  Sudan | Sudanese
CHN  China | Chinese
IRN  Iran | Iranian | Iranians
@kind sector
PKO  peacekeepers
MIL  troops | soldiers | army | navy
GOV  government | officials
COP  police
CVL  people
REB  rebels | fighters
HLH  doctors
CVL  hostages
-  contingent | convoy | column | team | group | handful | delegation | embassies
@kind actor
IGOUNO  United Nations | UN
LBNREB  Hezbollah
IGOWSTSVN  Group of Seven | G7
RUSGOV  Vladimir Putin | Putin  [2000-05-07..]
---  world powers
`

// TestCollectiveHeads: "a contingent of X" is X, with X's sector; the
// head alone, or before a thing, names nobody.
func TestCollectiveHeads(t *testing.T) {
	checkResolve(t, collectiveTestDict, []resolveCase{
		{"The first contingent of Bangladeshi peacekeepers arrived on Monday.", "2020-01-01", "BGDPKO"},
		{"A convoy of Hezbollah fighters crossed the border.", "2020-01-01", "LBNREB"},
		{"A team of UN inspectors visited the site.", "2020-01-01", "IGOUNO"},
		{"A handful of Kenyan police guarded the gate.", "2020-01-01", "KENCOP"},
		{"A delegation of Iranian officials arrived in Kabul.", "2020-01-01", "IRNGOV"},
		// Must not: the head alone, a group of things, a named IGO.
		{"The convoy reached the town at dawn.", "2020-01-01", ""},
		{"A group of countries urged restraint.", "2020-01-01", ""},
		{"The Group of Seven met in Italy.", "2020-01-01", "IGOWSTSVN"},
		{"A team of doctors treated the wounded.", "2020-01-01", "---HLH"},
		// A country adjective on a thing stays a modifier after the head.
		{"A column of Russian tanks moved north.", "2020-01-01", ""},
	})
}

// TestPossessivePronouns: its/their/his + a bare sector takes the
// nearest earlier actor that agrees, never a later one.
func TestPossessivePronouns(t *testing.T) {
	checkResolve(t, collectiveTestDict, []resolveCase{
		{"Russia denied that its troops had entered Ukrainian territory.", "2020-01-01", "RUS RUSMIL"},
		{"China said its own navy had rescued the crew.", "2020-01-01", "CHN CHNMIL"},
		{"Ukraine said Russia had moved its troops to the border.", "2020-01-01", "UKR RUS RUSMIL"},
		{"Kenyan rebels said their fighters had taken the town.", "2020-01-01", "KENREB KENREB"},
		{"Putin said his government would not negotiate.", "2020-01-01", "RUSGOV RUSGOV"},
		// "its" is no plural, "his" no state: they look further back or
		// leave the phrase to the story.
		{"Kenyan rebels said its troops had left.", "2020-01-01", "KENREB ---MIL"},
		{"Iran said his government had fallen.", "2020-01-01", "IRN ---GOV"},
		// Never an actor after the pronoun.
		{"Its troops entered Ukrainian territory, Russia said.", "2020-01-01", "---MIL RUS"},
		// Two owners: no single country.
		{"Russia and China said their troops would patrol the zone.", "2020-01-01", "RUS CHN ---MIL"},
		// People a possessor holds or where its embassies stand are not its own.
		{"Kenyan rebels freed their hostages.", "2020-01-01", "KENREB ---CVL"},
		{"Iran closed its embassies in the region.", "2020-01-01", "IRN"},
	})
}

// TestPeopleNouns: plural demonyms and quantified -ese demonyms are
// civilians; "the" + plural is the nation as a party; an adjective
// before an agent noun is untouched.
func TestPeopleNouns(t *testing.T) {
	checkResolve(t, collectiveTestDict, []resolveCase{
		{"Ukrainians voted on Sunday.", "2020-01-01", "UKRCVL"},
		{"Thousands of Sudanese marched in the capital.", "2020-01-01", "SDNCVL"},
		{"Police detained 300 Chinese at the border.", "2020-01-01", "---COP CHNCVL"},
		{"The Russians walked out of the talks.", "2020-01-01", "RUS"},
		{"The Sudanese rejected the proposal.", "2020-01-01", "SDN"},
		{"Sudanese troops shelled the town.", "2020-01-01", "SDNMIL"},
		{"Chinese police detained 300 people.", "2020-01-01", "CHNCOP ---CVL"},
	})
}

// TestGroupsOfStates: a group of states with no single code is an actor
// of unknown country, and a count after "and" keeps it coordinated.
func TestGroupsOfStates(t *testing.T) {
	checkResolve(t, collectiveTestDict, []resolveCase{
		{"Iran and six world powers reached a deal.", "2020-01-01", "IRN ---"},
		{"World powers urged Iran to return to the talks.", "2020-01-01", "--- IRN"},
	})
	r, an := testResolver(t, collectiveTestDict)
	gs := r.Resolve(an.Analyze("Iran and six world powers reached a deal.")[0].Tokens, "2020-01-01")
	if len(gs) != 1 || len(gs[0].Phrases) != 2 {
		t.Errorf("Iran and six world powers: %d groups, want one of two phrases", len(gs))
	}
	gs = r.Resolve(an.Analyze("Iran freed six Kenyans and 20 Ukrainians.")[0].Tokens, "2020-01-01")
	if len(gs) != 2 {
		t.Errorf("Iran freed six Kenyans and 20 Ukrainians: %d groups, want Iran and one coordination", len(gs))
	}
}

// FuzzResolveCollective runs the collective-head, possessive and
// people-noun rules on arbitrary text: no panic, phrases in order and
// inside the sentence, each with a code.
func FuzzResolveCollective(f *testing.F) {
	r, an := testResolver(f, collectiveTestDict)
	for _, s := range []string{
		"The first contingent of Bangladeshi peacekeepers arrived.",
		"a contingent of",
		"of Bangladeshi",
		"contingent of contingent of Russian",
		"Russia said its own own own troops",
		"its troops",
		"its",
		"Russia its",
		"their hostages",
		"Putin his her government",
		"Iran and six world powers",
		"and 6",
		"Thousands of Sudanese",
		"of Sudanese",
		"The Ukrainians",
		"\xff its \xfe troops",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sent := range an.Analyze(s) {
			prev, prevStart := 0, -1
			for _, g := range r.Resolve(sent.Tokens, "2020-01-01") {
				for _, ph := range g.Phrases {
					samePair := ph.Start == prevStart && ph.End == prev
					if ph.Start < prev && !samePair || ph.Start < 0 || ph.End <= ph.Start || ph.End > len(sent.Tokens) {
						t.Fatalf("%q: phrase [%d,%d) out of order or range (%d tokens)", s, ph.Start, ph.End, len(sent.Tokens))
					}
					if ph.Code == "" {
						t.Fatalf("%q: phrase [%d,%d) has no code", s, ph.Start, ph.End)
					}
					prev, prevStart = ph.End, ph.Start
				}
			}
		}
	})
}
