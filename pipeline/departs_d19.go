package pipeline

import "github.com/parley-events/parley/text"

// departureLemmas are the verbs of going that departsAfter knows.
func departureLemma(l string) bool {
	switch l {
	case "flee", "fly", "travel", "leave", "go", "return", "head", "escape":
		return true
	}
	return false
}

// newSubjectDeparts: the comma, "and" or "as" at k opens a clause with a
// subject of its own whose verb is one of going ("Syrian rebels seize
// Damascus, Assad flees to Moscow", "Rebels seized Damascus, and Assad
// fled to Moscow", "... as the president flew to Dubai"): where that
// subject went is not where the act before happened, as departsAfter
// says of a verb that shares the subject. The subject is a short noun
// phrase (at most four words, no verb, no preposition) and the verb a
// finite one; a headline's tagger may read "flees" after a noun as a
// plural noun, so its lemma is enough there.
func newSubjectDeparts(toks []text.Token, k int) bool {
	j := k + 1
	if j < len(toks) && toks[k].Lower == "," && toks[j].Lower == "and" {
		j++
	}
	n := 0
	for ; j < len(toks) && n < 5; j++ {
		t := &toks[j]
		switch t.Tag {
		case "NNP", "NNPS", "NN", "DT", "JJ", "POS", "PRP":
			n++
			continue
		case "NNS":
			if n > 0 && (t.Lower == "flees" || t.Lower == "flies") {
				return true
			}
			n++
			continue
		case "VBD", "VBZ", "VBP":
			return n > 0 && departureLemma(t.Lemma) && j+1 < len(toks) && (toks[j+1].Lower == "to" || toks[j+1].Lower == "for" || toks[j+1].Lower == "abroad" || toks[j+1].Lower == "into")
		}
		return false
	}
	return false
}
