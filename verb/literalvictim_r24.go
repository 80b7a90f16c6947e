package verb

// literalVictim: the pattern ends in a literal that names the people the
// act is done to ("fire ... tear gas ... at ... {protesters|crowd}"), and
// that word closes an actor group after the head ("at protesters",
// "at opposition supporters"): the group is the act's target. Without
// this the target was sought after the literal, so "Security forces fired
// tear gas at demonstrators rallying against Israel in Amman" took
// Israel. Only coercion (root 17): a statement's or a meeting's last
// literal is its topic, and a killing's counted victims ("killed 17
// people in clashes with protesters") leave the target to victimObject
// and the recodes that read the phrase after them. Returns the group's
// index or -1.
func (s *sentence) literalVictim(p *Pattern, h, end int) int {
	if end < 2 || end > len(s.toks) || end-1 <= h || len(p.elems) == 0 {
		return -1
	}
	if p.Root() != "17" {
		return -1
	}
	if last := p.elems[len(p.elems)-1]; last.kind != eLit || last.optional {
		return -1
	}
	gi := s.inGroup[end-1]
	if gi < 0 {
		return -1
	}
	g := s.groups[gi]
	if g.End != end || g.Start <= h || !s.toks[end-1].IsNoun() || len(g.Phrases) == 0 || g.Phrases[0].Country == "" {
		// A group of no known state ("shut down two rights groups")
		// leaves the target to the later steps, which may give it the
		// agent's state.
		return -1
	}
	// Only where the object found after the literal is of another state
	// ("rallying against Israel in Amman"); one of the crowd's own state
	// (the place, "in Nairobi") already gives the right side.
	obj := s.objectFor(end, p.Code)
	if obj < 0 || obj == gi || len(s.groups[obj].Phrases) == 0 {
		return -1
	}
	if c := s.groups[obj].Phrases[0].Country; c == "" || c == g.Phrases[0].Country {
		return -1
	}
	return gi
}
