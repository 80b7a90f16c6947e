package text

// pastAfterAgent: a past form right after a reduced relative's agent
// phrase that opens the clause ("A bomb planted by militants tore/RB
// through the market", "a convoy ambushed by rebels struck/VBN a mine").
// A noun, its participle and a by-phrase with no finite verb before them
// is a subject still waiting for its verb, so the past form after the
// agent is that verb, whatever tag the model gave it: the model reads a
// second participle in a row as one more participle, and a past form it
// rarely saw (tore, overran, stole) as an adverb, an adjective or a
// conjunction. Only forms that are a verb's past (PastForm: "tore",
// "struck", "hit", "burned") are retagged, so "strike", "attacks" or a
// plain noun after the agent keep their reading. c is the first token
// after any dateline.
func (a *Analyzer) pastAfterAgent(toks []Token, i, c int) bool {
	t := &toks[i]
	if t.Tag == "VBD" || i < c+4 || i+1 >= len(toks) {
		return false
	}
	if t.Text[0] < 'a' || t.Text[0] > 'z' || t.Tag != "VBN" && !a.verbs.PastForm(t.Lower) {
		return false
	}
	switch toks[i-1].Tag {
	case "NN", "NNS", "NNP", "NNPS":
	default:
		return false
	}
	// Back over the agent's noun phrase to "by".
	k := i - 1
	for k > c {
		switch toks[k].Tag {
		case "NN", "NNS", "NNP", "NNPS", "JJ", "DT", "CD", "POS", "PRP$":
			k--
			continue
		}
		break
	}
	if toks[k].Lower != "by" || k-2 < c || toks[k-1].Tag != "VBN" {
		return false
	}
	switch toks[k-2].Tag {
	case "NN", "NNS", "NNP", "NNPS":
	default:
		return false
	}
	// No finite verb before the participle: "The market was hit by a
	// bomb planted by militants" has its verb already.
	for j := c; j < k-1; j++ {
		switch toks[j].Tag {
		case "VBD", "VBZ", "VBP", "MD", ",", ":", "WDT", "WP", "CC", "IN":
			if toks[j].Tag == "IN" && toks[j].Lower != "that" && toks[j].Lower != "because" && toks[j].Lower != "after" && toks[j].Lower != "before" && toks[j].Lower != "when" && toks[j].Lower != "while" && toks[j].Lower != "as" && toks[j].Lower != "since" && toks[j].Lower != "if" {
				continue
			}
			return false
		}
	}
	return true
}
