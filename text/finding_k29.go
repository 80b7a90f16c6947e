package text

import "strings"

// findingAfterBody: the word at i, a past form (golem's tables) the
// tagger read as a noun or adjective, stands right after the clause's
// opening determiner and one lower-case noun, and right before "that" or
// an object's first word: "The tribunal/JJ found/NN that ...", "The
// tribunal/JJ held/NN that ...". The model, trained on "tribunal
// proceedings" and "found money", reads the body as a modifier and its
// ruling as the head noun, so the clause had no verb. A determiner, one
// noun and a past form followed by a complementizer or an object is
// subject and verb; a real noun phrase ("the court ruling that ...")
// has no past form at its head. Only "the" opens it: a body that rules
// is a definite one. The word before it is made a noun.
func findingAfterBody(toks []Token, i, c int, vc verbFormChecker) bool {
	if i < 2 || i-2 != c || i+1 >= len(toks) || toks[c].Lower != "the" {
		return false
	}
	t, s := &toks[i], &toks[i-1]
	if t.Tag != "NN" && t.Tag != "JJ" || s.Tag != "NN" && s.Tag != "JJ" {
		return false
	}
	// A lower-case subject that is no participle, gerund or adverb:
	// "The wounded held" is an adjective's noun phrase, not a body.
	if !asciiLower(s.Text) || len(s.Lower) < 4 || strings.HasSuffix(s.Lower, "ed") || strings.HasSuffix(s.Lower, "ing") {
		return false
	}
	if !asciiLower(t.Text) || !vc.PastForm(t.Lower) {
		return false
	}
	switch n := &toks[i+1]; {
	case n.Lower == "that":
		// A complementizer opens a clause with its own subject; a
		// relative "that" right before a verb lacks one ("The long
		// shot/NN that paid off" keeps its noun).
		if i+2 >= len(toks) {
			return false
		}
		return objectStart(toks[i+2].Tag) || toks[i+2].Tag == "PRP"
	case n.Tag == "DT" || n.Tag == "PRP$" || n.Tag == "NNP":
		// "The tribunal found/NN Chile liable": an object, and a
		// finite verb right after it would make the whole one noun
		// phrase ("The court held Kenya talks ended").
		return !finiteAfterObject(toks, i+1, i+6)
	}
	return false
}
