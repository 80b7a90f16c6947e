package verb

// underFrame: after the head, the gap from pos to k has crossed a noun
// or a name and then "under" (or "per"), and the pattern's next literal,
// an agreement noun, is tried at k, in that phrase or past it. The
// agreement is the frame the act follows, not its object: "M23 rebels
// pulled out of Goma under a deal brokered by regional leaders" leaves
// no deal (160). After a verb ("agreed to disarm under a ceasefire") the
// ceasefire may be what was agreed, so the gap crosses.
func (s *sentence) underFrame(pos, k int, next *elem) bool {
	if next.kind != eLit || k >= len(s.toks) {
		return false
	}
	agreement := false
	for _, w := range next.words {
		if agreementNouns.Has(w) {
			agreement = true
			break
		}
	}
	if !agreement {
		return false
	}
	for u := k - 1; u > pos; u-- {
		switch s.toks[u].Lower {
		case "under", "per":
			// The preposition's own object already stands before
			// "under": a noun or a name ("out of Goma under a deal").
			// After a verb ("agreed to disarm under a ceasefire") the
			// ceasefire may be what was agreed.
			prev := &s.toks[u-1]
			if s.inGroup[u-1] >= 0 || prev.Tag == "NN" || prev.Tag == "NNS" || prev.Tag == "NNP" || prev.Tag == "NNPS" {
				return true
			}
		}
	}
	return false
}
