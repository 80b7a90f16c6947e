package actor

import (
	"slices"
	"testing"
)

const n39cPartyDict = `@kind country
BGD  Bangladesh | Bangladeshi
NPL  Nepal
@kind sector
PTY  party | party alliance | party coalition
GOV  government
`

// TestN39CNumberedParty: a count fused to "-party" before "alliance" or
// "coalition" is a party alliance (numberedParty); the same word before
// any other noun, or a hyphenated word that is no count, is no actor.
func TestN39CNumberedParty(t *testing.T) {
	r, an := testResolver(t, n39cPartyDict)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The 18-party alliance called off its hartal.", []string{"---PTY"}},
		{"Nepal's seven-party alliance announced a general strike.", []string{"NPLPTY"}},
		{"A four-party coalition formed the government.", []string{"---PTY", "---GOV"}},
		{"The Bangladeshi 14-party alliance backed the government.", []string{"BGDPTY", "---GOV"}},
		{"The multi-party coalition won the vote.", []string{"---PTY"}},
		// must-not: no alliance after it, or no count before "-party"
		{"The six-party talks opened in Beijing.", nil},
		{"The third-party audit found no fault.", nil},
		{"A cross-party alliance of lawmakers wrote to the minister.", nil},
	} {
		if got := phraseCodes(r, an, c.text, "2024-05-01"); !slices.Equal(got, c.want) {
			t.Errorf("%q: phrases %v, want %v", c.text, got, c.want)
		}
	}
}
