package verb

import "strings"

// signedTogether drops a signing read by a line that opens with the
// both-slot ("& ^sign ... statement"), unless the parties stand together
// before the verb: a statement, a pledge or a plan is an agreement only
// when two or more sign it ("Armenia and Azerbaijan signed a statement"),
// while one party's signature ("Fifty Japanese lawmakers signed a
// statement criticising Vietnam") is its own statement. The slot takes a
// single actor too, so the line cannot say this itself.
func (s *sentence) signedTogether(ms []Match) []Match {
	kept := ms[:0]
	for _, m := range ms {
		if strings.HasPrefix(m.Pattern.Text, "& ^sign") && !s.partnerBefore(&m) {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// partnerBefore: a target of m stands before its head, in the group the
// both-slot read.
func (s *sentence) partnerBefore(m *Match) bool {
	for _, t := range m.Target {
		if t.End <= m.Head {
			return true
		}
	}
	return false
}
