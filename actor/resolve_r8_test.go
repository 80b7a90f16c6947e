package actor

import "testing"

// r8TestDict holds the states and people nouns the review's actor rows
// read.
const r8TestDict = `@kind country
IND  India | Indian
SDN  Sudan | Sudanese
SSD  South Sudan | South Sudanese
NER  Niger | Nigerien
USA  United States | US | American
JPN  Japan | Japanese
ISR  Israel | Israeli
GBR  Britain | British
CHN  China | Chinese
@kind sector
MIL  warship | warships | frigate | coast guard | navy
CVL  crew | sailors
GOV  officials | diplomats
CVL  citizens | nationals
REF  refugees
MIL  troops
`

// TestResolveR8Currencies: a currency named by its state ("the US
// dollar", "the Japanese yen") is money, not the state; the state's name
// before any other word, or a currency named apart from it, is still the
// state.
func TestResolveR8Currencies(t *testing.T) {
	checkResolveAll(t, s8TestDict, []resolveCase{
		{"The yen fell against the US dollar.", "", ""},
		{"The Japanese yen fell.", "", ""},
		{"Japan voiced concern about the weakness of the yen against the US dollar.", "", "JPN"},
		{"Customs seized Mexican pesos and US dollars.", "", ""},
		{"Traders sold the Indian rupee and the Chinese yuan.", "", ""},
		// must-not: a state beside money it is not the name of.
		{"US troops were paid in dollars.", "", "USAMIL"},
		{"India accused China of weakening its currency.", "", "IND CHN"},
		{"Japan and the US pledged billions of dollars.", "", "JPN USA"},
		{"A South Korean won the race.", "", "KOR"},
	})
}

// TestResolveR8PeopleFrom: people a possessive gives an owner ("its
// citizens", "their diplomats") are the owner's, and the state after
// "from" is the place they leave; people with no owner before them take
// the state they come from.
func TestResolveR8PeopleFrom(t *testing.T) {
	checkResolveAll(t, r8TestDict, []resolveCase{
		{"India evacuated its citizens from Sudan.", "", "IND INDCVL SDN"},
		{"The United States recalled its diplomats from Niger.", "", "USA USAGOV NER"},
		{"Japan flew its nationals from Israel.", "", "JPN JPNCVL ISR"},
		// must-not: no possessive, or the state named before the noun.
		{"Refugees from Sudan crossed into Niger.", "", "SDNREF NER"},
		{"India evacuated 300 citizens from Sudan.", "", "IND SDNCVL"},
		{"Officials from India met their counterparts.", "", "INDGOV"},
	})
}

// TestResolveR8NavalCrews: those aboard a state's warship are its force;
// the crew of a merchant ship stays civilian, and a crew of no ship keeps
// no state.
func TestResolveR8NavalCrews(t *testing.T) {
	checkResolveAll(t, r8TestDict, []resolveCase{
		{"Rebels attacked the crew of a US warship.", "", "USAMIL ~USAMIL"},
		{"The crew of a Chinese coast guard vessel fired water cannon.", "", "CHNMIL ~CHNMIL"},
		{"India rescued the crew of a British frigate.", "", "IND GBRMIL ~GBRMIL"},
		// must-not: a merchant ship's crew, a film crew, a warship named
		// apart from the crew.
		{"Pirates seized the crew of a British tanker.", "", "GBRCVL ~GBR"},
		{"Israel detained a British film crew.", "", "ISR GBRCVL"},
		{"The crew fled before the US warship arrived.", "", "---CVL USAMIL"},
	})
}

// TestResolveR8SudanNorth: beside South Sudan "the North" is Sudan;
// beside Sudan alone it is a region of Sudan.
func TestResolveR8SudanNorth(t *testing.T) {
	checkResolveAll(t, r8TestDict, []resolveCase{
		{"South Sudan accused the North of backing rebels.", "", "SSD SDN"},
		{"South Sudan said the North had closed the border.", "", "SSD SDN"},
		// must-not: Sudan alone, a place, a name.
		{"Sudan said the North was calm.", "", "SDN"},
		{"South Sudan said rebels in the North had surrendered.", "", "SSD"},
		{"South Sudan troops reached the North Bank.", "", "SSDMIL"},
	})
}

// FuzzResolveR8 feeds the review's currency rule cut-off and broken
// input: phrases must stay inside the sentence, in order and coded.
func FuzzResolveR8(f *testing.F) {
	r, an := testResolver(f, s8TestDict)
	for _, s := range []string{"US dollar", "the US", "Japanese yen", "US dollars\xff", "Chinese", "yen US", "US dollar Japan", "crew of a US warship", "the crew of a", "crew of a Chinese coast guard"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPhraseBounds(t, r, an, s, "2020-01-01") })
}
