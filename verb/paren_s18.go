package verb

// parenAside: the verb at start follows the closing parenthesis of an
// aside set off after an actor ("Russia (which holds the rotating chair)
// protested to Somalia", "Germany (which holds the EU presidency) urged
// Turkey"). It is the bracketed form of a comma or dash aside, skipped
// whole on the way back to the subject, so an actor inside it ("the EU")
// is never the subject. Only dated words and adverbs may stand between
// ")" and the verb. It returns the index of "(", which the actor's group
// ends at, or -1. The aside holds no other bracket, no sentence stop and
// no quote.
func (s *sentence) parenAside(start int) int {
	c := start - 1
	for c > 0 && s.toks[c].Lower != ")" {
		if t := &s.toks[c]; !(t.Tag == "RB" || t.Tag == "CD" || timeWord(t.Lower) || s.dated(c)) {
			return -1
		}
		c--
	}
	if c < 3 || s.toks[c].Lower != ")" {
		return -1
	}
	for j := c - 2; j > 0 && j >= c-maxAside; j-- {
		t := &s.toks[j]
		if t.Lower == "(" {
			gi := s.inGroup[j-1]
			if gi < 0 || s.groups[gi].End != j || s.modifierOnly(gi) {
				return -1
			}
			return j
		}
		if hardStop(t) || t.Tag == "``" || t.Tag == "''" || t.Lower == ")" {
			return -1
		}
	}
	return -1
}
