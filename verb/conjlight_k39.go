package verb

// lastConjunct: where the verb phrase that governs a nominal at b begins,
// for lightPath's search of judging verbs between the subject ending at a
// and b. A past verb right after "and" or "but" opens a conjunct of its
// own ("called on Assad to step aside and ordered a freeze on his
// assets", "condemned the vote but imposed no sanctions"): a verb of
// judging or reporting in an earlier conjunct ("called on") governs its
// own object, not the nominal the later conjunct's verb takes, so the
// search starts at that verb. The nominal must be that verb's own object,
// with only determiners, adjectives and numbers between ("ordered a
// freeze"): one inside a phrase of the object ("suspended the talks on a
// new agreement") is no act of the verb's subject. With no such conjunct
// it starts at a.
func (s *sentence) lastConjunct(a, b int) int {
	for k := b - 2; k > a; k-- {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," && k+1 < b && s.toks[k+1].Lower != "and" && s.toks[k+1].Lower != "but" {
			return a // a clause boundary: the usual search
		}
		if (t.Lower == "and" || t.Lower == "but") && s.inGroup[k] < 0 {
			j := k + 1
			if j < b && s.toks[j].Tag == "RB" {
				j++ // "and later imposed"
			}
			if j < b && s.toks[j].Tag == "VBD" && s.inGroup[j] < 0 && s.clauseVerb(j) && s.bareObjectOf(j, b) {
				return j
			}
		}
	}
	return a
}

// bareObjectOf: only determiners, possessives, adjectives, numbers and
// nouns of no actor stand between the verb at v and the nominal at b.
func (s *sentence) bareObjectOf(v, b int) bool {
	for k := v + 1; k < b; k++ {
		t := &s.toks[k]
		if s.inGroup[k] >= 0 {
			return false
		}
		switch t.Tag {
		case "DT", "PRP$", "JJ", "CD", "NN", "NNS":
		default:
			return false
		}
	}
	return true
}
