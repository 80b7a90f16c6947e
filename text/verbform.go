package text

import "strings"

// verbFormChecker is implemented by lemmatizers that can tell whether a
// word is a form of some verb (GolemLemmatizer).
type verbFormChecker interface {
	// NotAVerb reports that the lower-case word is known, and is a form
	// of no verb: "stronghold", "outskirts". Unknown words are not
	// judged.
	NotAVerb(lower string) bool
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
