package actor

import "testing"

// s9TestDict holds the states, provinces, legislatures and nouns the
// ninth session's actor rules read.
const s9TestDict = `@kind country
NER  Niger | Nigerien
NGA  Nigeria | Nigerian
NGA  Niger state | Plateau state | Kaduna  [metonym]
IRQ  Iraq | Iraqi
IRQ  Kirkuk | Basra  [metonym]
UKR  Ukraine | Ukrainian
COL  Colombia | Colombian
PER  Peru | Peruvian
USA  United States | US
IND  India | Indian
@kind actor
UKRGOV  Zelensky
COLGOV  Gustavo Petro | Petro
INDGOV  Modi
USALEG  Congress  [shared]
@kind sector
GOV  governor | officials | president | government
COP  police
MED  state television | state media | state news agency | journalists
BUS  state companies
SPY  state security
LEG  lawmakers | congress
CVL  residents | protesters
`

// TestResolveS9StateNames: a province named "X state" after a country's
// name is the province's state, except before a noun that "state" makes
// a state-run body of.
func TestResolveS9StateNames(t *testing.T) {
	checkResolve(t, s9TestDict, []resolveCase{
		{"Niger state police arrested ten bandits.", "2024-01-01", "NGACOP"},
		{"The Niger state governor met officials.", "2024-01-01", "NGAGOV ---GOV"},
		{"Plateau state officials condemned the attack.", "2024-01-01", "NGAGOV"},
		{"Niger state television accused journalists of lying.", "2024-01-01", "NERMED ---MED"},
		{"Niger state media said the talks failed.", "2024-01-01", "NERMED"},
		{"Niger state security detained journalists.", "2024-01-01", "NERSPY ---MED"},
		{"Niger state companies raised prices.", "2024-01-01", "NERBUS"},
		// Must-not: a province after "in", and a country alone.
		{"Gunmen killed residents in Plateau state.", "2024-01-01", "---CVL"},
		{"Niger expelled the ambassador.", "2024-01-01", "NER"},
		{"Niger state of emergency extended.", "2024-01-01", ""},
	})
}

// TestResolveS9SettlementOf: a metonym after "the city of", "the
// province of" and the like is the place itself; alone or before an
// agent noun it still stands for its state.
func TestResolveS9SettlementOf(t *testing.T) {
	checkResolve(t, s9TestDict, []resolveCase{
		{"Protesters gathered in the northern city of Kirkuk.", "2024-01-01", "---CVL"},
		{"Troops moved into the province of Kaduna on Monday.", "2024-01-01", ""},
		{"Residents fled from the oil port of Basra.", "2024-01-01", "---CVL"},
		// As a subject the place governs: "The city of Kirkuk sued".
		{"The city of Kirkuk sued the officials.", "2024-01-01", "IRQ ---GOV"},
		{"Basra police arrested protesters.", "2024-01-01", "IRQCOP ---CVL"},
		{"Kirkuk officials accused Basra officials of theft.", "2024-01-01", "IRQGOV IRQGOV"},
	})
}

// TestResolveS9Congress: "Congress" alone is the US one unless the
// sentence names a state whose legislature English calls Congress too.
func TestResolveS9Congress(t *testing.T) {
	checkResolve(t, s9TestDict, []resolveCase{
		{"Zelensky appealed to Congress for weapons.", "2024-01-01", "UKRGOV USALEG"},
		{"Congress passed the bill.", "2024-01-01", "---LEG"},
		{"Congress imposed sanctions on Ukraine.", "2024-01-01", "USALEG UKR"},
		{"Colombian President Gustavo Petro urged Congress to act.", "2024-01-01", "COLGOV COLLEG"},
		{"Petro asked Congress to approve the reform.", "2024-01-01", "COLGOV COLLEG"},
		{"Peru's Congress removed the president.", "2024-01-01", "PERLEG ---GOV"},
		// Must-not: a state with a Rada, or the US itself named, keeps it
		// the US Congress.
		{"Ukrainian lawmakers urged Congress to act.", "2024-01-01", "UKRLEG USALEG"},
		{"The United States Congress met Zelensky.", "2024-01-01", "USALEG UKRGOV"},
		// In Indian news the Congress is the party.
		{"The Congress accused Modi of lying.", "2024-01-01", "INDPTY INDGOV"},
		{"Modi said Congress had lied.", "2024-01-01", "INDGOV INDPTY"},
	})
}

// TestResolveS9BareOfficers: "officers" alone are police; after a word of
// rank the military's; after another noun or before "of the" nobody's.
func TestResolveS9BareOfficers(t *testing.T) {
	checkResolve(t, s9TestDict+"@kind sector\n-  officers | officer\n", []resolveCase{
		{"Officers arrested three protesters.", "2024-01-01", "---COP ---CVL"},
		{"An officer was stabbed.", "2024-01-01", "---COP"},
		{"Plainclothes officers detained residents.", "2024-01-01", "---COP ---CVL"},
		{"Senior officers met the president.", "2024-01-01", "---MIL ---GOV"},
		{"The commanding officer ordered the attack.", "2024-01-01", "---MIL"},
		{"Mutinous officers seized the radio station.", "2024-01-01", "---MIL"},
		// Must-not: another noun's officers, and a company's.
		{"Loan officers rejected residents.", "2024-01-01", "---CVL"},
		{"The bank's compliance officer resigned.", "2024-01-01", ""},
		{"Officers of the bank resigned.", "2024-01-01", ""},
		{"Iraq's officers met.", "2024-01-01", "IRQ"},
	})
}

// FuzzResolveS9 feeds the ninth session's rules ("X state" and state-run
// bodies, "the city of", quoted nouns after a place, Congress, bare
// officers) broken and cut-off input: phrases must stay in order, inside
// the sentence and coded.
func FuzzResolveS9(f *testing.F) {
	r, an := testResolver(f, s9TestDict+"@kind sector\n-  officers | officer\n")
	for _, s := range []string{
		"Niger state", "Niger state television", "Niger state", "state", "Niger state state media",
		"the city of Kirkuk", "city of", "of Kirkuk", "the Kirkuk “", "the Kirkuk “de-escalation” zone", "Kirkuk “",
		"Congress", "Congress of", "Congress of Vienna", "Petro Congress", "Zelensky Congress Petro",
		"officers", "senior officers", "officers of the", "officers of", "the bank's officer", "\xff officers \xfe",
		"into the", "into the Kursk", "in the Basra",
		"the region's", "the region's governor", "Basra, the region's governor", "'s governor", "the state's",
		"regional governor", "Kaduna, provincial governor", "provincial police",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPhraseBounds(t, r, an, s, "2024-01-01") })
}

// TestResolveS9RegionOwners: "the region's governor" (province, city,
// state) is of the state whose place the sentence named before it; with
// none it is left to the story.
func TestResolveS9RegionOwners(t *testing.T) {
	checkResolve(t, s9TestDict, []resolveCase{
		{"A drone hit Basra, the region's governor said.", "2024-01-01", "IRQ IRQGOV"},
		{"A drone struck a market in Basra, the region's governor said.", "2024-01-01", "IRQGOV"},
		{"Protesters marched in Kaduna, the city's police said.", "2024-01-01", "---CVL NGACOP"},
		{"Gunmen struck in Plateau state, the state's governor said.", "2024-01-01", "NGAGOV"},
		{"Police shot protesters in Basra, provincial governor Ali said.", "2024-01-01", "---COP ---CVL IRQGOV"},
		// Must-not: no place before it, or a place only after it.
		{"The region's governor met residents.", "2024-01-01", "---GOV ---CVL"},
		{"The province's police arrested protesters in Basra.", "2024-01-01", "---COP ---CVL"},
		{"Nigerian police killed residents, the state's governor said.", "2024-01-01", "NGACOP ---CVL ---GOV"},
		{"Regional governor Ali met residents.", "2024-01-01", "---GOV ---CVL"},
	})
}
