package verb

import "github.com/parley-events/parley/internal/wordset"

// estimateWords qualify a number after "a" or "an" ("an estimated 1.7
// million Afghans", "a reported 40 people"): with the article they are
// a quantifier, like "at least" or "as many as", so an actor slot reaches
// past them to its group ("ordered an estimated 1.7 million undocumented
// Afghans to leave").
var estimateWords = wordset.Of("estimated", "reported", "claimed", "projected", "expected")

// estimatedQuantifier: "a"/"an" and a count word before a number at k.
func (s *sentence) estimatedQuantifier(k int) bool {
	if k < 0 || k+2 >= len(s.toks) || s.toks[k+2].Tag != "CD" || !estimateWords.Has(s.toks[k+1].Lower) {
		return false
	}
	w := s.toks[k].Lower
	return w == "an" || w == "a"
}
