package text

import "strings"

// verbFormChecker is implemented by lemmatizers that can tell whether a
// word is a form of some verb (GolemLemmatizer).
type verbFormChecker interface {
	// NotAVerb reports that the lower-case word is known, and is a form
	// of no verb: "stronghold", "outskirts". Unknown words are not
	// judged.
	NotAVerb(lower string) bool
	// RegularPast reports a regular past form of a known verb:
	// "imposed", "intensified".
	RegularPast(lower string) bool
}

// NotAVerb implements verbFormChecker from golem's tables: a word is a
// verb form when one of its lemmas has a gerund in the dictionary
// ("held" → "hold" → "holding"). The tagger's model, which sees a word's
// neighbours more than the word, now and then calls a noun a past tense
// ("the last Islamic State stronghold in" → stronghold/VBD), and a
// finite verb that is not there splits the clause around it.
func (g *GolemLemmatizer) NotAVerb(w string) bool {
	// Only a word that is its own lemma, not an -ed form and not an
	// inflection of anything is judged: "stronghold", "summit", not
	// "died" or "officials".
	if len(w) < 3 || !asciiLower(w) || strings.HasSuffix(w, "ed") {
		return false
	}
	if l, ok := g.lemma.Lookup(w); !ok || l != w {
		return false
	}
	if _, ok := g.lemma.LookupPrefixed(verbKey[0], w); ok {
		return false
	}
	return !g.hasGerund(w)
}

// RegularPast implements verbFormChecker: an -ed form whose stem golem
// knows as a verb ("imposed" → "impose" → "imposing").
func (g *GolemLemmatizer) RegularPast(w string) bool {
	// Five letters at least: "bed" and "red" are no forms of "be" and "re".
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || !asciiLower(w) {
		return false
	}
	stem, ok := g.regularVerb(w)
	return ok && g.hasGerund(stem)
}

// pastAfterNoun: an -ed word the tagger called an adjective right after a
// noun, and before what can only be its object ("The EU imposed/JJ
// sanctions", "Morocco normalized/JJ relations"), is the clause's verb.
// English puts adjectives before their noun; one after a bare noun is a
// verb, or a participle when "by" follows, which is left alone.
func pastAfterNoun(toks []Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i].Tag != "JJ" {
		return false
	}
	switch toks[i-1].Tag {
	case "NN", "NNS", "NNP", "NNPS":
	case "JJ":
		// "The military seized/JJ power", "the army detained": the
		// tagger reads a sector noun after a determiner as an adjective
		// and the verb after it as one more. A determiner, a sector
		// noun and a past form before an object is subject and verb;
		// the noun is retagged here too, so the actor stage sees it.
		if i < 2 || !sectorNoun(toks[i-1].Lower) {
			return false
		}
		switch toks[i-2].Tag {
		case "DT", "PRP$", "POS":
		default:
			return false
		}
		if !objectStart(toks[i+1].Tag) {
			return false
		}
		// "The military trained officers were sent abroad": a finite
		// verb right after the noun phrase makes the whole its subject.
		j := i + 1
		for j < len(toks) && j < i+6 && objectStart(toks[j].Tag) {
			j++
		}
		if j < len(toks) {
			switch toks[j].Tag {
			case "VBD", "VBZ", "VBP", "MD":
				return false
			}
		}
		toks[i-1].Tag = "NN"
		return true
	default:
		return false
	}
	return objectStart(toks[i+1].Tag)
}

// objectStart: a tag that can open a verb's object noun phrase.
func objectStart(tag string) bool {
	switch tag {
	case "DT", "PRP$", "CD", "NN", "NNS", "NNP", "NNPS", "JJ":
		return true
	}
	return false
}

// sectorNoun: collective nouns for a state's institutions that the
// tagger, trained on "military aid" and "government forces", often tags
// as adjectives even when they head the noun phrase.
func sectorNoun(w string) bool {
	switch w {
	case "military", "army", "police", "government", "junta", "regime", "navy", "opposition":
		return true
	}
	return false
}
