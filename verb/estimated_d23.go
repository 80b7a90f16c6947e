package verb

import "github.com/parley-events/parley/text"

// estimatedQuantifier: "a"/"an" and a count word ("estimated",
// "reported", ...) before a number at k ("an estimated 1.7 million
// Afghans", "a reported 40 people"): with the article they are a
// quantifier, like "at least" or "as many as", so an actor slot reaches
// past them to its group ("ordered an estimated 1.7 million undocumented
// Afghans to leave"). The test is the tagger's (text.EstimatedCount),
// which already read the count word as an adjective.
func (s *sentence) estimatedQuantifier(k int) bool {
	return k >= 0 && text.EstimatedCount(s.toks, k+1)
}
