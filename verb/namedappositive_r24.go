package verb

// namedAppositive is the length of a name no dictionary holds, followed
// by a comma and an appositive that opens with an actor ("killed Comrade
// Gabriel, the rebel group's second-in-command", "killed Abu Yasir, a
// senior al Shabaab commander"): the target slot's actor is the
// appositive's, on whose side the named person stands. Zero when the
// words at k are no such name: an actor the actor stage found, a common
// noun, or a name with no appositive after it ("captured Bakhmut", "captured
// Bakhmut, the army said").
func (s *sentence) namedAppositive(k int) int {
	j := k
	for j < len(s.toks) && j < k+4 && s.inGroup[j] < 0 && (s.toks[j].Tag == "NNP" || s.toks[j].Tag == "NNPS") {
		j++
	}
	if j == k || j+2 >= len(s.toks) || s.toks[j].Lower != "," {
		return 0
	}
	m := j + 1
	for m < len(s.toks) && m <= j+3 && s.inGroup[m] < 0 {
		switch s.toks[m].Tag {
		case "DT", "JJ", "JJS", "PRP$", "CD":
			m++
			continue
		}
		break
	}
	if m >= len(s.toks) || s.inGroup[m] < 0 || s.groups[s.inGroup[m]].Start != m {
		return 0
	}
	if e := s.groups[s.inGroup[m]].End; e < len(s.toks) {
		switch s.toks[e].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			// "captured Bakhmut, the army said": a speaker with its
			// verb, no appositive
			return 0
		}
	}
	return m - k
}
