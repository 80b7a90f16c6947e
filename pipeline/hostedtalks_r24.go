package pipeline

import "github.com/parley-events/parley/text"

// talksStop: a word that ends the hosted meeting's noun phrase before its
// talk noun could come: a verb, punctuation or a conjunction opens
// another phrase ("hosted Putin, and talks between ... followed").
func talksStop(t *text.Token) bool {
	if t.IsVerb() {
		return true
	}
	switch t.Tag {
	case ",", ":", ".", "CC", "WDT", "WP":
		return true
	}
	return false
}
