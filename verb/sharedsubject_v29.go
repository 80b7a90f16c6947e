package verb

// relativeInObject: the participle at k opens a reduced relative on a
// common noun that names no actor ("pagers carried by its members",
// "weapons seized in the raid"): it has no auxiliary, so it is no verb
// of the clause, and a preposition follows, so it takes no object of its
// own. After an actor only an agent's "by" makes it one ("herders
// abducted by gunmen").
func (s *sentence) relativeInObject(k int) bool {
	if k < 2 || k+1 >= len(s.toks) || s.toks[k].Tag != "VBN" {
		return false
	}
	if s.reducedRelative(k) {
		return true // "herders abducted by gunmen"
	}
	p := &s.toks[k-1]
	if s.inGroup[k-1] >= 0 || p.Tag != "NN" && p.Tag != "NNS" {
		// ("Protesters gathered/VBN in the square and chanted": after
		// an actor the tagger's participle may be the main verb.)
		return false
	}
	return s.toks[k+1].Tag == "IN"
}
