package actor

import (
	"strings"
	"testing"
)

const pairTestDict = `@kind country
USA  United States | US | U.S. | American
CHN  China | Chinese
ISR  Israel | Israeli
PSE  Palestine | Palestinian
RUS  Russia | Russian
UKR  Ukraine | Ukrainian
IND  India | Indian
PAK  Pakistan | Pakistani
JPN  Japan | Japanese
KOR  South Korea | Korea | Korean
RUS  Moscow  [metonym]
@kind sector
GOV  government | negotiators | officials
CVL  activists | students
MIL  soldiers | troops
@kind actor
IGOUNO  UN | United Nations
`

// TestResolveCountryPairs: countries joined by hyphens before an event
// noun are the states that take part, one phrase each in one group;
// before anything else the compound names no actor.
func TestResolveCountryPairs(t *testing.T) {
	checkResolve(t, pairTestDict, []resolveCase{
		// Names, adjectives and abbreviations, before an event noun.
		{"US-China talks resumed on Monday.", "", "USA CHN"},
		{"Israeli-Palestinian negotiations stalled again.", "", "ISR PSE"},
		{"Analysts expect the Russia-Ukraine war to drag on.", "", "RUS UKR"},
		{"The U.S.-China summit was postponed.", "", "USA CHN"},
		// Up to two modifiers before the noun.
		{"India-Pakistan border clashes killed two soldiers.", "", "IND PAK ---MIL"},
		{"Japanese-Korean trade talks opened in Seoul.", "", "JPN KOR"},
		{"US-China high-level trade talks ended.", "", "USA CHN"},
		// Three countries.
		{"A US-Japan-Korea summit is planned.", "", "USA JPN KOR"},
		// A place or thing between two states is no actor.
		{"The Russian-Ukrainian border was closed.", "", ""},
		{"He crossed the India-Pakistan frontier near the village.", "", ""},
		{"US-China relations specialists met the students.", "", "---CVL"},
		// Nationalities before people stay as they were.
		{"Palestinian-American activists protested.", "", "USACVL"},
		{"Chinese-American students held a vigil.", "", "USACVL"},
		// Not two distinct countries.
		{"The China-China talks were a joke.", "", ""},
		{"US-UN talks resumed.", "", ""},
		{"The Moscow-Beijing talks were cordial.", "", ""},
		{"Pre-war talks failed.", "", ""},
		// A name right before the pair stays apart from it.
		{"UN US-China talks resumed.", "", "IGOUNO USA CHN"},
		{"Officials US-China talks resumed.", "", "---GOV USA CHN"},
		// A leading hyphen.
		{"-China talks resumed.", "", ""},
	})
}

// TestCountryPairGroup: the countries of a pair are one group, each a
// non-modifier phrase on the pair's token.
func TestCountryPairGroup(t *testing.T) {
	r, an := testResolver(t, pairTestDict)
	toks := an.Analyze("Officials said US-China talks resumed.")[0].Tokens
	gs := r.Resolve(toks, "")
	var pair *Group
	for i := range gs {
		if len(gs[i].Phrases) > 1 {
			pair = &gs[i]
		}
	}
	if pair == nil {
		t.Fatalf("no group of two phrases in %+v", gs)
	}
	if len(pair.Phrases) != 2 || pair.End-pair.Start != 1 || toks[pair.Start].Text != "US-China" {
		t.Fatalf("pair group %+v over %q, want two phrases on US-China", pair, toks[pair.Start].Text)
	}
	var codes []string
	for _, ph := range pair.Phrases {
		if ph.Modifier || ph.Start != pair.Start || ph.End != pair.End {
			t.Errorf("phrase %+v: want a non-modifier on the pair's token", ph)
		}
		codes = append(codes, ph.Code)
	}
	if got := strings.Join(codes, " "); got != "USA CHN" {
		t.Errorf("codes %q, want USA CHN", got)
	}
}
