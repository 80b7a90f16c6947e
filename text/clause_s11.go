package text

// Tag repairs of the eleventh session: a verb the model loses after a
// clause that interrupts its subject, the verb of a phrasal verb read as
// a noun, and a headline's -s verb read as a singular noun. Each is
// called only after a cheap test of the word or its neighbour's tag.

// afterRelative: the past at i follows the comma that closes a relative
// clause or participle phrase set off after the noun phrase opening the
// sentence ("The army, which never recognised the results, seized/JJ
// power", "The rebels, backed by Rwanda, captured"), or the commas of an
// appositive noun phrase ("Ecowas, the West African bloc, imposed/JJ
// sanctions"), and comes before
// what can only open its object. The model reads an -ed word after a
// comma as the adjective of an appositive; with the subject opening the
// sentence and the clause closed, it is that subject's verb. The caller
// has checked that toks[i-1] is a comma.
func afterRelative(toks []Token, i int) bool {
	if i < 4 || i+1 >= len(toks) || !objectStart(toks[i+1].Tag) {
		return false
	}
	// "The town, which was calm, armed men raided": a finite verb right
	// after the noun phrase makes the -ed word its adjective.
	if finiteAfterObject(toks, i+1, i+6) {
		return false
	}
	// The interrupting clause is short: a dozen words at most, no other
	// comma or quote inside it.
	lo := i - 14
	if lo < 1 {
		lo = 1
	}
	for c := i - 3; c >= lo; c-- {
		switch toks[c].Tag {
		case ",":
		case ":", "``", "''", "(", ")", "CC":
			return false
		default:
			continue
		}
		// ", many of whom were detained,": a relative after its
		// quantifier needs no more test.
		if !quantifiedRelative(toks, c+1) {
			switch o := &toks[c+1]; o.Tag {
			case "WDT", "WP", "WP$":
				if o.Lower == "that" {
					return false // "that" after a comma opens no relative
				}
			case "DT", "PRP$":
				// "Ecowas, the West African bloc, imposed/JJ sanctions": an
				// appositive noun phrase, nothing but its own words.
				if !appositiveNP(toks, c+2, i-1) {
					return false
				}
			case "VBN":
				// "backed by Rwanda": a participle phrase needs its agent
				// or a preposition after it, else it may be a verb of its
				// own in a list ("The army, trained and equipped").
				if toks[c+2].Tag != "IN" {
					return false
				}
			default:
				return false
			}
		}
		if !toks[c-1].IsNoun() {
			return false
		}
		return openingPhrase(toks, c-1)
	}
	return false
}

// quantifiedRelative: the words from j open a relative clause after a
// quantifier ("many of whom", "some of which", "most of them who").
func quantifiedRelative(toks []Token, j int) bool {
	if j+2 >= len(toks) || toks[j+1].Lower != "of" {
		return false
	}
	switch toks[j].Lower {
	case "many", "some", "most", "all", "several", "none", "both", "half", "one", "two", "three":
	default:
		return false
	}
	switch toks[j+2].Lower {
	case "whom", "which":
		return true
	}
	return false
}

// appositiveNP: the words from j to end (exclusive) are those of a noun
// phrase with its prepositional phrases ("West African bloc", "largest
// party in parliament") and hold no verb, so the phrase set off by
// commas is an appositive, not a clause.
func appositiveNP(toks []Token, j, end int) bool {
	if j >= end {
		return false
	}
	for ; j < end; j++ {
		switch toks[j].Tag {
		case "DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "IN":
		default:
			return false
		}
	}
	return true
}

// phrasalVerb: the word at i, tagged a noun, is the verb of a phrasal
// verb ("agreed to hand/NN over the prisoners", "demanded that the prime
// minister step/NN down"): the pair is one of the table's, and the word
// stands where a verb does, after "to", a modal, or a noun or name that
// is its subject. After a determiner or an adjective the pair is the
// noun ("a step down", "the army's pull out"), which the tag before
// rules out. The caller has checked the tag NN.
func phrasalVerb(toks []Token, i int) bool {
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	if !phrasalPair(toks[i].Lower, toks[i+1].Lower) {
		return false
	}
	switch toks[i-1].Tag {
	case "TO", "MD":
		return true
	case "NN", "NNS", "NNP", "NNPS":
		// The subject before: the pair must end its clause or come
		// before its object or a preposition ("step down after",
		// "hand over the suspects"), not run into a verb ("the troop
		// pull out was completed").
		if i+2 == len(toks) {
			return true
		}
		switch toks[i+2].Tag {
		case "DT", "PRP$", "CD", "IN", "TO", ".", ",", "NNS", "NNP", "RB", "JJ":
			return true
		}
	}
	return false
}

// particleWord: the particles of phrasalPair's table, the cheap test
// made before it on every noun: a short word whose first letter opens
// one of them.
func particleWord(w string) bool {
	if n := len(w); n < 2 || n > 5 {
		return false
	}
	switch w[0] {
	case 'o', 'b', 'd', 'a', 'u':
	default:
		return false
	}
	switch w {
	case "over", "back", "down", "aside", "up", "out", "off":
		return true
	}
	return false
}

// phrasalPair: phrasal verbs of news language whose verb is also a
// common noun, so the model reads it as one where the context is thin.
// Only the verb's base form is listed; a past or -s form is no noun.
func phrasalPair(verb, particle string) bool {
	switch verb {
	case "hand":
		return particle == "over" || particle == "back"
	case "step":
		return particle == "down" || particle == "aside" || particle == "up"
	case "pull":
		return particle == "out" || particle == "back"
	case "crack":
		return particle == "down"
	case "set":
		return particle == "up"
	case "shell":
		return particle == "out"
	case "stand":
		return particle == "down"
	case "back":
		return particle == "down"
	case "call":
		return particle == "off"
	case "break":
		return particle == "off"
	case "cut":
		return particle == "off"
	case "shut":
		return particle == "down"
	case "lay":
		return particle == "down"
	case "scale":
		return particle == "back" || particle == "down"
	case "roll":
		return particle == "back"
	case "hit", "strike", "fight", "push":
		return particle == "back"
	case "walk":
		return particle == "out"
	}
	return false
}

// presentSAfterName: the word at i, tagged a singular noun, ends in -s
// and follows only the name or capitalised noun phrase that opens the
// sentence ("Russia withdraws/NN from the treaty", "EU curbs/NN imports
// of Russian steel"): a headline's present verb, which the model, seeing
// an unknown -s word after a name, took for a noun of the name's phrase.
// It must be an -s form of a verb (its lemma a different word with a
// gerund) and come before a preposition or an object; a singular noun in
// -s ("Iran news", "Russia gas") has no such lemma. The caller has
// checked the tag NN and the final "s".
func (a *Analyzer) presentSAfterName(toks []Token, i int) bool {
	if i == 0 || i > 3 || i+1 >= len(toks) || !nameOpening(toks, i) {
		return false
	}
	return a.presentSVerb(toks, i)
}

// presentSVerb: the -s word at i is the -s form of a verb and comes before
// a preposition or what opens an object; presentSAfterName and
// presentSAfterThe (presentthe_r24.go) share it.
func (a *Analyzer) presentSVerb(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Tag {
	case "IN", "TO", "DT", "PRP$", "CD", "JJ", "NNS", "NNP", "NNPS":
	default:
		return false
	}
	w := toks[i].Lower
	if len(w) < 4 || w[len(w)-2] == 's' || w[len(w)-2] == 'u' || w[len(w)-2] == 'i' {
		return false // "press", "status", "crisis"
	}
	l := a.lemma.Lemma(w, "VBZ")
	if l == w || len(l) < 3 || (l+"s" != w && l+"es" != w) {
		return false
	}
	return !a.verbs.NotAVerb(l)
}

// gerundSubject: the -ing word before the past at i opens the sentence,
// alone or after the adjectives, names or participles that modify it,
// and the past is followed by what can only open its object ("Russian
// shelling/VBG killed/VBN two civilians", "Renewed/VBN fighting/VBG
// killed 12 soldiers"): the -ing word is the subject's noun and the past
// its verb. The model reads the pair as a progressive with a participle
// when no determiner opens the sentence. The sentence opens at c, the
// first token after a dateline ("KYIV, Nov 3 (Reuters) - Heavy Russian
// shelling killed"), or 0. The caller has checked that toks[i-1] is
// tagged VBG.
func gerundSubject(toks []Token, i, c int) bool {
	ok, _ := gerundOpens(toks, i, c)
	return ok && (objectNext(toks, i) || adjectiveObject(toks, i))
}

// gerundOpens: the -ing word at i-1 is no auxiliary ("Having signed a
// pact, Australia ...") and only words that modify it (adjectives, names,
// participles) stand before it in the sentence that opens at c, or at 0
// when c is not before it; bare reports that no word does. gerundSubject
// and gerundPastSubject (gerundpast_s22.go) share it.
func gerundOpens(toks []Token, i, c int) (ok, bare bool) {
	switch toks[i-1].Lower {
	case "having", "being", "getting":
		return false, false
	}
	if c >= i-1 {
		c = 0
	}
	for k := c; k < i-1; k++ {
		switch toks[k].Tag {
		case "DT", "JJ", "JJR", "JJS", "NNP", "VBN", "CD":
		default:
			return false, false
		}
	}
	return true, c == i-1
}

// adjectiveObject: an adjective and a noun follow i, an object that opens
// with its modifier ("Israeli shelling forced Lebanese/JJ families to
// flee", "Russian shelling killed Ukrainian civilians").
func adjectiveObject(toks []Token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].Tag != "JJ" {
		return false
	}
	switch toks[i+2].Tag {
	case "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}
