package pipeline

import "github.com/parley-events/parley/text"

// secondSaying: the verb of saying at h is the second predicate of a
// subject that has already acted, joined by a comma or "and" with no
// subject of its own ("UN chief calls on Israel and Hamas to agree a
// ceasefire, says Gaza is becoming a graveyard", "The Taliban promised an
// amnesty and said they would respect the rights of women"): like a
// participle of saying after the speaker's act, it explains that act and
// is no statement of its own (P15). An attribution with its own subject
// (", officials said") and a leading "X said" are untouched.
func secondSaying(toks []text.Token, h int) bool {
	if h < 2 || toks[h].Lemma != "say" {
		return false
	}
	switch toks[h].Tag {
	case "VBZ", "VBD", "VBP":
	default:
		return false
	}
	switch toks[h-1].Lower {
	case ",":
		return !asideBefore(toks, h-1)
	case "and":
		return true
	}
	return false
}

// asideBefore: the comma at c closes an aside on the subject ("Washington,
// which withdrew its troops on Monday, said", "Rodrigo Londono, known as
// Timochenko, said", "Ban Ki-moon, the UN chief, said"): the words back
// to the comma before open with a relative word or a participle, or hold
// no verb at all.
func asideBefore(toks []text.Token, c int) bool {
	k := c - 1
	verb := false
	for ; k >= 0 && toks[k].Lower != ","; k-- {
		if toks[k].IsVerb() {
			verb = true
		}
	}
	if k < 0 {
		return false // the clause runs from the start: "X did A, says B"
	}
	switch w := toks[k+1]; {
	case w.Lower == "which" || w.Lower == "who" || w.Lower == "whose" || w.Lower == "whom" || w.Lower == "where":
		return true
	case w.Tag == "VBN" || w.Tag == "VBG":
		return true
	}
	return !verb
}
