package text

// pastAfterArticleName reports a past form that the model tagged as a
// noun right after a name with the Arabic article ("The army and
// al-Shabaab/JJ fought/NN for control of Jowhar", "Troops and
// al-Nusra/JJ clashed/NN near Idlib"): having read the name as an
// adjective, the model wanted a noun after it, and the clause lost its
// verb. The word is a past only if it is a regular -ed past of a verb or
// an irregular past with a lemma of its own, and no noun follows it, so
// "the al-Aqsa mosque" and "an al-Shabaab commander" keep their nouns.
func (a *Analyzer) pastAfterArticleName(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	if n.Tag != "NN" && n.Tag != "JJ" {
		return false
	}
	if i+2 < len(toks) && toks[i+2].IsNoun() {
		return false
	}
	w := n.Lower
	if endsEd(w) {
		return a.verbs != nil && a.verbs.RegularPast(lastPart(w))
	}
	l := a.lemma.Lemma(w, "VBD")
	return l != w && l != ""
}
