package text

// pastBeforePlural: an -ed word the tagger called a noun right after the
// one to three name words that open the sentence, with a plural noun
// after it that the tagger read as a present verb ("Tokyo rebuffed/NN
// calls/VBZ for an inquiry", "Beijing rebuffed/NN demands/VBZ from"). The
// model read a compound noun and its verb; English has no noun "rebuffed",
// and a regular past of a known verb between a name and a plural before a
// preposition or the end is the clause's verb and its object. The
// caller retags both. c is the first token after any dateline.
func (a *Analyzer) pastBeforePlural(toks []Token, i, c int) bool {
	t := toks[i]
	if t.Tag != "NN" || !endsEd(t.Lower) || t.Text[0] < 'a' || t.Text[0] > 'z' {
		return false
	}
	if i < c || i-c < 1 || i-c > 3 || i+1 >= len(toks) || !nameOpening(toks[c:], i-c) {
		return false
	}
	if toks[i+1].Tag != "VBZ" || !a.verbs.PluralNoun(toks[i+1].Lower) {
		return false
	}
	if i+2 < len(toks) {
		switch toks[i+2].Tag {
		case "IN", "TO", ".", ",":
		default:
			return false
		}
	}
	return a.verbs.RegularPast(lastPart(t.Lower))
}
