package text

// compoundHeadBeforePresent: the word at i, tagged a past verb, is the head
// of a noun compound that opens a headline, before the headline's present
// verb: "Bomb blast/VBD kills/NNS 12 in Quetta market", "Gas leak/VBD
// forces evacuation". The word is its own lemma and no past form of any
// verb (a regular verb's past ends in -ed; "cut", "hit" and "shut" are
// their own pasts and left), so it cannot be a past there; the -s word
// after it is an -s form of a verb, and only nouns open the line before
// it. The caller makes the word a noun and the -s word the verb (C21).
func (a *Analyzer) compoundHeadBeforePresent(toks []Token, i int) bool {
	t := &toks[i]
	if i == 0 || i+2 >= len(toks) || t.Lemma != t.Lower || !lowerLetters(t.Text) || endsEd(t.Lower) || sameFormPast.Has(t.Lower) || a.verbs.PastForm(t.Lower) {
		return false
	}
	if !headlineOpening(toks, i) {
		return false
	}
	n := &toks[i+1]
	if len(n.Lower) < 4 || n.Lower[len(n.Lower)-1] != 's' || !lowerLetters(n.Text) {
		return false
	}
	switch n.Tag {
	case "NNS", "VBZ", "NN":
	default:
		return false
	}
	base := a.lemma.Lemma(n.Lower, "VBZ")
	if base == n.Lower || a.verbs.NotAVerb(base) {
		return false
	}
	// The verb has an object, a number or a preposition after it.
	switch toks[i+2].Tag {
	case "CD", "DT", "NN", "NNS", "NNP", "NNPS", "JJ", "IN", "PRP", "PRP$", "TO", "RP":
		return true
	}
	return false
}

// headlineListVerb: the word at i, a base form the tagger read as a noun
// or an adjective, follows a comma-listed pair of names that opens a
// headline ("Armenia, Azerbaijan swap/NN prisoners", "Sudan, South Sudan
// agree/NN to reopen border"): headlines list a joint subject with a
// comma for "and", and the list takes the plural's base form, so the
// word is the headline's present verb, as after a plural
// (headlineBaseVerb). It needs an object or "to" after it and no verb
// later in the line, as headlineGroupVerb does (C21).
func (a *Analyzer) headlineListVerb(toks []Token, i int) bool {
	if i < 3 || i+1 >= len(toks) || !a.baseWord(&toks[i]) {
		return false
	}
	switch toks[i].Tag {
	case "NN", "JJ", "NNP", "VB", "RB":
	default:
		return false
	}
	// Names, then one comma, then names, up to i.
	comma := -1
	for k := 0; k < i; k++ {
		t := &toks[k]
		if t.Tag == "," && comma < 0 && k > 0 {
			comma = k
			continue
		}
		if t.Tag != "NNP" || t.Text == "" || t.Text[0] < 'A' || t.Text[0] > 'Z' {
			return false
		}
	}
	if comma < 0 || comma == i-1 {
		return false
	}
	if toks[i+1].Tag != "TO" && !headlineObject(toks, i) {
		return false
	}
	if !noVerbAfter(toks, i+2) {
		return false
	}
	// An -s form of a verb later is the line's verb, and the words before
	// it one noun phrase: "Kenya, Uganda border dispute flares", "China,
	// Russia trade hits record".
	for k := i + 1; k < len(toks); k++ {
		if t := &toks[k]; (t.Tag == "NNS" || t.Tag == "VBZ") && t.Lemma != t.Lower && lowerLetters(t.Text) && !a.verbs.NotAVerb(t.Lemma) {
			return false
		}
	}
	return true
}
