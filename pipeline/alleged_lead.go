package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// allegedDeedPlace: the event's place lies in what its target is said to
// have done, after the target, a word of allegation and the deed's verb
// ("arrested four men suspected of firing rockets at Israel", "detained
// two men accused of smuggling migrants into Italy"). It places the deed,
// not the event, and says nothing of whose the people are: localSides
// gives them no country from it, and heldPerson gives a held person the
// holding state's, as it does when no place is named. A deed named by a
// noun ("lynched a manager accused of blasphemy in Sialkot") leaves the
// place to the event: it is where the mob struck.
func allegedDeedPlace(ev *event.Event, l *event.Location) bool {
	if len(ev.Target) == 0 {
		return false
	}
	from, to := ev.Target[len(ev.Target)-1].End, l.Start
	if from <= 0 || to <= from || to > len(ev.Sentence) {
		return false
	}
	rest := ev.Sentence[from:to]
	// localSides asks this of every placed event, and the deed's verb
	// ends in -ing: most places follow their event at once ("in Gaza").
	if !strings.Contains(rest, "ing") {
		return false
	}
	alleged := false
	for rest != "" {
		w := rest
		if i := strings.IndexByte(rest, ' '); i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if strings.ContainsAny(w, ".;") {
			return false
		}
		switch w = strings.Trim(w, ",:\"'"); w {
		case "suspected", "accused", "convicted", "charged", "wanted", "guilty", "alleged", "allegedly":
			alleged = true
		default:
			if alleged && len(w) > 5 && strings.HasSuffix(w, "ing") {
				return true
			}
		}
	}
	return false
}
