package text

// Headlines write the present tense for what just happened ("Iran frees
// jailed lawyer"), so a past form in a headline is a participle: a
// passive ("Activist denied visa") or, before a noun phrase, an
// adjective ("jailed lawyer"). The tagger, which learnt running text,
// reads "Iran frees/NNS jailed/VBD lawyer" as a plural subject and its
// past verb, and the verb stage then codes the jailing (173) instead of
// the release (0841). headlineVerb puts the verb back where the headline
// has it.

// headlineVerb: the word at i (1 to 3), after a short opening noun
// phrase, stands before an -ed form, itself before a bare noun phrase,
// in a sentence with no closing full stop and no other finite verb in
// its clause: "China frees/NNS jailed/VBD human rights lawyer", "Police
// arrest/RB suspected/VBD gunmen", "Pakistan court acquits/VBZ
// jailed/VBN former PM", "Kurdish fighters free/JJ captured/VBD
// soldiers". The word is the headline's present verb and the -ed form an
// adjective. A sentence with its full stop is running text, where "Kenya
// floods displaced thousands." is a past verb; the caller has checked
// that, that i is 1 to 3 and that a past tag follows.
func (a *Analyzer) headlineVerb(toks []Token, i int) bool {
	p := &toks[i+1]
	if l := len(p.Lower); l < 5 || p.Lower[l-2:] != "ed" {
		return false
	}
	if !a.presentVerb(toks, i) || !headlineOpening(toks, i) {
		return false
	}
	if toks[i-1].Tag == "JJ" {
		// "Russian forces captured Ukrainian soldiers": an adjective
		// and a plural are one noun phrase, the subject of the past.
		return false
	}
	// The -ed form's noun phrase, then the end, a preposition or a
	// comma ("..., Seoul says"); a finite verb before that makes the
	// -ed form a reduced relative or the verb after a compound subject.
	switch toks[i+2].Tag {
	case "JJ", "NN", "NNS", "NNP", "NNPS":
	default:
		return false
	}
	if quantityNoun(toks[i+2].Lower) {
		// "Taliban attacks wounded dozens": an -ed form before a
		// quantity is a verb and its object, no adjective.
		return false
	}
	return noFiniteVerb(toks, i+3) && a.verbs.RegularPast(p.Lower)
}

// quantityNoun: a noun that counts people ("dozens", "thousands"),
// which an -ed adjective does not modify: "displaced thousands" is a
// verb and its object.
func quantityNoun(w string) bool {
	switch w {
	case "dozens", "hundreds", "thousands", "millions", "scores", "tens", "many", "several", "dozen", "hundred", "thousand":
		return true
	}
	return false
}

// headlineBaseVerb: the word at i, a base form the tagger read as a noun
// or an adjective, follows the plural that ends a headline's opening
// noun phrase and comes before its object: "Syrian jets pound/NN
// rebel-held towns", "Afghan women protest/NN Taliban decree". A plural
// subject takes the base form, and a noun after a plural is seldom a
// compound's head that an object could follow; a finite verb later in
// the clause makes it one ("Kenyan doctors strike enters third week").
// The caller has checked that i is 1 to 3 and the line has no full stop.
func (a *Analyzer) headlineBaseVerb(toks []Token, i int) bool {
	return a.baseAfterPlural(toks, i) && headlineOpening(toks, i) && headlineObject(toks, i)
}

// headlineObject: the words after the headline verb at i are its object
// to the end of the clause, with no finite verb that would make the word
// at i part of the subject.
func headlineObject(toks []Token, i int) bool {
	switch toks[i+1].Tag {
	case "DT", "PRP$", "CD", "JJ", "NN", "NNS", "NNP", "NNPS":
	default:
		return false
	}
	if !noFiniteVerb(toks, i+2) {
		return false
	}
	// A plural before what opens an object is a present verb the model
	// made a noun ("doctors strike enters/NNS third week"), so the word
	// at i is part of the subject.
	for j := i + 1; j+1 < len(toks); j++ {
		if toks[j].Tag == "NNS" {
			switch toks[j+1].Tag {
			case "DT", "PRP$", "CD", "JJ":
				return false
			}
		}
	}
	return true
}

// presentVerb: the word at i can be a headline's present verb: an -s
// form of a verb ("frees" → "free"; not a noun of the subject, "Pakistan
// court jailed activist", nor "news"), a word the tagger already made a
// present verb, a verb it read as an adverb ("Police arrest/RB"; an
// adverb that is no verb, "Iran again detained", is left), or a base
// form after a plural (baseAfterPlural).
func (a *Analyzer) presentVerb(toks []Token, i int) bool {
	t := &toks[i]
	switch t.Tag {
	case "NNS", "VBZ":
		return t.Lower[len(t.Lower)-1] == 's' && t.Lemma != t.Lower
	case "NN":
		if t.Lower[len(t.Lower)-1] == 's' {
			return t.Lemma != t.Lower
		}
		return a.baseAfterPlural(toks, i)
	case "JJ":
		return a.baseAfterPlural(toks, i)
	case "VBP":
		return true
	case "RB":
		kw, ok := a.lemma.(wordLister)
		return ok && lowerLetters(t.Lower) && kw.Known(t.Lower) && !a.verbs.NotAVerb(t.Lower)
	}
	return false
}

// baseAfterPlural: the word at i, tagged a noun or an adjective, is a
// lower-case base form of a verb right after a plural ("fighters
// free/JJ", "jets pound/NN").
func (a *Analyzer) baseAfterPlural(toks []Token, i int) bool {
	t := &toks[i]
	switch toks[i-1].Tag {
	case "NNS", "NNPS":
	case "NN", "NNP":
		// "Police arrest/JJS 20 in Lagos": "police" is a plural the
		// model tags as a singular noun or a name.
		if toks[i-1].Lower != "police" {
			return false
		}
	default:
		return false
	}
	switch t.Tag {
	case "NN", "JJ":
	case "JJS":
		// "arrest/JJS": the model's guess at a headline word. A true
		// superlative has its adjective for lemma ("biggest" → "big")
		// and is turned away below.
	case "RP":
		// "Bandits attack/RP village in Zamfara" (V20,
		// headline_v20.go); a true particle ("up", "out") is left.
		if headlineAdverbs.Has(t.Lower) {
			return false
		}
	default:
		return false
	}
	return a.knownBaseVerb(t)
}

// knownBaseVerb: a lower-case word of three letters or more that is its
// own lemma, which the dictionary knows, and as a verb: NotAVerb does not
// judge unknown or hyphenated words ("ex-PM" after "arrests" is no verb).
func (a *Analyzer) knownBaseVerb(t *Token) bool {
	if t.Lemma != t.Lower || len(t.Lower) < 3 || !lowerLetters(t.Text) {
		return false
	}
	kw, ok := a.lemma.(wordLister)
	return ok && kw.Known(t.Lower) && !a.verbs.NotAVerb(t.Lower)
}

// headlineOpening: the words before i are a noun phrase that opens a
// capitalised line: names, nouns and adjectives.
func headlineOpening(toks []Token, i int) bool {
	if w := toks[0].Text; w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for k := 0; k < i; k++ {
		switch toks[k].Tag {
		case "NNP", "NNPS", "NN", "NNS", "JJ":
		default:
			return false
		}
	}
	return true
}

// noFiniteVerb: no finite verb or participle from j to the end of the
// clause (a preposition, "to", a comma or a colon ends it).
func noFiniteVerb(toks []Token, j int) bool {
	for ; j < len(toks); j++ {
		switch toks[j].Tag {
		case "VBD", "VBZ", "VBP", "MD", "VBN", "VBG":
			return false
		case "IN", "TO", ",", ":":
			return true
		}
	}
	return true
}

// headlineVerbs runs the headline rules on the second to fourth words of
// a sentence with no closing full stop, once its tokens are tagged and
// lemmatised, and retags the first word they find as the present verb
// (and the -ed form after it, if any, as an adjective).
func (a *Analyzer) headlineVerbs(toks []Token) {
	for i := 1; i <= 3 && i+1 < len(toks); i++ {
		// (A three-word line is read by headlineGroupVerb only: "Taliban
		// seize Kunduz".)
		full := i+2 < len(toks)
		ed := full && pastTag(toks[i+1].Tag)
		if ed && !a.headlineVerb(toks, i) || !ed && !(full && a.headlineBaseVerb(toks, i)) && !a.headlineGroupVerb(toks, i) && !a.headlineListVerb(toks, i) {
			continue
		}
		t := &toks[i]
		if t.Lower[len(t.Lower)-1] == 's' && t.Lemma != t.Lower {
			t.Tag = "VBZ"
		} else {
			t.Tag = "VBP"
		}
		t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
		if ed {
			p := &toks[i+1]
			p.Tag = "JJ"
			p.Lemma = a.lemma.Lemma(p.Lower, p.Tag)
		}
		return
	}
}

// retagPastPair applies pastBeforeParticiple's finding: the word at i is
// the past verb and the -ed form after it an adjective; a sector noun
// before it read as an adjective heads the subject ("The military/JJ
// freed").
func (a *Analyzer) retagPastPair(toks []Token, i int) {
	t := &toks[i]
	t.Tag = "VBD"
	t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
	p := &toks[i+1]
	p.Tag = "JJ"
	p.Lemma = a.lemma.Lemma(p.Lower, p.Tag)
	if h := &toks[i-1]; h.Tag == "JJ" && sectorNoun(h.Lower) {
		h.Tag = "NN"
		h.Lemma = a.lemma.Lemma(h.Lower, h.Tag)
	}
}

// pastBeforeParticiple: the word at i, a regular past the tagger called
// a noun, follows a noun and comes before a second -ed form that itself
// comes before a noun phrase: "The junta freed/NN detained/VBD
// ministers", "The military freed/NN abducted/VBD students". No noun
// ends in a regular past, and of two pasts in a row before a noun phrase
// the second describes the noun ("detained ministers"), so the first is
// the clause's verb. The caller has checked that the word is tagged NN
// and that the next one, at i+1, has a past tag.
func (a *Analyzer) pastBeforeParticiple(toks []Token, i int) bool {
	if i == 0 || i+2 >= len(toks) {
		return false
	}
	p := &toks[i+1]
	if l := len(p.Lower); l < 5 || p.Lower[l-2:] != "ed" {
		return false
	}
	if w := toks[i].Lower; len(w) < 5 || w[len(w)-2:] != "ed" {
		return false
	}
	switch toks[i-1].Tag {
	case "NN", "NNS", "NNP", "NNPS", "JJ":
	default:
		return false
	}
	switch toks[i+2].Tag {
	case "JJ", "NN", "NNS", "NNP", "NNPS":
	default:
		return false
	}
	return a.verbs.RegularPast(toks[i].Lower) && a.verbs.RegularPast(p.Lower)
}

// pastTag: VBD or VBN, the cheap first test the analyzer's loop makes
// before calling the rules above.
func pastTag(tag string) bool {
	return len(tag) == 3 && tag[0] == 'V' && (tag[2] == 'D' || tag[2] == 'N')
}

// articleName: a name written with the Arabic article, "al-" or "el-"
// before a capital ("al-Qaeda", "al-Shabaab", "el-Sisi"). The model,
// which reads a lower-case word with a hyphen as a compound adjective
// ("anti-government"), tags it JJ, and a past form after it then has no
// noun for its subject ("Militants linked to al-Qaeda/JJ kidnapped/JJ
// three miners" coded nothing). "anti-American" and "pro-Russian" have no
// such prefix and stay adjectives. The caller retags only a name that
// heads its phrase: before a noun ("the al-Aqsa mosque", "al-Qaeda
// leader") it modifies, and the verb patterns read a modifier's JJ there.
func articleName(w string) bool {
	return len(w) >= 5 && (w[0] == 'a' || w[0] == 'e') && w[1] == 'l' && w[2] == '-' && w[3] >= 'A' && w[3] <= 'Z'
}

// lyNoun: the word at i, tagged an adverb after an adjective, is a noun
// ending like one: "Russia's closest ally/RB", "the biggest rally/RB".
// An adverb ends in -ly on an adjective's stem ("closely", "sharply"),
// which is no verb; "ally", "rally", "supply" and "reply" are verbs too,
// and one after a determiner's or a possessive's adjective heads the noun
// phrase. The caller has checked that the word before is tagged J...
func (a *Analyzer) lyNoun(toks []Token, i int) bool {
	w := toks[i].Lower
	if n := len(w); n < 4 || w[n-2:] != "ly" || !lowerLetters(w) {
		return false
	}
	switch toks[i-2].Tag {
	case "POS", "DT", "PRP$":
	default:
		return false
	}
	kw, ok := a.lemma.(wordLister)
	return ok && kw.Known(w) && !a.verbs.NotAVerb(w)
}

// endsEd: the word ends in "ed" and has three letters before it, the
// cheap first test of pastBeforeParticiple's caller.
func endsEd(w string) bool {
	n := len(w)
	return n >= 5 && w[n-1] == 'd' && w[n-2] == 'e'
}
