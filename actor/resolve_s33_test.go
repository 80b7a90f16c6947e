package actor

import "testing"

const s33Dict = `@kind country
USA  United States | American
SUN  Soviet Union | Soviet
COD  Congo | Congolese
GBR  Britain | British
@kind sector
GOV  president | government
@kind actor
USAGOV  Reagan
SUNGOV  Gorbachev
CODGOV  Mobutu
CODREB  Kabila
`

// TestS33HonorificConjunct: a courtesy title after "and" ("President
// Reagan and Mr. Gorbachev") opens the second conjunct as an article does,
// so the two are one group and act with each other (honorific in
// coordinated); a title with no name after it, or one after a clause
// comma, joins nothing.
func TestS33HonorificConjunct(t *testing.T) {
	r, an := testResolver(t, s33Dict)
	cases := []groupSizes{
		{"President Reagan and Mr. Gorbachev signed a treaty.", []int{2}},
		{"Mobutu and Mr. Kabila met aboard a ship.", []int{2}},
		{"Britain and Mrs. Gorbachev visited the plant.", []int{2}},
		{"Reagan and Dr. Kabila spoke by phone.", []int{2}},
		// must-not: a clause comma before "and" still parts the subjects,
		// and a title is no conjunction on its own.
		{"Reagan spoke in Geneva, and Mr. Gorbachev walked out.", []int{1, 1}},
		{"Reagan thanked Mr. Gorbachev.", []int{1, 1}},
	}
	checkGroupSizes(t, r, an, cases)
}

// TestS33DescribedConjunctArticle: "and the" before a plain adjective
// opens the described second conjunct too ("Sudan's government and the
// southern rebels"), as "and" alone does (describedConjunct); "and the
// other" still parts them.
func TestS33DescribedConjunctArticle(t *testing.T) {
	r, an := testResolver(t, t29Dict)
	cases := []groupSizes{
		{"Nepal's government and the southern rebels signed a peace accord.", []int{2}},
		{"The Peruvian government and the leftist guerrillas agreed to a truce.", []int{2}},
		{"Sri Lanka's army and the northern insurgents exchanged prisoners.", []int{2}},
		// must-not: "other" describes no party, and a clause comma
		// before "and" parts two clauses' subjects.
		{"Nepal's government and the other rebels met.", []int{1, 1}},
		{"Nepal's government met in Kathmandu, and the northern rebels walked out.", []int{1, 1}},
	}
	checkGroupSizes(t, r, an, cases)
}
