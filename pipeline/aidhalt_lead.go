package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/verb"
)

// aidHalt: a relief or development organisation that suspends, halts or
// ends its operations ("Médecins Sans Frontières suspended its activities
// in Haiti after attacks on its ambulances", "Oxfam ended its presence in
// the region", "Save the Children suspended its programmes") stops
// humanitarian assistance (1623). The lines that spell "suspended
// operations" were written for armies, whose halt is military
// de-escalation (087), and "suspended the programme" for a policy given up
// under pressure (0832); an aid agency has no fighting to de-escalate and
// its programmes are its aid.
func (p *Pipeline) aidHalt(ev *event.Event) {
	if ev.CAMEO != "087" && ev.CAMEO != "0832" || len(ev.Source) == 0 {
		return
	}
	switch v := strings.ToLower(ev.Evidence.Verb.Text); {
	case strings.HasPrefix(v, "suspend"), strings.HasPrefix(v, "halt"), strings.HasPrefix(v, "stop"),
		strings.HasPrefix(v, "end"), strings.HasPrefix(v, "paus"), strings.HasPrefix(v, "cease"),
		strings.HasPrefix(v, "freez"), strings.HasPrefix(v, "froze"):
	default:
		return // "reversed its decision", "scrapped the plan": a policy changed
	}
	for _, a := range ev.Source {
		if !verb.AidAgency(a.Code) {
			return
		}
	}
	p.recodeEvent(ev, "1623")
}
