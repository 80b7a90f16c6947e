package actor

import (
	"slices"
	"testing"
)

const a38PartyDict = `@kind country
USA  United States | U.S. | American
ARM  Armenia | Armenian
ALB  Albania | Albanian
@kind sector
PTY  party
GOV  prime minister | president
@kind actor
ARMGOV  Serzh Sargsyan
ARMELI  Nikol Pashinyan
USAGOV  Donald Trump | Trump
USAPTY  Democratic Party | Republican Party  [shared]
`

// TestA38RulingParty: a [shared] party name after "ruling" or
// "governing" is no US party: it takes the one state the sentence's
// other actors name, else no state (rulingBefore, soleOtherCountry).
func TestA38RulingParty(t *testing.T) {
	r, an := testResolver(t, a38PartyDict)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Nikol Pashinyan called on the ruling Republican Party not to elect Serzh Sargsyan.", []string{"ARMELI", "ARMPTY", "ARMGOV"}},
		{"The ruling Democratic Party lost its majority.", []string{"---PTY"}},
		{"Albanian protesters marched against the governing Democratic Party.", []string{"ALBPTY"}},
		// must-not: no "ruling", or the sentence's state is the US
		{"Nikol Pashinyan met leaders of the Republican Party.", []string{"ARMELI", "USAPTY"}},
		{"Donald Trump said the ruling Republican Party would win.", []string{"USAGOV", "USAPTY"}},
		{"The Republican Party nominated Donald Trump.", []string{"USAPTY", "USAGOV"}},
	} {
		if got := phraseCodes(r, an, c.text, "2024-05-01"); !slices.Equal(got, c.want) {
			t.Errorf("%q: phrases %v, want %v", c.text, got, c.want)
		}
	}
}
