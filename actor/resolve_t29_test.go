package actor

import "testing"

const t29Dict = `@kind country
NPL  Nepal | Nepalese
PER  Peru | Peruvian
LKA  Sri Lanka | Sri Lankan
@kind sector
GOV  government | authorities
REB  rebels | guerrillas | insurgents
MIL  army | troops
`

// TestT29DescribedConjunct: a plain adjective after "and" that no actor
// line holds opens the second conjunct of a list ("the government and
// leftist guerrillas"), so both parties are one group (describedConjunct
// in coordinated); "and other" and a comma before "and" still part them.
func TestT29DescribedConjunct(t *testing.T) {
	r, an := testResolver(t, t29Dict)
	cases := []groupSizes{
		{"Nepal's government and communist rebels signed a peace accord.", []int{2}},
		{"The Peruvian government and leftist guerrillas agreed to a truce.", []int{2}},
		{"Sri Lanka's army and northern insurgents exchanged prisoners.", []int{2}},
		// must-not: "other" is no description of one party; a clause
		// comma before "and" parts two clauses' subjects.
		{"Nepal's government and other rebels met.", []int{1, 1}},
		{"Nepal's government met in Kathmandu, and northern rebels walked out.", []int{1, 1}},
	}
	checkGroupSizes(t, r, an, cases)
}
