package verb

// deedOfLine: the pattern opens with a deed's noun, "of" and the
// victims' slot, and either ends in the verb the deed is the subject of
// ("{kidnapping} of + ... ^{drew|sparked|was}", verbAt true) or ends at
// the victims ("{killing|murder} of +"), leaving that verb to its own
// lines. Either way the line codes the deed itself, named as a noun with
// no agent.
func deedOfLine(p *Pattern) (ok, verbAt bool) {
	n := len(p.elems)
	if n < 3 {
		return false, false
	}
	a, b, c, z := p.elems[0], p.elems[1], p.elems[2], p.elems[n-1]
	if a.kind != eLit || a.optional || b.kind != eLit || b.optional || len(b.words) != 1 || b.words[0] != "of" || c.kind != eTarget || c.optional || z.optional {
		return false, false
	}
	switch z.kind {
	case eLit:
		return true, true
	case eTarget:
		return n == 3, false
	}
	return false, false
}

// deedVerb: the first finite verb after the deed's noun at start, before
// a comma, a colon or a relative opens another phrase; -1 if none.
func (s *sentence) deedVerb(start int) int {
	for j := start + 1; j < len(s.toks); j++ {
		switch t := &s.toks[j]; t.Tag {
		case "VBD", "VBZ", "VBP":
			return j
		case ",", ":", "WDT", "WP", "WP$", "MD", ".":
			return -1
		default:
			if t.Lower == "that" {
				return -1
			}
		}
	}
	return -1
}

// deedSubject: the deed's noun at start is the subject of the verb at v:
// its phrase opens the sentence or a clause after a comma or a dateline's
// dash ("The killing of a Hamas commander in Beirut drew condemnation"),
// and no relative or finite verb stands between. So "halt the execution
// of a young protester who was sentenced" (the relative's verb) and
// "ended with the killing of the rebel leader in May, is believed"
// (the noun inside a phrase) code no deed of their own.
func (s *sentence) deedSubject(start, v int) bool {
	if start < 0 || v >= len(s.toks) || start >= v {
		return false
	}
	k := start - 1
	for k >= 0 {
		switch s.toks[k].Tag {
		case "DT", "JJ", "JJR", "JJS", "RB", "VBN":
			k--
			continue
		}
		break
	}
	if k >= 0 && s.toks[k].Tag != "," && s.toks[k].Tag != ":" && s.toks[k].Tag != "-" {
		return false
	}
	for j := start + 1; j < v; j++ {
		switch t := &s.toks[j]; t.Tag {
		case "WDT", "WP", "WP$", "VBD", "VBZ", "VBP", "MD":
			return false
		default:
			if t.Lower == "that" {
				return false
			}
		}
	}
	return true
}

// deedNotSubject: the pattern is a deed-of line and its noun at start is
// not the subject of the verb that follows it (see deedSubject); end is
// the match's end.
func (s *sentence) deedNotSubject(p *Pattern, start, end int) bool {
	ok, verbAt := deedOfLine(p)
	if !ok || !p.Agentless {
		return false
	}
	v := end - 1
	if !verbAt {
		v = s.deedVerb(start)
	}
	return v < 0 || !s.deedSubject(start, v)
}
