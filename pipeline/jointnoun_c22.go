package pipeline

import "github.com/parley-events/parley/text"

// jointNounAfter: an operation noun (jointNouns) heads the phrase that the
// "joint" or "combined" at k opens. The arms of the operation may stand
// between, coordinated ("a joint air and ground offensive", "joint air
// and artillery strikes"), so up to four modifiers (nouns, adjectives and
// "and") are passed; a verb, a preposition or punctuation ends the phrase.
func jointNounAfter(toks []text.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		t := &toks[j]
		if jointNouns.Has(t.Lower) {
			return true
		}
		if !(t.IsNoun() || t.Tag == "JJ" || t.Tag == "CC" && t.Lower == "and" || t.Tag == "HYPH") {
			return false
		}
	}
	return false
}
