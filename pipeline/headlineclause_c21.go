package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/geo"
	"github.com/parley-events/parley/text"
)

// semicolonScene: the event e, which names no actor, is the verbless
// headline clause after a semicolon ("Thousands marched in Colombo;
// curfew declared", "Clashes erupt in Kisumu; curfew imposed"), whose
// clause, lo to hi, names no place. Such a clause reports what followed
// in the same scene as the clause before it, so it takes the places of
// that clause (kept mentions ending before the semicolon at lo); the
// place then gives the side, as it does for "Curfew declared in
// Colombo" (C21). A clause with an actor of its own, or after a comma
// or "and", is left: only a semicolon sets such a clause apart.
func semicolonScene(s *text.Sentence, e *event.Event, kept []geo.Mention, lo int) []geo.Mention {
	if len(e.Source) > 0 || len(e.Target) > 0 || len(e.Participants) > 0 || lo <= 0 || lo >= len(s.Text) || s.Text[lo] != ';' {
		return nil
	}
	// The clause before runs from the previous semicolon, if any.
	plo := 0
	for k := lo - 1; k >= 0; k-- {
		if s.Text[k] == ';' {
			plo = k + 1
			break
		}
	}
	var before []geo.Mention
	for _, m := range kept {
		if m.Start >= plo && m.End <= lo {
			before = append(before, m)
		}
	}
	return before
}

// semicolonPlace: the event names no actor and its place stands before a
// semicolon that comes before its verb, as semicolonScene gave it
// ("Thousands marched in Colombo; curfew declared"): the place is the
// scene of the clause after it too, and gives the side.
func semicolonPlace(ev *event.Event) bool {
	l := ev.Location
	if len(ev.Source) > 0 || len(ev.Target) > 0 || l == nil || l.End <= 0 || l.End > ev.Evidence.Verb.Start || ev.Evidence.Verb.Start > len(ev.Sentence) {
		return false
	}
	return strings.Contains(ev.Sentence[l.End:ev.Evidence.Verb.Start], ";")
}
