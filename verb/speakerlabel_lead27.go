package verb

// speakerLabel: the first person at k speaks under a label that opens
// the sentence, as transcripts of briefings, hearings and interviews
// print them ("Wang Wenbin: We firmly oppose ...", "Zakharova: Our
// response will be ..."): a named actor right at the start, then a
// colon, then the words up to k with no quotation mark and no second
// colon (a question put by "Q:" to the label's speaker is no answer of
// theirs). It returns the label's group, or -1. An unnamed label
// ("Spokesperson: We ...") is no group and binds nothing.
func (s *sentence) speakerLabel(k int) int {
	if k < 2 || k >= len(s.toks) {
		return -1
	}
	colon := -1
	for j := 1; j < k; j++ {
		w := s.toks[j].Lower
		if quoteMark(w) {
			return -1
		}
		if w == ":" {
			if colon >= 0 {
				return -1
			}
			colon = j
		}
	}
	if colon < 1 {
		return -1
	}
	gi := s.inGroup[colon-1]
	if gi < 0 {
		return -1
	}
	g := &s.groups[gi]
	if g.Start != 0 || g.End != colon || len(g.Phrases) != 1 {
		return -1
	}
	return gi
}
