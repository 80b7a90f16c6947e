package actor

import (
	"testing"
	"testing/fstest"

	"github.com/parley-events/parley/text/fasttag"
)

// s12TestDict holds the states, people and nouns the twelfth session's
// rules on relations, offices and clause subjects read.
const s12TestDict = `@kind country
RUS  Russia | Russian
RUS  Moscow  [metonym]
UKR  Ukraine | Ukrainian
UKR  Kyiv  [metonym]
PHL  Philippines | Philippine
PHL  Manila  [metonym]
CHN  China | Chinese
CHN  Beijing  [metonym]
TUR  Turkey | Turkish
USA  United States | US
VEN  Venezuela | Venezuelan
FRA  France | French
FRA  Paris  [metonym]
DEU  Germany | German
DEU  Berlin  [metonym]
@kind actor
USAGOV  Joe Biden | Biden  [2021-01-20..2025-01-20]
RUSGOV  Vladimir Putin | Putin  [2000-05-07..]
VENOPP  Juan Guaido | Guaido  [2019-01-23..2022-12-30]
PSEREB  Yahya Sinwar | Sinwar  [2017-02-13..2024-10-16]
USASPY  CIA
RUSGOV  Kremlin  [1991-12-26..]
@kind sector
GOV  government | president | prime minister | foreign minister | envoy | aide | adviser | advisers | official | officials | presidency | spokesman | junta
OPP  opposition | opposition leader | junta opponents | opponents of the junta
MIL  army | troops | soldiers
COP  police
CVL  men | protesters
-  allies | director | head
`

// TestResolveS12Relations: the side a relation noun puts people on.
func TestResolveS12Relations(t *testing.T) {
	checkResolve(t, s12TestDict, []resolveCase{
		{"A senior aide to President Biden met officials.", "2023-05-01", "USAGOV ---GOV"},
		{"Critics of the Kremlin accused Putin.", "2023-05-01", "RUSOPP RUSGOV"},
		{"Putin's critics accused the Kremlin.", "2023-05-01", "RUSOPP RUSGOV"},
		{"Allies of the prime minister accused the opposition.", "2023-05-01", "---GOV ---OPP"},
		// Must-nots: a state's allies, critics of a state, and critics of
		// a thing stay what they were.
		{"Allies of Russia accused Ukraine.", "2023-05-01", "--- UKR"},
		{"Russia's critics accused Moscow.", "2023-05-01", "RUS RUS"},
		{"Critics of the plan accused the government.", "2023-05-01", "---GOV"},
		// An aide with his own country keeps it.
		{"US advisers to the Ukrainian army met officials.", "2023-05-01", "USAGOV UKRMIL ---GOV"},
	})
}

// TestResolveS12People: a leader's men, a title of no state office after
// a person's terms, the removed from office, and staff of a body.
func TestResolveS12People(t *testing.T) {
	checkResolve(t, s12TestDict, []resolveCase{
		{"Sinwar's men attacked troops.", "2023-05-01", "PSEREB ---MIL"},
		{"Police arrested three men.", "2023-05-01", "---COP ---CVL"},
		{"Police charged opposition leader Juan Guaido.", "2023-05-01", "---COP VENOPP"},
		{"Police charged former opposition leader Juan Guaido.", "2023-05-01", "---COP VENELI"},
		{"President Juan Guaido spoke.", "2023-05-01", "VENELI"},
		{"The ousted president fled.", "2023-05-01", "---ELI"},
		{"The junta ousted the president.", "2023-05-01", "---GOV ---GOV"},
		{"Soldiers toppled Russia's president.", "2023-05-01", "---MIL RUSGOV"},
		{"Soldiers ousted President Tomas Varga.", "2023-05-01", "---MIL ---GOV"},
		{"The director of the CIA met officials.", "2023-05-01", "USASPY ---GOV"},
		{"An official at the Turkish presidency accused Russia.", "2023-05-01", "TURGOV RUS"},
		{"Officials at the Turkish border accused Russia.", "2023-05-01", "---GOV RUS"},
		{"Police arrested Foreign Minister Ahmed Salem in Paris.", "2023-05-01", "---COP ---GOV"},
	})
}

// TestResolveS12ClauseSubject: a capital after ", and" or ", but" before
// a finite verb is an actor; in a list of places it is a place.
func TestResolveS12ClauseSubject(t *testing.T) {
	checkResolve(t, s12TestDict, []resolveCase{
		{"Ships blocked a boat near the Spratly Islands, and Manila summoned the Chinese envoy.", "2023-05-01", "PHL CHNGOV"},
		{"Jets struck targets near Kharkiv, but Kyiv accused Moscow.", "2023-05-01", "UKR RUS"},
		{"Protesters marched in Paris, London, and Berlin on Saturday.", "2023-05-01", "---CVL"},
		{"Protesters marched in Paris and Berlin said nothing.", "2023-05-01", "---CVL"},
	})
}

// FuzzResolveS12 runs the session's rules on fragments cut at their
// edges: no panic, and every phrase lies inside its sentence.
func FuzzResolveS12(f *testing.F) {
	d, err := LoadText(fstest.MapFS{"d/a.txt": {Data: []byte(s12TestDict)}}, "d")
	if err != nil {
		f.Fatal(err)
	}
	an, err := fasttag.NewAnalyzer()
	if err != nil {
		f.Fatal(err)
	}
	r := NewResolver(d)
	for _, s := range []string{
		"Critics of", "of the Kremlin", "critics of the", "Putin's", "Putin's critics", "'s critics",
		"allies of the", "Allies of", "aide to President", "aide to", ", and Manila", ", and Manila said",
		"Sinwar's men", "men", "opposition leader Juan", "ousted", "The director of", "head",
		"An official at the", "official at the Turkish", "killed Deputy Governor Abdi", "Minister Ahmed Salem",
		"\xff\xfe critics of the Kremlin", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkPhraseBounds(t, r, an, s, "2023-05-01")
	})
}
