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
// has no past form at its head. The word before it is made a noun.
func findingAfterBody(toks []Token, i, c int, vc verbFormChecker) bool {
	if i < 2 || i-2 != c || i+1 >= len(toks) || toks[c].Tag != "DT" {
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
		return true
	case n.Tag == "DT" || n.Tag == "PRP$" || n.Tag == "NNP":
		// "The tribunal found/NN Chile liable": an object, and a
		// finite verb right after it would make the whole one noun
		// phrase ("The court held Kenya talks ended").
		return !finiteAfterObject(toks, i+1, i+6)
	}
	return false
}
