package text

// Tag repairs of the twelfth session, on wire copy's openings: an
// adjective that opens a sentence before a nationality, which the model
// reads as the first word of a name.

// adjectiveBeforeDemonym: the capitalised word at c, which opens the
// sentence or the clause after a dateline, is an adjective rather than
// the first word of a name when a nationality follows it and then a
// common noun: "Heavy/NNP Russian/NNP shelling", "Intense/NNP
// Israeli/NNP bombardment", "Relentless/NNP Turkish/NNP strikes". The
// model, which learnt capitals as names, reads the pair as one name, and
// the actor stage finds no country in it. Words that open the names of
// lands and peoples with a nationality after them ("North Korean",
// "Central African", "New Caledonian") are left as they are; see
// demonymHead. The caller has checked that toks[c] is tagged NNP.
func (a *Analyzer) adjectiveBeforeDemonym(toks []Token, c int) bool {
	if c+2 >= len(toks) {
		return false
	}
	// Cheapest tests first: most sentences that open with a name go on
	// with a name or a verb.
	f, d, n := &toks[c], &toks[c+1], &toks[c+2]
	if n.Text == "" || n.Text[0] < 'a' || n.Text[0] > 'z' || d.Tag != "NNP" {
		return false
	}
	switch n.Tag {
	case "NN", "NNS", "VBG", "VBZ": // "troops/VBZ" read as the name's verb
	default:
		return false
	}
	if !demonymShape(d.Lower) || !capitalisedWord(f.Text) || !capitalisedWord(d.Text) || demonymHead(f.Lower) {
		return false
	}
	kw, ok := a.lemma.(wordLister)
	if !ok || a.verbs == nil || kw.Known(d.Lower) && !a.verbs.NotAVerb(d.Lower) {
		return false
	}
	// A word golem knows as a verb form ("Prime", "Press", "Police")
	// may head a noun compound, so a word it knows must be no verb
	// ("Heavy", "Fierce"). Golem lists only words with inflections; one
	// it does not list is taken for an adjective by its ending
	// ("Relentless", "Indiscriminate", "Violent"), not a name ("Hamas
	// Palestinian militants").
	if kw.Known(f.Lower) {
		return a.verbs.NotAVerb(f.Lower)
	}
	return adjectiveEnding(f.Lower)
}

// adjectiveEnding: the lower-case word ends as English derived
// adjectives do (-less, -ous, -ive, -ent, -ant, -ate, -ic, -ful, -al,
// -ary, -ible, -able).
func adjectiveEnding(w string) bool {
	n := len(w)
	if n < 5 {
		return false
	}
	switch w[n-2:] {
	case "ic", "al":
		return true
	}
	switch w[n-3:] {
	case "ous", "ive", "ent", "ant", "ate", "ful", "ary":
		return true
	}
	switch w[n-4:] {
	case "less", "ible", "able":
		return true
	}
	return false
}

// capitalisedWord: an ASCII word of three letters or more with a capital
// first and lower-case letters after it ("Heavy", not "US" or "UN").
func capitalisedWord(w string) bool {
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// demonymShape: the lower-case word ends as English nationality
// adjectives do: -an ("Russian", "Afghan"), -ese ("Sudanese"), -ish
// ("Turkish"), -i ("Israeli", "Iraqi"), -ch ("French", "Dutch"). The
// caller also wants no verb in it, if golem knows it ("Clan", "Finish").
func demonymShape(w string) bool {
	n := len(w)
	if n < 4 {
		return false
	}
	switch {
	case w[n-1] == 'i':
		return true
	case w[n-2:] == "an", w[n-2:] == "ch":
		return true
	case n >= 5 && (w[n-3:] == "ese" || w[n-3:] == "ish"):
		return true
	}
	return false
}

// demonymHead: words that, before a nationality, are part of the name
// of a land or people rather than an adjective on the noun after it
// ("North Korean troops", "Central African forces", "New Caledonian
// police", "Northern Irish", "Equatorial Guinean", "Saudi Arabian").
func demonymHead(w string) bool {
	switch w {
	case "north", "south", "east", "west", "central", "new", "great",
		"united", "equatorial", "northern", "southern", "eastern",
		"western", "upper", "lower", "saudi", "bosnian", "latin", "middle":
		return true
	}
	return false
}
