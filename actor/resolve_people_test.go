package actor

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parley-events/parley/data"
	"github.com/parley-events/parley/text/fasttag"
)

const peopleTestDict = `@kind country
GEO  Georgia | Georgian | Georgians
KEN  Kenya | Kenyan | Kenyans
AFG  Afghanistan | Afghan | Afghans
SYR  Syria | Syrian | Syrians
@kind sector
CVL  thousands | hundreds | dozens | scores | tens of thousands | hundreds of thousands | thousand | hundred
CVL  protesters | nationals | foreigners | foreign nationals | expatriates
LAB  workers
MIL  multinational forces
COP  police
MIL  troops | soldiers | forces
REB  fighters | militants | jihadists
RAD  islamist
UAF  mercenaries | gunmen
MED  journalists
GOV  foreign ministry | foreign minister | diplomats
SPY  intelligence service
`

// TestBareCrowds: a plural quantity noun standing alone is a crowd of
// civilians whose country the text has not given; before "of", as an
// amount, after money or after a noun it is no actor.
func TestBareCrowds(t *testing.T) {
	checkResolve(t, peopleTestDict, []resolveCase{
		{"Thousands rallied against the new law.", "2024-01-01", "---CVL"},
		{"Hundreds marched through the capital on Sunday.", "2024-01-01", "---CVL"},
		{"Kenyan police detained dozens after the rally.", "2024-01-01", "KENCOP ---CVL"},
		{"Scores were wounded in the stampede.", "2024-01-01", "---CVL"},
		{"Tens of thousands protested over the vote.", "2024-01-01", "---CVL"},
		{"Hundreds of thousands fled the fighting.", "2024-01-01", "---CVL"},
		{"Many thousands signed the petition.", "2024-01-01", "---CVL"},
		{"Hundreds more were arrested overnight.", "2024-01-01", "---CVL"},
		{"The thousands who gathered sang the anthem.", "2024-01-01", "---CVL"},
		// Must not: the "of" complement decides what is counted.
		{"The repairs cost thousands of dollars.", "2024-01-01", ""},
		{"Donors sent hundreds of tonnes of food.", "2024-01-01", ""},
		{"Tens of thousands of Afghans crossed the border.", "2024-01-01", "AFGCVL"},
		{"Dozens of Kenyan police guarded the court.", "2024-01-01", "KENCOP"},
		{"Hundreds of thousands of Syrians returned.", "2024-01-01", "SYRCVL"},
		// Must not: amounts, money, other nouns.
		{"Turnout was in the thousands.", "2024-01-01", ""},
		{"Refugees arrived by the hundreds.", "2024-01-01", ""},
		{"The campaign raised thousands for the victims.", "2024-01-01", ""},
		{"The new scheme would cost hundreds a month.", "2024-01-01", ""},
		{"Exam scores rose sharply this year.", "2024-01-01", ""},
		{"The militia settled old scores.", "2024-01-01", ""},
		{"Thousands more troops arrived.", "2024-01-01", "---MIL"},
		// The singulars count people only after "several" or "a few".
		{"Several thousand marched on the palace.", "2024-01-01", "---CVL"},
		{"Kenyan police dispersed a few hundred outside the court.", "2024-01-01", "KENCOP ---CVL"},
		{"Several thousand protesters marched on the palace.", "2024-01-01", "---CVL"},
		{"The siege lasted a hundred days.", "2024-01-01", ""},
		{"One thousand was the limit.", "2024-01-01", ""},
		{"The fund paid several hundred thousand dollars.", "2024-01-01", ""},
		{"The tickets cost a few hundred each.", "2024-01-01", ""},
	})
}

// TestForeignAgents: agents the text calls foreign have no country the
// pipeline may fill (Phrase.Foreign, NeedsCountry false); the state's
// own titles that begin with "foreign", its foreign intelligence
// service, a named country and "foreign-backed" locals are not.
func TestForeignAgents(t *testing.T) {
	r, an := testResolver(t, peopleTestDict)
	cases := []struct {
		sentence string
		want     string // code of the first non-modifier phrase
		foreign  bool
	}{
		{"Foreign fighters attacked the checkpoint.", "---REB", true},
		{"The army clashed with foreign mercenaries near the border.", "---UAF", true},
		{"Foreign troops withdrew from the north.", "---MIL", true},
		{"Foreign Islamist militants seized the town.", "---RADREB", true},
		{"Gunmen kidnapped three foreigners.", "---UAF", false}, // the gunmen
		{"Foreign nationals were evacuated by air.", "---CVL", true},
		{"Foreign journalists were expelled.", "---MED", true},
		{"Foreign diplomats were summoned.", "---GOV", true},
		{"International troops patrolled the border.", "---MIL", true},
		{"Multinational forces patrolled the border.", "---MIL", true},
		{"Overseas workers protested.", "---LAB", true},
		{"Expatriates were evacuated by air.", "---CVL", true},
		// Must not: the state's own offices and services, a country named,
		// a compound adjective, no "foreign" at all.
		{"The foreign ministry condemned the attack.", "---GOV", false},
		{"The foreign minister flew to Nairobi.", "---GOV", false},
		{"The foreign intelligence service said the plot failed.", "---SPY", false},
		{"Syrian foreign fighters returned home.", "SYRREB", false},
		{"Foreign-backed fighters attacked the checkpoint.", "---REB", false},
		{"Fighters attacked the checkpoint.", "---REB", false},
	}
	for _, c := range cases {
		groups := r.Resolve(an.Analyze(c.sentence)[0].Tokens, "2024-01-01")
		var first *Phrase
		for gi := range groups {
			for pi := range groups[gi].Phrases {
				if ph := &groups[gi].Phrases[pi]; !ph.Modifier && first == nil {
					first = ph
				}
			}
		}
		if first == nil {
			t.Errorf("%q: no actor, want %s", c.sentence, c.want)
			continue
		}
		if first.Code != c.want || first.Foreign != c.foreign {
			t.Errorf("%q: %s foreign=%v, want %s foreign=%v", c.sentence, first.Code, first.Foreign, c.want, c.foreign)
		}
		if first.Foreign && first.NeedsCountry() {
			t.Errorf("%q: a foreign phrase must not need a country", c.sentence)
		}
	}
	// The foreigners of "Gunmen kidnapped three foreigners" are foreign.
	groups := r.Resolve(an.Analyze("Gunmen kidnapped three foreigners.")[0].Tokens, "2024-01-01")
	if last := groups[len(groups)-1].Phrases[0]; last.Code != "---CVL" || !last.Foreign {
		t.Errorf("three foreigners: %s foreign=%v, want ---CVL foreign=true", last.Code, last.Foreign)
	}
}

// TestNewsPeopleNouns: the audited people nouns of news copy resolve, in the
// real dictionary, to their sector after a country adjective, in both
// numbers where English uses both; singulars that mostly modify a thing
// ("commuter trains") name nobody.
func TestNewsPeopleNouns(t *testing.T) {
	d, err := LoadText(data.FS, "actors")
	if err != nil {
		t.Fatal(err)
	}
	an, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	r := NewResolver(d)
	cases := []struct{ noun, want string }{
		{"worshipers", "CVL"}, {"worshiper", "CVL"}, {"commuters", "CVL"}, {"holidaymakers", "CVL"},
		{"onlookers", "CVL"}, {"onlooker", "CVL"}, {"abductees", "CVL"}, {"hunger strikers", "CVL"},
		{"hunger striker", "CVL"}, {"protest leaders", "CVL"}, {"war veterans", "CVL"}, {"writers", "CVL"},
		{"deportees", "REF"}, {"deportee", "REF"}, {"stowaways", "REF"}, {"immigrants", "REF"},
		{"undergraduates", "EDU"}, {"headmaster", "EDU"}, {"schoolteachers", "EDU"},
		{"midwives", "HLH"}, {"midwife", "HLH"}, {"polio workers", "HLH"}, {"ambulance driver", "HLH"},
		{"steelworkers", "LAB"}, {"housemaids", "LAB"},
		{"shepherds", "AGR"}, {"shepherd", "AGR"}, {"smallholders", "AGR"},
		{"cartoonists", "MED"}, {"cartoonist", "MED"}, {"television crew", "MED"}, {"presenters", "MED"},
		{"councillors", "GOV"}, {"village chiefs", "GOV"}, {"prefect", "GOV"}, {"emergency workers", "GOV"},
		{"prison guards", "COP"}, {"prison guard", "COP"}, {"jailers", "COP"},
		{"self-defence groups", "UAF"}, {"private military contractors", "UAF"},
		{"cattle rustlers", "CRM"}, {"arsonists", "CRM"}, {"hitmen", "CRM"}, {"hitman", "CRM"},
		{"servicemen", "MIL"}, {"serviceman", "MIL"}, {"mutineers", "MIL"}, {"military advisers", "MIL"},
		{"informants", "SPY"}, {"secret agents", "SPY"},
		{"chaplains", "REL"}, {"churchgoers", "CHR"}, {"parishioners", "CHR"}, {"friars", "CTH"},
		{"islamic clerics", "MOS"}, {"muezzin", "MOS"}, {"sufis", "SFI"},
		{"street vendors", "BUS"}, {"hawkers", "BUS"}, {"arms dealer", "BUS"},
		{"charity workers", "NGO"}, {"pro-democracy protesters", "OPP"}, {"regime critics", "OPP"},
		{"separatist leaders", "SEP"}, {"settler leaders", "SET"}, {"traditional rulers", "ELI"},
		{"militia leaders", "REB"}, {"guerrilla leader", "REB"}, {"church leaders", "CHR"}, {"cartel leader", "CRM"},
		{"kingpins", "CRM"}, {"hostage-takers", "CRM"}, {"strike leaders", "LAB"}, {"protest organisers", "CVL"},
		{"prisoners of war", "MIL"},
		{"extortionist", "CRM"}, {"crewman", "CVL"}, {"defence lawyer", "CVL"}, {"graduate student", "EDU"},
		{"legionnaire", "MIL"}, {"guerrilla fighter", "REB"}, {"perpetrator", "UAF"}, {"moneychanger", "BUS"},
		{"investigating magistrates", "JUD"}, {"anglicans", "PRO"}, {"garrisons", "MIL"},
	}
	for _, c := range cases {
		s := "The Kenyan " + c.noun + " were seen on Monday."
		if got := strings.Join(phraseCodes(r, an, s, "2024-01-01"), " "); got != "KEN"+c.want {
			t.Errorf("%q: %s, want KEN%s", s, got, c.want)
		}
	}
	// Must not: singulars that modify a thing, and words left out.
	for _, s := range []string{
		"Bombs exploded on commuter trains.",
		"A passenger plane landed safely.",
		"The bill tightens immigrant visa rules.",
		"Tourist visas were suspended.",
		"Old scores were settled in the town.",
		"Hundreds of tonnes of grain were shipped.",
	} {
		if got := phraseCodes(r, an, s, "2024-01-01"); len(got) != 0 {
			t.Errorf("%q: %v, want no actor", s, got)
		}
	}
}

// FuzzBareCrowd: quantity nouns and "foreign" at every edge of a
// sentence never panic, and every phrase lies inside the sentence.
func FuzzBareCrowd(f *testing.F) {
	d, err := LoadText(fstest.MapFS{"d/a.txt": {Data: []byte(peopleTestDict)}}, "d")
	if err != nil {
		f.Fatal(err)
	}
	an, err := fasttag.NewAnalyzer()
	if err != nil {
		f.Fatal(err)
	}
	r := NewResolver(d)
	for _, s := range []string{
		"Thousands", "of thousands", "the thousands", "in the", "foreign", "Foreign fighters",
		"tens of thousands of", "hundreds of thousands", "cost hundreds", "foreigners foreign",
		"Dozens, scores\xff and hundreds", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sent := range an.Analyze(s) {
			n := len(sent.Tokens)
			for _, g := range r.Resolve(sent.Tokens, "2024-01-01") {
				for _, ph := range g.Phrases {
					if ph.Start < 0 || ph.End > n || ph.Start >= ph.End || ph.Code == "" {
						t.Fatalf("%q: phrase [%d,%d) %q out of %d tokens", s, ph.Start, ph.End, ph.Code, n)
					}
				}
			}
		}
	})
}
