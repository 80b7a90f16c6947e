package actor

import "testing"

const closeTestDict = `@kind country
KEN  Kenya | Kenyan
EGY  Egypt | Egyptian
@kind sector
GOV  president | government | foreign minister | officials
CVL  people
MIL  army | troops
@kind actor
PSEHMS  Hamas
`

// TestCloseSources: an informant close to a party, or inside one of its
// bodies, is that party; elsewhere the words keep their own phrases.
func TestCloseSources(t *testing.T) {
	checkResolve(t, closeTestDict, []resolveCase{
		{"Sources close to the Kenyan president said the talks failed.", "", "KENGOV"},
		{"A source close to Egypt's foreign minister said the talks stalled.", "", "EGYGOV"},
		{"Officials close to Hamas said the truce would hold.", "", "PSEHMS"},
		{"People close to the Kenyan president said he would resign.", "", "KENGOV"},
		{"A source in the Egyptian government said the border would reopen.", "", "EGYGOV"},
		{"Sources within the Kenyan army said the talks failed.", "", "KENMIL"},
		// A national informant keeps its own phrase.
		{"Kenyan officials close to the president said the talks failed.", "", "KENGOV ---GOV"},
		// "In" a country only places the source.
		{"Sources in Kenya said the talks failed.", "", "KEN"},
		{"People in Kenya said the talks failed.", "", "---CVL KEN"},
		// Not an informant.
		{"Troops close to the Kenyan president fired.", "", "---MIL KENGOV"},
	})
}

// TestCloseSourcesSpan: the widened phrase covers the informant and its
// article, so no preposition stands before it.
func TestCloseSourcesSpan(t *testing.T) {
	r, an := testResolver(t, closeTestDict)
	toks := an.Analyze("A source close to the Kenyan president said so.")[0].Tokens
	gs := r.Resolve(toks, "")
	if len(gs) != 1 || gs[0].Phrases[0].Start != 0 || gs[0].Start != 0 {
		t.Fatalf("groups %+v, want one starting at token 0", gs)
	}
}
