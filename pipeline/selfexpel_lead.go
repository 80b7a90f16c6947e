package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// selfDiplomacy: diplomatic ties are reduced or broken between two states
// (161), so a bare source ("The junta", "the government") that took its
// state from the story, where the only state named is the envoy's ("The
// junta expelled the French ambassador"), cannot share the target's
// state: its state is unknown, not the envoy's (lead, s23). A source that
// names its state ("Niger's junta") is left alone.
func selfDiplomacy(ev *event.Event) {
	if ev.CAMEO != "161" || len(ev.Source) != 1 || len(ev.Target) == 0 {
		return
	}
	src := &ev.Source[0]
	if src.Country == "" || src.Sector == "" || src.Country != ev.Target[0].Country || !bareText(src.Text) {
		return
	}
	src.Country = ""
	src.Code = "---" + src.Sector
}

// bareText: the actor's words name no state: every word after a leading
// article is lower case ("the junta", "The military government").
func bareText(s string) bool {
	for i, w := range strings.Fields(s) {
		if i == 0 && strings.EqualFold(w, "the") {
			continue
		}
		if w != strings.ToLower(w) {
			return false
		}
	}
	return s != ""
}
