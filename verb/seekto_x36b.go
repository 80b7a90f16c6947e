package verb

import "strings"

// X36B: "seek to" with a verb is an aim, not a request: "as the new
// government seeks to attract foreign investment" asks no one for
// anything, so the appeal lines "seek ... investment" (0211), "seek ...
// aid" (023) and the like do not code it. The aim itself is coded where
// a line reads it ("seeks to boost trade with Cambodia", 0311). A party
// named after "from" is still asked.

// seekToVerb: the 02 match at m's head is "seek" followed by "to" and a
// bare verb (true drops the match).
func (s *sentence) seekToVerb(m *Match) bool {
	h := m.Head
	if !strings.HasPrefix(m.EventCode(), "02") || s.toks[h].Lemma != "seek" || h+2 >= len(s.toks) {
		return false
	}
	if s.toks[h+1].Lower != "to" || s.toks[h+2].Tag != "VB" {
		return false
	}
	// "seeks to secure more aid from Germany" still asks Germany.
	for k := h + 3; k+1 < len(s.toks) && k <= h+12; k++ {
		if s.toks[k].Lower == "from" && s.inGroup[k+1] >= 0 {
			return false
		}
	}
	return true
}
