package pipeline

import (
	"github.com/parley-events/parley/event"
)

// unplacedTaking: an event of the verb stage's bare line of taking a
// town by its name (verb.Coder.NamedPlaceLine: "Russian forces captured
// Kherson") whose location is not that name, right after the verb (at
// most "the" and lower-case adjectives between): the name was a person's
// or a ship's ("Mexican marines captured Guzman in Los Mochis", "Iran
// seized Stena Impero"), or a town the gazetteer does not know, and the
// event is dropped.
func unplacedTaking(ev *event.Event, line func(pos string) bool) bool {
	if !line(ev.Evidence.Pattern) {
		return false
	}
	l := ev.Location
	if l == nil || l.Start < ev.Evidence.Verb.End || l.Start > len(ev.Sentence) {
		return true
	}
	words := 0
	gap := ev.Sentence[ev.Evidence.Verb.End:l.Start]
	for i := 0; i < len(gap); i++ {
		c := gap[i]
		switch {
		case c >= 'A' && c <= 'Z', c == ',', c == '.', c == '(':
			return true
		case c == ' ' && i+1 < len(gap) && gap[i+1] != ' ':
			words++
		}
	}
	return words > 3
}
