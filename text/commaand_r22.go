package text

// commaAndPast: a past form the tagger called an adjective right after
// ", and", when the clause before the comma has a past verb and no other
// comma between (a list of three has: "treated soldiers, police, and
// injured bystanders"), and the noun phrase after it is no subject of a
// verb of its own: a second verb phrase of the same subject, "The EU
// condemned the coup, and imposed/JJ sanctions on Mali". Unlike
// pastAfterAnd's bare "and", the comma sets the conjunct apart from an
// object it could have been an adjective in ("detained protesters and
// injured bystanders"), so a bare noun may follow.
func commaAndPast(toks []Token, i int) bool {
	if i < 4 || i+1 >= len(toks) || toks[i-1].Lower != "and" || toks[i-2].Lower != "," {
		return false
	}
	switch toks[i+1].Tag {
	case "DT", "CD", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ":
	default:
		return false
	}
	return pastInClause(toks, i-3, 0, true) && !objectHasVerb(toks, i)
}
