package text

// helpBase retags the bare infinitive after "help" and its object, which
// the model, having no "to" to go by, reads as an adjective or a noun:
// "to help Congo fight/JJ ADF rebels", "helped Mozambique battle/NN
// insurgents". The object is a name of one to three words ("Congo",
// "the Iraqi army" is left: a determiner's phrase ends at a noun the
// model tags right); the word after it is one a verb's base form spells
// (its own lemma, no word golem knows only as a noun) and comes before
// what opens an object. A name's own last word ("help Sierra Leone
// Police") is capitalised and not looked at, and a noun that often
// modifies another ("helped Kenya police officers", "help Lebanon army
// units") is the name's noun, not a verb.
func (a *Analyzer) helpBase(toks []Token) {
	for i := 1; i+3 < len(toks); i++ {
		if toks[i].Lemma != "help" || !toks[i].IsVerb() {
			continue
		}
		j := i + 1
		for j < len(toks) && j <= i+3 && (toks[j].Tag == "NNP" || toks[j].Tag == "NNPS") && startsUpperASCII(toks[j].Text) {
			j++
		}
		if j == i+1 || j+1 >= len(toks) {
			continue
		}
		v, n := &toks[j], &toks[j+1]
		switch v.Tag {
		case "JJ", "NN", "VBP":
		default:
			continue
		}
		if !lowerLetters(v.Text) || a.verbs.NotAVerb(v.Lower) || a.lemma.Lemma(v.Lower, "VB") != v.Lower || modifierNoun(v.Lower) || sectorNoun(v.Lower) {
			continue // "helped Kenya police officers": the name's noun
		}
		switch n.Tag {
		case "DT", "PRP$", "PRP", "CD", "NNP", "NNPS", "NNS", "JJ":
		default:
			continue
		}
		v.Tag = "VB"
		v.Lemma = v.Lower
	}
}
