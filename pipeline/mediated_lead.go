package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/verb"
)

// pluralParty: the one participant that is not a mediator names several
// parties itself ("Sudan's warring parties held talks under Saudi and US
// mediation", "the rival factions met under Egyptian auspices"), so a
// mediator still stands between two sides.
func pluralParty(ev *event.Event) bool {
	var party *event.Actor
	for i := range ev.Participants {
		if ev.Participants[i].Role == verb.RoleParticipant {
			if party != nil {
				return false
			}
			party = &ev.Participants[i]
		}
	}
	if party == nil {
		return false
	}
	t := strings.ToLower(party.Text)
	for _, w := range []string{"parties", "sides", "factions", "rivals", "camps"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}
