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
// jailed/VBN former PM". A base form the tagger read as a noun
// ("Taliban release/NN detained journalist") is not taken: it cannot be
// told from a noun of the subject. The word is the headline's present
// verb and the -ed form an adjective. A sentence with its full stop is
// running text, where "Kenya floods displaced thousands." is a past verb;
// the caller has checked that, that i is 1 to 3 and that a past tag
// follows.
func (a *Analyzer) headlineVerb(toks []Token, i int) bool {
	n := len(toks)
	p := &toks[i+1]
	if l := len(p.Lower); l < 5 || p.Lower[l-2:] != "ed" {
		return false
	}
	t := &toks[i]
	switch t.Tag {
	case "NN", "NNS", "VBZ":
		// An inflected -s form ("frees" → "free"), not a noun of the
		// subject ("Pakistan court jailed activist", "Kenya police
		// detained protesters": a past-tense line, the noun heads it).
		if t.Lower[len(t.Lower)-1] != 's' || t.Lemma == t.Lower {
			return false
		}
	case "VBP":
	case "RB":
		// "Police arrest/RB suspected gunmen"; an adverb that is no
		// verb ("Iran again detained activists") is left.
		if a.verbs.NotAVerb(t.Lower) {
			return false
		}
	default:
		return false
	}
	if w := toks[0].Text; w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false // a headline opens with a capital
	}
	for k := 0; k < i; k++ {
		switch toks[k].Tag {
		case "NNP", "NNPS", "NN", "NNS", "JJ":
		default:
			return false
		}
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
	for j := i + 3; j < n; j++ {
		switch toks[j].Tag {
		case "VBD", "VBZ", "VBP", "MD", "VBN", "VBG":
			return false
		case "IN", "TO", ",", ":":
			j = n
		}
	}
	return a.verbs.RegularPast(p.Lower)
}

// headlineVerbs runs headlineVerb on the second to fourth words of a
// sentence with no closing full stop, once its tokens are tagged and
// lemmatised, and retags the first it finds: the word as the present
// verb, the -ed form after it as an adjective.
func (a *Analyzer) headlineVerbs(toks []Token) {
	for i := 1; i <= 3 && i+2 < len(toks); i++ {
		if !pastTag(toks[i+1].Tag) || !a.headlineVerb(toks, i) {
			continue
		}
		t := &toks[i]
		if t.Lower[len(t.Lower)-1] == 's' {
			t.Tag = "VBZ"
		} else {
			t.Tag = "VBP"
		}
		t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
		p := &toks[i+1]
		p.Tag = "JJ"
		p.Lemma = a.lemma.Lemma(p.Lower, p.Tag)
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
