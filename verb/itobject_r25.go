package verb

// itAntecedent: the object "it" right after the head at h, in a clause
// after the sentence's first one, stands for that earlier clause's
// subject when that is a state or body ("Cuba freed prisoners after the
// US removed it from its terrorism list": Cuba; "Israel struck Gaza and
// Hamas condemned it": the strike, whose doer a reaction is aimed at).
// The head's clause must have a subject of its own, opened by a
// subordinator, a conjunction or a comma; a singular common noun in
// between ("seized the tanker after Britain accused it") may be what
// "it" means, so it binds nothing, and neither does a pronoun across ";"
// or a quotation, nor past another singular party in the earlier clause.
// Returns the group, or -1.
func (s *sentence) itAntecedent(h int) int {
	if h+1 >= len(s.toks) || s.toks[h+1].Lower != "it" {
		return -1
	}
	if n := h + 2; n < len(s.toks) && (s.toks[n].IsVerb() || s.toks[n].Tag == "MD" || s.toks[n].Lower == "to") {
		return -1 // "said it fired": the subject of a clause of its own
	}
	k := h - 1
	for k >= 0 && s.inGroup[k] < 0 && (s.toks[k].Tag == "RB" || s.toks[k].Tag == "MD" || isAux(s.toks[k].Lower)) {
		k--
	}
	if k < 0 || s.inGroup[k] < 0 {
		return -1
	}
	subj := s.inGroup[k]
	k = s.groups[subj].Start - 1
	for k >= 0 && s.inGroup[k] < 0 && s.toks[k].Tag == "DT" {
		k--
	}
	if k < 1 {
		return -1
	}
	if w := s.toks[k].Lower; !adverbialOpeners.Has(w) && w != "and" && w != "but" && w != "," {
		return -1
	}
	for k--; k >= 0; k-- {
		t := &s.toks[k]
		if t.Text == ";" || t.Text == ":" || t.Tag == "``" || t.Tag == "''" {
			return -1
		}
		gi := s.inGroup[k]
		if gi < 0 {
			if t.Tag == "NN" {
				return -1
			}
			continue
		}
		k = s.groups[gi].Start
		g := s.groups[gi]
		v := g.End
		if v < len(s.toks) && s.toks[v].Tag == "RB" {
			v++
		}
		if v >= len(s.toks) || s.toks[v].Tag != "VBD" && s.toks[v].Tag != "VBZ" && s.toks[v].Tag != "VBP" && s.toks[v].Tag != "MD" {
			if s.agrees(gi, "it") && !s.pluralGroup(gi) {
				// "recalled its ambassador from Mali after Algeria
				// accused it": a singular party named between is as
				// near a referent as the subject, so nothing binds.
				return -1
			}
			continue // not the earlier clause's subject
		}
		if gi == subj || sameGroupCodes(g, s.groups[subj]) || !s.agrees(gi, "it") || s.pluralGroup(gi) && !startsCap(s.toks[g.End-1].Text) {
			return -1
		}
		return gi
	}
	return -1
}
