package text

// nounAfter: the word at i follows a word that opens or continues a noun
// phrase (a name, an adjective, a determiner, a possessive), where a
// present-tense verb cannot stand.
func nounAfter(toks []Token, i int) bool {
	if i < 1 {
		return false
	}
	switch toks[i-1].Tag {
	case "NNP", "NNPS", "JJ", "DT", "POS", "PRP$":
		return true
	}
	return false
}
