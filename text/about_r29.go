package text

// approxBeforeCount: "about" or "around" at i, tagged a preposition,
// right before a number ("arrested about 50 protesters", "killed around
// 30 people"). Before a count it means "approximately", an adverb of the
// number like "nearly" or "some"; read as a preposition it opened a
// phrase that hid the count's noun from the verb, so the arrest had no
// object and the place became its target.
func approxBeforeCount(toks []Token, i int) bool {
	t := &toks[i]
	if t.Lower != "about" && t.Lower != "around" || i+1 >= len(toks) || toks[i+1].Tag != "CD" {
		return false
	}
	return t.Tag == "IN" || t.Tag == "RP"
}
