package text

// appositiveParticiple: an -ing word the tagger read as a noun, set off by
// commas right after the noun phrase that opens the sentence and before a
// preposition, with the clause's finite verb after the closing comma, is a
// participle whose subject is that noun phrase: "Xi Jinping and Joe Biden,
// meeting on the sidelines of the G20 summit, agreed to ...", "Putin and
// Erdogan, speaking by phone on Tuesday, agreed ...". A noun there would
// stand in apposition to the subject, which news writes with an article
// ("the meeting") or with "of" after it ("a meeting of ministers"), and a
// comma-less "-ing" noun phrase is left to the other rules.
func appositiveParticiple(toks []Token, i int) bool {
	w := toks[i].Lower
	if len(w) < 6 || w[len(w)-3:] != "ing" || i < 2 || i+2 >= len(toks) || toks[i-1].Lower != "," {
		return false
	}
	switch toks[i-2].Tag {
	case "NNP", "NNPS", "NNS", "NN":
	default:
		return false
	}
	for j := 0; j < i-1; j++ {
		if t := &toks[j]; t.Lower == "," || t.IsVerb() || t.Tag == "MD" {
			return false // not the sentence's opening noun phrase
		}
	}
	switch next := &toks[i+1]; {
	case next.Lower == "of" || next.Lower == "that":
		return false
	case next.Tag == "IN" || next.Tag == "TO" || next.Tag == "RB":
	default:
		return false
	}
	for j := i + 2; j+1 < len(toks); j++ {
		t := &toks[j]
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || t.Lower == ";" {
			return false // a clause of its own before any closing comma
		}
		if t.Lower != "," {
			continue
		}
		k := j + 1
		for k < len(toks) && toks[k].Tag == "RB" {
			k++
		}
		if k >= len(toks) {
			return false
		}
		switch toks[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case "VBN":
			return toks[k].Lower != toks[k].Lemma // a past read as a participle ("agreed")
		}
		return false
	}
	return false
}
