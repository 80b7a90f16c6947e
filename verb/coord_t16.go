package verb

// coordinatedObjectTarget: a pattern that ends in an optional target
// after optional prepositions ("suspend ... budget support (to) (+)",
// "suspend ... trade talks (with) (+)") matched its object, but a second
// object joined by "and" stands between it and the partner: "suspended
// budget support and security cooperation with Niger", "suspended trade
// talks and defence cooperation with Saudi Arabia". The partner after the
// second object, behind a preposition the pattern allows (or "with" or
// "to", which name a partner after any object), is the target.
// The second object must be a bare noun phrase (nouns and adjectives,
// "intelligence sharing"): an actor, a verb or a clause ends the search.
func (s *sentence) coordinatedObjectTarget(m *Match, p *Pattern) {
	if len(m.Target) > 0 || len(m.Source) == 0 || p.Recip || p.Speech || m.Passive || m.Orphan {
		return
	}
	n := len(p.elems)
	if n < 2 || p.elems[n-1].kind != eTarget || !p.elems[n-1].optional {
		return
	}
	var preps []string
	for i := n - 2; i > p.head; i-- {
		e := &p.elems[i]
		if e.kind != eLit || !e.optional {
			break
		}
		preps = append(preps, e.words...)
	}
	if len(preps) == 0 {
		return
	}
	// The second object brings its own preposition of partnership:
	// "budget support (to) and security cooperation with Niger".
	preps = append(preps, "with", "to")
	k := m.Span[1]
	if k >= len(s.toks) || s.toks[k].Lower != "and" {
		return
	}
	j := k + 1
	nouns := 0
	for ; j < len(s.toks) && j <= k+5; j++ {
		t := &s.toks[j]
		if s.inGroup[j] >= 0 {
			return
		}
		if t.IsNoun() && t.Tag != "NNP" && t.Tag != "NNPS" {
			nouns++
			continue
		}
		if t.Tag == "JJ" || t.Tag == "VBG" && nouns > 0 {
			continue
		}
		break
	}
	if nouns == 0 || j >= len(s.toks) || !s.toks[j-1].IsNoun() {
		return
	}
	w := s.toks[j].Lower
	ok := false
	for _, p := range preps {
		if p == w {
			ok = true
			break
		}
	}
	if !ok {
		return
	}
	for q := j + 1; q < len(s.toks) && q <= j+3; q++ {
		if gi := s.inGroup[q]; gi >= 0 {
			if s.groups[gi].Start == q && !s.modifierOnly(gi) {
				m.Target = s.groups[gi].Phrases
			}
			return
		}
		if !filler(&s.toks[q]) {
			return
		}
	}
}
