package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
)

// topicPreps introduce what a dispute or a deal is about, not who takes
// part in it.
var topicPreps = wordset.Of("over", "about", "regarding", "concerning")

// topicObject reports whether every target of a reciprocal event with a
// coordinated subject is the object of a topic preposition: in "Greece and
// Turkey traded accusations over Cyprus" the parties are Greece and Turkey
// and Cyprus is the issue, as the Falklands are in "Argentina and Britain
// exchanged angry words over the Falklands".
func topicObject(ev *event.Event) bool {
	if len(ev.Target) == 0 {
		return false
	}
	for _, t := range ev.Target {
		if t.Start <= 0 || t.Start > len(ev.Sentence) {
			return false
		}
		before := strings.TrimRight(ev.Sentence[:t.Start], " ")
		// lastWord is lower case; "over the Falklands" skips the article.
		w := lastWord(before)
		if w == "the" {
			before = strings.TrimRight(before[:len(before)-len(w)], " ")
			w = lastWord(before)
		}
		if !topicPreps.Has(w) {
			return false
		}
	}
	return true
}
