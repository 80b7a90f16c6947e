package text

// coordinatedPassive: a past participle the tagger read as an adjective
// right after a form of "be" and before "and" and a second participle
// ("was shot/JJ and wounded/VBN by gunmen", "were beaten/JJ and
// detained/VBN"; an adverb may stand after the auxiliary) is a passive verb like the one it is coordinated with:
// the two participles share the auxiliary and the agent. Only a word
// whose lemma differs from its form (an irregular participle, "shot",
// "beaten", "stolen") or that ends in -ed is taken, so a true adjective
// ("was calm and composed") keeps its tag unless the lexicon gives it a
// verb's lemma.
func coordinatedPassive(toks []Token, i int) bool {
	if i < 1 || i+2 >= len(toks) || toks[i+1].Lower != "and" || toks[i+2].Tag != "VBN" {
		return false
	}
	k := i - 1
	if toks[k].Tag == "RB" && k > 0 {
		k-- // "was fatally shot and"
	}
	switch toks[k].Lower {
	case "was", "were", "been", "being", "is", "are", "be":
	default:
		return false
	}
	t := &toks[i]
	if lemmaDiffers(t) {
		return true
	}
	n := len(t.Lower)
	return n >= 5 && t.Lower[n-2:] == "ed"
}
