package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/verb"
)

// aidAgencyBanned: a relief, refugee or health organisation that a state
// bans or bars from working ("parliament passed laws banning the refugee
// agency from operating", "the junta barred Médecins Sans Frontières from
// the north") is an aid agency expelled (1663), as CAMEO files it, not a
// generic administrative sanction (172): "ban + from" was written for
// people and parties kept out of politics, whose 172 stays.
func (p *Pipeline) aidAgencyBanned(ev *event.Event) {
	if ev.CAMEO != "172" || len(ev.Target) == 0 {
		return
	}
	switch v := strings.ToLower(ev.Evidence.Verb.Text); {
	case strings.HasPrefix(v, "ban"), strings.HasPrefix(v, "bar"):
	default:
		return
	}
	for _, a := range ev.Target {
		if !verb.AidAgency(a.Code) {
			return
		}
	}
	p.recodeEvent(ev, "1663")
}
