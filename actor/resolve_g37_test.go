package actor

import (
	"slices"
	"testing"
)

const g37PartyDict = `@kind country
USA  United States | U.S. | American
ALB  Albania
IRN  Iran
ITA  Italy
TUR  Turkey
@kind sector
PTY  party
LEG  senators | Sen.
JUD  constitutional court
@kind actor
USAPTY  Democrats | Democratic | Republicans | Republican
USAPTY  Democratic Party | Republican Party  [shared]
`

// TestG37OtherParty: "Democratic" and "Republican" open or continue other
// states' party names ("the Democratic Society Party", "the Kurdish
// Democratic Party", "the Democratic Party of Albania"), and a state
// written before "Democratic Party" owns it; the US party is the
// adjective before an agent or the whole name alone (otherPartyName,
// the [shared] line).
func TestG37OtherParty(t *testing.T) {
	r, an := testResolver(t, g37PartyDict)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Turkey's constitutional court banned the Democratic Society Party.", []string{"TURJUD", "---PTY"}},
		{"The Democratic Party of Albania boycotted the vote.", []string{"ALBPTY"}},
		{"The Kurdish Democratic Party of Iran said its offices were hit.", []string{"IRNPTY"}},
		{"Italy's Democratic Party lost the election.", []string{"ITAPTY"}},
		// must-not: the US party alone, after a US name, or as the
		// adjective before an agent noun
		{"The Democratic Party nominated a candidate.", []string{"USAPTY"}},
		{"The U.S. Democratic Party backed the bill.", []string{"USAPTY"}},
		{"Democratic senators criticised the plan.", []string{"USAPTY"}},
		{"Democratic Sen. Smith criticised the plan.", []string{"USAPTY"}},
	} {
		if got := phraseCodes(r, an, c.text, "2024-05-01"); !slices.Equal(got, c.want) {
			t.Errorf("%q: phrases %v, want %v", c.text, got, c.want)
		}
	}
}
