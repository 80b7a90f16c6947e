package text

import "github.com/parley-events/parley/internal/wordset"

// countParticiples qualify a number after "a" or "an" ("an estimated
// 300 protesters", "a reported 2,000 dead", "an expected 40,000
// pilgrims"): the phrase is a quantity, not a clause of estimating or
// reporting.
var countParticiples = wordset.Of("estimated", "reported", "claimed", "projected", "expected")

// EstimatedCount: the -ed form at i sits between "a"/"an" and a number,
// so it modifies the number ("detained an estimated 300 protesters"),
// which the tagger read as a participle: a verb of estimating that coded
// a statement (010) and split the clause, so "ordered an estimated 1.7
// million Afghans to leave" lost its object. The verb stage asks it too,
// so that an actor slot reaches past the quantifier (verb/estimated_d23.go).
func EstimatedCount(toks []Token, i int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i+1].Tag != "CD" || !countParticiples.Has(toks[i].Lower) {
		return false
	}
	p := toks[i-1].Lower
	return p == "an" || p == "a"
}
