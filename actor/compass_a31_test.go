package actor

import "testing"

const a31CompassDict = `@kind country
KOR  South Korea | South Korean | Seoul
PRK  North Korea | North Korean | Pyongyang
SDN  Sudan | Sudanese
SSD  South Sudan | South Sudanese
@kind sector
MIL  troops
GOV  government
`

// TestResolveA31HeadlineCompass: a headline drops the article, so a bare
// "North" or "South" after a conjunction or a preposition of the sides is
// the other half of a divided state the sentence names.
func TestResolveA31HeadlineCompass(t *testing.T) {
	checkResolveAll(t, a31CompassDict, []resolveCase{
		{"Seoul vows response as North fires missiles", "", "KOR PRK"},
		{"South Korea offers aid plan to North", "", "KOR PRK"},
		{"South Korea shuts factory park after North's rocket launch", "", "KOR PRK"},
		{"North Korea warns South against drills", "", "PRK KOR"},
		{"Sudan says South backed the rebels", "", "SDN SSD"},
		{"South Sudan agreed with North on oil", "", "SSD SDN"},
		// must-not: a place after a locative preposition, a name, no
		// divided state in the sentence, a sentence-initial compass word.
		{"South Korea said fighting in North spread", "", "KOR"},
		{"South Korea held drills as North Gyeongsang flooded", "", "KOR"},
		{"Troops moved as North winds blew", "", "---MIL"},
		{"North of Seoul, troops gathered", "", "KOR ---MIL"},
	})
}
