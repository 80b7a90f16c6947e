package verb

// saidAside: the verb at start follows an attribution set off by commas
// inside its clause, between the subject and its verb ("Gunmen in
// Nigeria, police said, kidnapped a priest"; "The rebels, a spokesman
// told reporters on Monday, had seized the town"). The speaker only
// reports the act, so the subject is sought before the opening comma,
// whose index is returned, or -1. The aside is a noun phrase and one
// verb of saying (with "reporters" or a date after it) and nothing else,
// so a clause of its own (", which police said was armed,") is no aside.
func (s *sentence) saidAside(start int) int {
	c := start - 1
	for c > 0 && s.toks[c].Lower != "," {
		if t := &s.toks[c]; !(t.Tag == "RB" || isAux(t.Lower) || timeWord(t.Lower) || s.dated(c)) {
			return -1
		}
		c--
	}
	if c < 3 || s.toks[c].Lower != "," {
		return -1
	}
	// the verb of saying, with what may follow it before the comma
	v := c - 1
	for v > 0 && (s.toks[v].Lower == "reporters" || s.toks[v].Lower == "journalists" || s.toks[v].Tag == "RB" || timeWord(s.toks[v].Lower) || s.dated(v) ||
		(s.toks[v].Lower == "on" || s.toks[v].Lower == "in") && v+1 < c && (timeWord(s.toks[v+1].Lower) || s.dated(v+1))) {
		v--
	}
	if vt := &s.toks[v]; !(vt.Tag == "VBD" || vt.Tag == "VBZ" || vt.Tag == "VBP") || !reportingVerbs.Has(vt.Lemma) {
		return -1
	}
	// the speaker: a short noun phrase, no verb and no quote
	j := v - 1
	nouns := 0
	for ; j > 0 && j >= v-6; j-- {
		t := &s.toks[j]
		if t.Lower == "," {
			break
		}
		switch {
		case t.IsNoun() || t.Tag == "PRP":
			nouns++
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "POS" || t.Tag == "IN" || t.Tag == "CC" || t.Tag == "PRP$":
		default:
			return -1
		}
	}
	if j < 2 || s.toks[j].Lower != "," || nouns == 0 {
		return -1
	}
	// the subject before it ends at the opening comma
	gi := s.inGroup[j-1]
	if gi < 0 || s.groups[gi].End != j {
		if !s.toks[j-1].IsNoun() {
			return -1
		}
	}
	return j
}
