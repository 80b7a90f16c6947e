package verb

// pastModifier: the verb at start, with its own auxiliary ("was
// detained", "has been arrested"), follows a subject modified by a past
// participle and its prepositional phrase, with no comma ("A businessman
// wanted for fraud was detained in Dubai", "A journalist charged with
// espionage was released"): the participle's phrase is the subject's,
// as participleModifier (N23) finds for a present participle, so the
// subject search skips it whole and finds the group before it, whose end
// (the participle's index) it returns; -1 otherwise. The auxiliary makes
// the verb at start the clause's finite verb, which the participle then
// cannot be; with none ("Police arrested/VBN in Lagos ...") the search
// is left as it was, as it is for a comma or a relative word between.
func (s *sentence) pastModifier(start int) int {
	e := s.auxStart(start)
	if e == start-1 || e < 2 || !isAux(s.toks[start-1].Lower) && !isAux(s.toks[e+1].Lower) {
		return -1
	}
	for j := e; j > 0 && j >= e-maxReach; j-- {
		t := &s.toks[j]
		if modifierStop(t) {
			return -1
		}
		switch t.Tag {
		case "VBN", "VBD":
			if j+1 >= len(s.toks) || s.toks[j+1].Tag != "IN" && s.toks[j+1].Tag != "TO" || subordinators.Has(s.toks[j+1].Lower) {
				return -1
			}
			if t.Tag == "VBD" && s.toks[j-1].Tag != "NN" && s.toks[j-1].Tag != "NNS" {
				// The tagger's past after a common noun ("A businessman
				// wanted/VBD for fraud was detained"); after a name it is
				// the name's verb ("Ukraine protested since Russian
				// ships have blocked its ports").
				return -1
			}
			gi := s.inGroup[j-1]
			if gi < 0 || s.groups[gi].End != j || s.modifierOnly(gi) {
				return -1
			}
			return j
		case "VBZ", "VBP", "MD", "VBG", "VB":
			return -1
		}
	}
	return -1
}
