package text

// floatingQuantifier: the token at p is "both", "each" or "all" right
// after a noun, the place where English floats a quantifier off the
// subject it counts ("Kenya and Uganda both deployed troops", "the
// three states each recalled their envoys"). There the quantifier holds
// no noun of its own, so the past form after it follows the subject as
// directly as in "Kenya and Uganda deployed troops", and the tagger's
// adjective reading ("both deployed/JJ troops", a quantifier before an
// adjective and its noun) is the error pastAfterNoun mends. Before a
// quantifier that opens a noun phrase ("freed all detained protesters")
// a verb stands, not a noun.
func floatingQuantifier(toks []Token, p int) bool {
	if p < 1 {
		return false
	}
	switch toks[p].Lower {
	case "both", "each", "all":
	default:
		return false
	}
	switch toks[p-1].Tag {
	case "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}
