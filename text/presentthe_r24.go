package text

// presentSAfterThe: the word at i, tagged a singular noun, ends in -s and
// follows a subject that opens with "The" and runs on in names, nouns or
// adjectives to a singular noun or a name ("The United States condemns/NN
// in the strongest terms the attack", "The government condemns/NN in the
// strongest terms", "The UN Security Council condemns/NN in"): the
// model, seeing an adverbial phrase where an object would stand, takes
// the present verb for a noun of the subject's phrase. presentSAfterName
// leaves the article out, since a headline drops it. The word must pass
// the same tests there: an -s form of a verb before a preposition or an
// object. The caller has checked the tag NN and the final "s".
func (a *Analyzer) presentSAfterThe(toks []Token, i int) bool {
	if i < 2 || i > 4 || i+1 >= len(toks) || toks[0].Lower != "the" {
		return false
	}
	for k := 1; k < i; k++ {
		switch toks[k].Tag {
		case "NNP", "NNPS", "NN", "JJ":
		default:
			return false
		}
	}
	switch toks[i-1].Tag {
	case "NN", "NNP", "NNPS":
	default:
		return false // "The main rebels/NNS ..." is a plural subject
	}
	return ownClauseVerb(toks, i+1) && a.presentSVerb(toks, i)
}

// ownClauseVerb: no finite verb follows from j up to where a new clause
// may open (a comma, a colon, a relative, "that", "and", "but"). One
// there ("The government forces/NN in the north attacked the town") is
// the subject's verb, and the -s word a noun of the subject's phrase.
func ownClauseVerb(toks []Token, j int) bool {
	for ; j < len(toks); j++ {
		t := &toks[j]
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		case ",", ":", "WDT", "WP", "CC":
			return true
		}
		if t.Lower == "that" {
			return true
		}
	}
	return true
}
