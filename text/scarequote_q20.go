package text

// Headlines put single quotes round a word they report and do not vouch
// for: "Armenia condemns 'illegal' detention", "India strikes 'terror
// camps' in Pakistan". The tagger's model learnt a lone ' only as the
// possessive of a plural ("the rebels' camps"), so the opening quote came
// out POS and made the verb before it a plural noun (condemns/NNS,
// strikes/NNS): the headline lost its verb, and with it its event. Such a
// quote is shown the Treebank's `` and its closing one '', as a double
// quote is. Only a pair is read as quotes: an opening mark (after a space
// or at the start, a word right after it) and, later in the sentence, a
// closing one (right after a word or a mark, a space, a mark or the end
// after it), so an elided "'90s" or a plural possessive stays as it was.

// singleQuoteClose returns the index of the token that closes the single
// quote opened at toks[i], or -1 when toks[i] opens no quotation.
func singleQuoteClose(sentence string, toks []Token, i int) int {
	st, end := toks[i].Start, toks[i].End
	if st > 0 && !quoteSpace(sentence[st-1]) && sentence[st-1] != '(' {
		return -1
	}
	if end >= len(sentence) || quoteSpace(sentence[end]) {
		return -1
	}
	for k := i + 1; k < len(toks) && k <= i+12; k++ {
		if toks[k].Lower != "'" {
			continue
		}
		ks, ke := toks[k].Start, toks[k].End
		if ks == 0 || quoteSpace(sentence[ks-1]) {
			return -1 // another opening mark: no pair read
		}
		if ke == len(sentence) || quoteSpace(sentence[ke]) || quoteAfter(sentence[ke]) {
			return k
		}
		return -1
	}
	return -1
}

func quoteSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' }

// quoteAfter: a mark that may follow a closing quote ("'illegal',").
func quoteAfter(c byte) bool {
	switch c {
	case ',', '.', ';', ':', '?', '!', ')', '"':
		return true
	}
	return false
}
