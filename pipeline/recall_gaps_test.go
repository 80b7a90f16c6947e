package pipeline

import "testing"

// TestRecallGaps covers five general gaps: labour strikes read as force,
// a capital before a headline -s verb, retaliation and "killed 20 in X",
// countries inside a statement's complement taken as its addressees, and
// -ies headline verbs. Every sentence was written for this test. Sides as
// in frameCase: "-" unchecked, "?" empty.
func TestRecallGaps(t *testing.T) {
	p := newTestPipeline(t)
	cases := []frameCase{
		// 1. A strike by workers, doctors or teachers is a labour strike.
		{"workers strike in a country", "Dock workers strike in Portugal.", "14", "PRTLAB", "-", false},
		{"nurses strike across a country over pay", "Nurses strike across Ghana over unpaid allowances.", "14", "GHAHLH", "-", false},
		{"teachers strike against the government", "Teachers strike against the government in Peru.", "14", "PEREDU", "PERGOV", false},
		{"a labour strike is no force", "Dock workers strike in Portugal.", "19", "-", "-", true},
		{"a teachers' strike is no force", "Teachers strike against the government in Peru.", "19", "-", "-", true},
		{"a state's strike stays force", "Israel strikes Gaza after rocket fire.", "19", "ISR", "PSE", false},
		{"air strikes stay force", "Turkish strikes in Iraq hit Kurdish militants.", "19", "TUR", "IRQ", false},
		{"a state's strike is no labour strike", "Israel strikes Gaza after rocket fire.", "14", "-", "-", true},
		// 2. A capital opening a headline before its -s verb is the state.
		{"capital before blasts", "Beijing blasts Washington over visa curbs", "11", "CHN", "USA", false},
		{"capital before slams", "Moscow slams Kyiv over the grain deal", "11", "RUS", "UKR", false},
		{"capital blasts are no criticism", "Kyiv blasts kill five", "11", "-", "-", true},
		// 3. Retaliation, and killing a number of people in a place.
		{"retaliate against", "Armenia retaliated against Azerbaijani positions.", "19", "ARM", "AZE", false},
		{"retaliation by tariffs is a sanction", "Canada retaliated against the United States with tariffs.", "16", "CAN", "USA", false},
		{"retaliation by tariffs is no force", "Canada retaliated against the United States with tariffs.", "19", "-", "-", true},
		{"kills a number in a place", "Militants kill 12 in Niger.", "19", "-", "NER", false},
		{"strikes kill a number in a place", "Russian strikes kill 20 in Ukraine.", "19", "RUS", "UKR", false},
		{"the killed are no killers", "Hamas fighters killed in Gaza were buried on Friday.", "19", "-", "-", true},
		// 4. An actor that only modifies the subject of a statement's
		// complement is no target; the complement's own subject is what
		// the statement is about, as the team's probe codes it.
		{"a war named in the complement", "Officials said the Russia-Ukraine war would last years.", "01", "-", "?", false},
		{"a country subject of the complement", "Kenya said Somalia had closed the border.", "01", "KEN", "SOM", false},
		{"told keeps its addressee", "Kenya told Somalia that the border would reopen.", "01", "KEN", "SOM", false},
		{"told keeps its addressee without that", "Kenya told Somalia the border would reopen.", "01", "KEN", "SOM", false},
		// 5. -ies headline verbs.
		{"denies", "Iran denies role in tanker attack", "01", "IRN", "-", false},
		{"replies", "Russia replies to US on security proposals", "01", "RUS", "USA", false},
	}
	checkFrames(t, p, cases, false)
}
