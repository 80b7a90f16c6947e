package verb

// objectLiteral: the index of the literal an active pattern needs as its
// object after the head ("deploy (+) ... {troops|soldiers|...} (to) (+)"),
// reached across optional elements and gaps only, or -1.
func (p *Pattern) objectLiteral() int {
	for i := p.head + 1; i < len(p.elems); i++ {
		e := &p.elems[i]
		switch {
		case e.kind == eGap || e.optional:
			continue
		case e.kind == eLit:
			return i
		}
		return -1
	}
	return -1
}

// passiveObject matches a pattern whose object literal is the subject of
// the passive head: "French soldiers were deployed to Mali", "Additional
// American troops were sent to Poland". The words after the literal must
// match from the head on and name a target (the destination); the forces'
// own state, or the by-phrase's agent, is the source. Without a target the
// subject is what the act was done to, which the relaxed passive reading
// already codes ("Iranian diplomats were expelled").
func (s *sentence) passiveObject(p *Pattern, h int, b *binding) (int, bool) {
	li := p.objectLiteral()
	if li < 0 {
		return 0, false
	}
	gi := s.subject(h)
	if gi < 0 || s.modifierOnly(gi) {
		return 0, false
	}
	// The literal names the forces: the group's head or a noun before it
	// ("police officers").
	g := s.groups[gi]
	named := false
	for k := g.End - 1; k >= g.Start && k >= g.End-2 && !named; k-- {
		named = s.toks[k].IsNoun() && s.lit(&p.elems[li], k)
	}
	if !named {
		return 0, false
	}
	*b = binding{src: -1, tgt: -1, both: -1}
	end, ok := s.forward(p, li+1, h+1, b)
	if ok && b.tgt < 0 && b.src < 0 && b.both < 0 {
		// "Kenyan police were deployed to Haiti": a destination the
		// pattern does not spell, as the active reading's object.
		if o := s.objectFor(end, p.Code); o >= 0 && o != gi {
			if pr := s.prepBefore(s.groups[o]); pr == "to" || pr == "into" {
				b.tgt = o
			}
		}
	}
	if !ok || b.tgt < 0 || b.src >= 0 || b.both >= 0 || b.tgt == gi {
		*b = binding{src: -1, tgt: -1, both: -1}
		return 0, false
	}
	b.src = gi
	if ag := s.agent(h + 1); ag >= 0 && ag != b.tgt {
		b.src = ag
	}
	return end, true
}
