package verb

// participleModifier: the verb at start follows a subject modified by a
// present participle with no comma ("Students protesting against the fee
// rise were beaten by police", "Teachers demanding higher pay marched"):
// the participle's phrase is the subject's, so the subject search skips
// it whole and finds the group before the participle, whose index (the
// participle's) it returns; -1 otherwise. Any other verb, a comma or a
// relative word in between leaves the search as it was (N23). A past
// participle and its phrase before a verb with its own auxiliary is
// pastModifier's (R23), asked first.
func (s *sentence) participleModifier(start int) int {
	if o := s.pastModifier(start); o >= 0 {
		return o // "A businessman wanted for fraud was detained" (pastmodifier_r23.go)
	}
	e := start - 1
	for e > 0 && (isAux(s.toks[e].Lower) || s.toks[e].Tag == "RB") {
		e--
	}
	for j := e; j > 0 && j >= e-maxReach; j-- {
		t := &s.toks[j]
		if hardStop(t) || t.Lower == "," || t.Lower == "who" || t.Lower == "which" || t.Lower == "that" {
			return -1
		}
		switch t.Tag {
		case "VBG":
			gi := s.inGroup[j-1]
			if gi < 0 || s.groups[gi].End != j || s.modifierOnly(gi) {
				return -1
			}
			return j
		case "VBD", "VBZ", "VBP", "MD", "VBN", "VB":
			return -1
		}
	}
	return -1
}
