package text

// An aside set off by a pair of dashes ("Iraq — already facing criticism
// over its handling of the crisis — imposed sanctions on Russia") or by
// commas ("Iraq, however, imposed sanctions") leaves the model a verb
// after a dash or a comma, which it reads as an adjective (imposed/JJ).
// Alone ("Iraq imposed/JJ sanctions") the model reads it so too, and the
// repairs after a noun (pastAfterNoun, subjectThenObject) make it the
// verb; they look past the aside to the noun before it.

// maxDashAside bounds the tokens between the dashes of an aside.
const maxDashAside = 25

// dashToken: a dash standing alone (Lower folds en and em dashes to "-").
func dashToken(w string) bool { return w == "-" || w == "--" }

// isWordToken: a token that starts with a letter or a digit.
func isWordToken(t *Token) bool {
	if t.Lower == "" {
		return false
	}
	c := t.Lower[0]
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// beforeAside returns the index of the word the token at i follows once
// an aside set off by dashes right before it is skipped ("Iraq — already
// facing criticism — imposed/JJ sanctions": Iraq), or by commas after the
// noun phrase that opens the sentence (beforeCommaAside), or i-1.
func beforeAside(toks []Token, i int) int {
	e := i - 1
	if e >= 3 && toks[e].Lower == "," {
		return beforeCommaAside(toks, i)
	}
	if e < 3 || !dashToken(toks[e].Lower) {
		return i - 1
	}
	for o := e - 2; o >= 1 && o >= e-maxDashAside-1; o-- {
		switch w := toks[o].Lower; {
		case w == toks[e].Lower:
			if isWordToken(&toks[o-1]) {
				return o - 1
			}
			return i - 1
		case dashToken(w), w == ";", w == ":", w == ".", w == "?", w == "!":
			return i - 1
		}
	}
	return i - 1
}

// beforeCommaAside: the comma before i closes an aside set off after the
// noun phrase that opens the sentence ("Iraq, however, imposed/JJ
// sanctions", "The Indian government, in a statement issued late on
// Sunday, imposed/JJ sanctions"); it returns the phrase's last word, or
// i-1. The aside opens with an adverb, a preposition or a participle and
// holds no finite verb; a relative (", which ...,") is afterRelative's.
// Only the sentence's opening phrase counts: after a fronted adverbial
// ("In Kenya, by contrast, armed police") a comma aside is no subject's.
func beforeCommaAside(toks []Token, i int) int {
	e := i - 1
	for o := e - 2; o >= 1 && o >= e-maxDashAside-1; o-- {
		switch toks[o].Tag {
		case "VBD", "VBZ", "VBP", "MD", ":", ".":
			return i - 1
		}
		if toks[o].Lower != "," {
			continue
		}
		switch n := &toks[o+1]; n.Tag {
		case "RB", "VBG", "VBN":
		case "IN":
			if n.Lower == "of" {
				return i - 1
			}
		default:
			return i - 1
		}
		for k := 0; k < o; k++ {
			switch toks[k].Tag {
			case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD":
			default:
				return i - 1
			}
		}
		return o - 1
	}
	return i - 1
}
