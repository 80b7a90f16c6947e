package verb

import "github.com/parley-events/parley/text"

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
	e := s.auxStart(start)
	for j := e; j > 0 && j >= e-maxReach; j-- {
		t := &s.toks[j]
		if modifierStop(t) {
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

// auxStart: the index before the auxiliaries and adverbs that stand right
// before the verb at start ("was quickly detained": the token before
// "was"); start-1 when there are none. participleModifier and
// pastModifier look for the subject's modifier from there.
func (s *sentence) auxStart(start int) int {
	e := start - 1
	for e > 0 && (isAux(s.toks[e].Lower) || s.toks[e].Tag == "RB") {
		e--
	}
	return e
}

// modifierStop: a token a reduced relative on the subject never spans (a
// clause boundary, a comma, a relative word), so the walk back from the
// verb gives up there.
func modifierStop(t *text.Token) bool {
	return hardStop(t) || t.Lower == "," || t.Lower == "who" || t.Lower == "which" || t.Lower == "that"
}
