package verb

// asideClose: the comma at c opens an aside of examples set off by a
// second comma (", including Ginbot 7,", ", among them the drug lord
// Rafael Caro Quintero,") that a gap
// crosses whole: "removed three opposition groups, including Ginbot 7,
// from its list of terrorist organisations" removes them from the list
// (R36). It returns the closing comma, or -1 when the aside has a finite
// verb or ends the sentence, or when no preposition follows it: the
// verb's complement resumes with one ("from its list", "to the United
// States"), where a participle or a new predicate after the aside is no
// word of the pattern.
func (s *sentence) asideClose(c int) int {
	if c+2 >= len(s.toks) || s.toks[c].Lower != "," {
		return -1
	}
	from := c + 2
	switch s.toks[c+1].Lower {
	case "including":
	case "among":
		if s.toks[c+2].Lower != "them" && s.toks[c+2].Lower != "whom" {
			return -1
		}
		from = c + 3
	default:
		return -1
	}
	named := false // the examples are named: a proper noun or an actor
	for j := from; j < len(s.toks) && j <= c+12; j++ {
		t := &s.toks[j]
		named = named || t.Tag == "NNP" || t.Tag == "NNPS" || s.inGroup[j] >= 0
		if hardStop(t) || t.Lower == "(" || t.Lower == ")" {
			return -1
		}
		if t.Lower == "," {
			if j == from || !named || j+1 >= len(s.toks) || s.toks[j+1].Tag != "IN" && s.toks[j+1].Tag != "TO" {
				return -1
			}
			return j
		}
		if s.clauseVerb(j) {
			return -1
		}
	}
	return -1
}
