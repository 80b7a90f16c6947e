package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// postedForces gives a force posture told in the passive with no agent
// ("Kenya's police were put on alert", "police were deployed in force
// across the Nigerian city of Kano") to the state whose forces are
// posted: only a state alerts, mobilises or deploys its own police and
// army, so the subject's state is the one showing force. The forces stay
// the target, as CAMEO codes a state's posture of its own forces. An act
// with an agent, or forces of no state or of several, is left.
func (p *Pipeline) postedForces(ev *event.Event, toks []text.Token, head int) {
	if ev.CAMEORoot != "15" || len(ev.Source) > 0 || len(ev.Target) == 0 || head <= 0 || head >= len(toks) {
		return
	}
	c := ev.Target[0].Country
	if c == "" || !p.isState(c) {
		return
	}
	for _, a := range ev.Target {
		if a.Country != c || a.Sector != "COP" && a.Sector != "MIL" || a.Start < 0 || tokenAt(toks, a.Start) >= head {
			return
		}
	}
	// The verb must be a participle after "be" ("were put", "was placed
	// on high alert", "were quickly deployed"): an active verb with no
	// agent found is a parse we cannot trust.
	be := false
	for k := head - 1; k >= 0 && k >= head-2; k-- {
		if l := toks[k].Lemma; l == "be" {
			be = true
			break
		}
		if toks[k].Tag != "RB" {
			break
		}
	}
	if !be {
		return
	}
	ev.Source = p.stateSide(c)
}
