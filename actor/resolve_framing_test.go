package actor

import (
	"strings"
	"testing"
)

const framingTestDict = `@kind country
CHL  Chile | Chilean
PER  Peru | Peruvian
BOL  Bolivia | Bolivian
ECU  Ecuador | Ecuadorian
MEX  Mexico | Mexican
CHN  China | Chinese
VAT  Vatican
MLI  Mali | Malian
@kind sector
GOV  government | diplomats | officials
MIL  troops | soldiers
MED  state media | state television | news agency
`

// groupLine renders a sentence's actor groups: phrases of one group
// joined by "+", groups by " | ". Modifier phrases count: the test is
// about where lists begin and end.
func groupLine(t *testing.T, sentence string) string {
	t.Helper()
	r, an := testResolver(t, framingTestDict)
	var gs []string
	for _, g := range r.Resolve(an.Analyze(sentence)[0].Tokens, "2024-05-01") {
		var ps []string
		for _, ph := range g.Phrases {
			ps = append(ps, ph.Code)
		}
		if len(ps) > 0 {
			gs = append(gs, strings.Join(ps, "+"))
		}
	}
	return strings.Join(gs, " | ")
}

// TestGroupFramedLists: a fronted adverbial closed by a comma ("According
// to X,", "In X,", "Unlike X,") is not the first item of the list after
// it, which is the clause's subject; a list the adverbial holds itself,
// or one before a participle, stays a list. Unframed twins beside them.
func TestGroupFramedLists(t *testing.T) {
	for _, tc := range []struct{ sentence, want string }{
		{"According to state media, Chile and Peru began negotiations.", "---MED | CHL+PER"},
		{"Chile and Peru began negotiations.", "CHL+PER"},
		{"According to state television, Chile, Peru and Bolivia signed the accord.", "---MED | CHL+PER+BOL"},
		{"In Ecuador, Chile and Peru have backed opposite sides.", "ECU | CHL+PER"},
		{"Unlike Mexico, Chile and Peru voted against the resolution.", "MEX | CHL+PER"},
		{"LIMA, May 3 (AFP) - According to state media, Chile and Peru resumed talks.", "---MED | CHL+PER"},
		{"According to state television, Chilean and Peruvian troops exercised together.", "---MED | CHLMIL+PERMIL"},
		// Must not split: the list is the adverbial's own (a comma
		// closes it), it precedes a participle, no adverbial opens the
		// sentence, or a comma came earlier.
		{"According to Chile, Peru and Bolivia, the talks failed.", "CHL+PER+BOL"},
		{"With Chile, Peru and Mexico opposing the plan, Ecuador agreed.", "CHL+PER+MEX | ECU"},
		{"Chile, Peru and Bolivia signed the accord.", "CHL+PER+BOL"},
		{"On Monday, Chile, Peru and Bolivia signed the accord.", "CHL+PER+BOL"},
		{"Officials said that Chile, Peru and Bolivia would sign.", "---GOV | CHL+PER+BOL"},
	} {
		if got := groupLine(t, tc.sentence); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.sentence, got, tc.want)
		}
	}
}

// TestDistributeTaggedName: a country adjective distributes the shared
// head whatever tag the tagger gave it ("that Chilean/NNP and Peruvian
// diplomats"); a country's name does not.
func TestDistributeTaggedName(t *testing.T) {
	for _, tc := range []struct{ sentence, want string }{
		{"Chilean and Peruvian diplomats sat down for talks.", "CHLGOV+PERGOV"},
		{"Officials said on Monday that Chilean and Peruvian diplomats sat down for talks.", "---GOV | CHLGOV+PERGOV"},
		{"On Monday, Mexican and Chinese officials signed the deal.", "MEXGOV+CHNGOV"},
		// Must not: names of states, whatever their ending.
		{"Officials said that Mali and Chilean troops had clashed.", "---GOV | MLI+CHLMIL"},
		{"Officials said that the Vatican and Peruvian officials had met.", "---GOV | VAT+PERGOV"},
		{"Peru and Chilean troops clashed near the border.", "PER+CHLMIL"},
	} {
		if got := groupLine(t, tc.sentence); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.sentence, got, tc.want)
		}
	}
}
