package verb

// patternSubject: a passive pattern that names its own subject before the
// head ("{police|troops} (have) be ^{place|put} on ... alert") matched a
// subject that is an actor phrase ending inside it ("Police were placed on
// high alert", "Troops were deployed in Manipur"). The phrase is inside
// the match, so no slot took it; it is the passive subject all the same,
// and the passive subject is the target, as "Kenyan police were placed
// on high alert" (whose country word lies before the match) already
// codes. The active case is the "Demonstrators marched on the Pentagon"
// rule in code.
func (s *sentence) patternSubject(m *Match, start, h int) {
	if start >= h || start >= len(s.inGroup) {
		return
	}
	gi := s.inGroup[start]
	if gi < 0 || s.groups[gi].End > h || s.modifierOnly(gi) {
		return
	}
	for k := s.groups[gi].End; k < h; k++ {
		if !isAux(s.toks[k].Lower) && s.toks[k].Tag != "RB" {
			return // the group is no subject of the passive verb
		}
	}
	m.Target = s.groups[gi].Phrases
}
