package verb

// armsUser: for a supply line whose weapons come before their supplier
// in a relative clause ("Ukraine used the HIMARS systems the US had
// supplied", "Kyiv fired the missiles that Britain sent at ..."), the
// actor of the clause the weapons are the object of: the subject of the
// verb right before their noun phrase, the one who has them now. start
// is the weapons noun's token, src the supplier's group. -1 when the
// weapons phrase is no object (a subject: "The missiles the US supplied
// were stolen") or that verb's subject is the supplier or no actor.
func (s *sentence) armsUser(start, src int) int {
	k := start - 1
	for k >= 0 && s.inGroup[k] < 0 {
		t := &s.toks[k]
		if t.IsVerb() {
			break
		}
		switch t.Tag {
		case "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS", "HYPH", "RP":
			k--
			continue
		}
		return -1
	}
	if k < 0 || s.inGroup[k] >= 0 || !s.toks[k].IsVerb() {
		return -1
	}
	switch s.toks[k].Tag {
	case "VBD", "VBZ", "VBP", "VB", "VBN", "VBG":
	default:
		return -1
	}
	gi := s.subject(k)
	if gi < 0 || gi == src {
		return -1
	}
	return gi
}
