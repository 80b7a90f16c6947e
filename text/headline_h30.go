package text

// coordSubjectVerb: a headline whose subject is two or more names joined
// by "and" or commas ("Ethiopia and Eritrea sign/NN peace deal", "Seoul,
// Tokyo condemn/NN launch") has a plural subject, which takes the base
// form; the tagger, which learnt running text, reads the base form after
// the last name as a noun. The word is the clause's present verb (VBP)
// when it is a lower-case word golem knows as a verb and is its own
// lemma, it comes right after the last name or plural of a subject that
// opens the line (or the part after a label's colon or a semicolon),
// what follows can only open its object, and no finite verb comes later
// in its clause. Not a noun that headlines put before another noun
// ("India and China border/NN talks", modifierNoun, and "trade"), and not when a
// finite verb follows: the words are then one subject ("Russia and
// Ukraine grain deal collapses": a bare noun counts as the whole object
// only when the line, a preposition, a clause or a name follows it). A Title-Case line is recased before
// this and its words count as lower case; a capitalised word is left.
// The caller has checked that the line has no closing full stop (H30).
func (a *Analyzer) coordSubjectVerb(toks []Token) {
	start := 0
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		if t.Tag == ":" && (k <= 2 || t.Text == ";") {
			start = k + 1
			continue
		}
		if k != start {
			continue
		}
		if i := coordSubjectEnd(toks, k); i > 0 && a.coordVerbAt(toks, i) {
			toks[i].Tag = "VBP"
			toks[i].Lemma = toks[i].Lower
		}
	}
}

// coordSubjectEnd returns the index of the word after a subject of two or
// more names (with their adjectives and a plural noun: "US and British
// warplanes") joined by "and" or commas that opens at k, or -1.
func coordSubjectEnd(toks []Token, k int) int {
	if w := toks[k].Text; w == "" || w[0] < 'A' || w[0] > 'Z' {
		return -1
	}
	joined, names := false, 0
	j := k
	for ; j < len(toks) && j-k <= 8; j++ {
		t := &toks[j]
		switch {
		case t.Tag == "NNP" || t.Tag == "NNPS":
			if t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z' {
				if j == k || toks[j-1].Tag != "NNP" && toks[j-1].Tag != "NNPS" {
					names++
				}
				continue
			}
		case t.Tag == "JJ" && t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z':
			continue // "British", of "US and British warplanes"
		case t.Tag == "NNS" && j > k && (toks[j-1].Tag == "JJ" || toks[j-1].Tag == "NNP"):
			continue
		case t.Tag == "CC" && t.Lower == "and" || t.Tag == ",":
			if j == k || toks[j-1].Tag == "CC" || toks[j-1].Tag == "," {
				return -1
			}
			joined = true
			continue
		}
		break
	}
	if !joined || names < 2 || j >= len(toks) || j == k {
		return -1
	}
	switch toks[j-1].Tag {
	case "NNP", "NNPS", "NNS":
		return j
	}
	return -1
}

// coordVerbAt: the word at i, after a joined subject, is its verb.
func (a *Analyzer) coordVerbAt(toks []Token, i int) bool {
	t := &toks[i]
	switch t.Tag {
	case "NN", "VB":
		// Not JJ: golem lists adjectives that are verbs too ("joint",
		// "open"), and "Brazil and Argentina joint statement" is a title.
	default:
		return false
	}
	if i+1 >= len(toks) || modifierNoun(t.Lower) || t.Lower == "trade" || !lowerLetters(t.Text) || !a.knownBaseVerb(t) {
		return false
	}
	switch toks[i+1].Tag {
	case "DT", "PRP$", "CD", "JJ", "NN", "NNS", "NNP", "NNPS":
	case "PRP":
		switch toks[i+1].Lower {
		case "it", "them", "him", "her", "us":
		default:
			return false
		}
	default:
		return false
	}
	if toks[i+1].Tag == "NN" && i+2 < len(toks) {
		// A bare singular noun before another noun may be the middle of
		// a compound whose verb the tagger missed ("Russia and Ukraine
		// grain deal collapses/NNS"); a bare object ends the line or
		// comes before a preposition, a clause or a name.
		switch toks[i+2].Tag {
		case "IN", "TO", ",", ":", "VBG", "NNP", "NNPS":
		default:
			return false
		}
	}
	return noVerbInClause(toks, i+1)
}
