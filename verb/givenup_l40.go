package verb

import "slices"

// givenUp: "give up" right after the verb is to relinquish what one holds
// ("Ankara would not give up its rights", "gave up its claim to the
// islands"), not to give something to another. A pattern on "give" that
// does not spell "up" reads the grant sense ("give rights to minorities",
// 0833), so it does not match the phrasal; its negation is then no refusal
// to yield (124) either.
func (s *sentence) givenUp(i int, p *Pattern) bool {
	if s.toks[i].Lemma != "give" || i+1 >= len(s.toks) || s.toks[i+1].Lower != "up" {
		return false
	}
	for _, e := range p.elems {
		if e.kind == eLit && slices.Contains(e.words, "up") {
			return false
		}
	}
	return true
}
