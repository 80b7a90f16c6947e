package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
)

// denialAbroad (S36C): a state's denial (016) whose target came out only
// as its own people ("the Kremlin denied that its forces had targeted
// residential buildings", after a strike told in Dnipro) and whose place
// is in another state is aimed at that state. What a state denies is its own
// act; the soldiers or aircraft it names are the means of that act, and
// the party it answers is the state where the act fell, the one that
// accuses it. A place in the actor's own state names no other party, and
// a denial with no target at all is left to the answer rules (reading it
// too cost a probe row).
func (p *Pipeline) denialAbroad(ev *event.Event) {
	if ev.CAMEO != "016" || len(ev.Source) == 0 || len(ev.Target) == 0 || ev.Location == nil || ev.Location.Country == "" || waterBody(ev) {
		return
	}
	c := ownSidesOnly(ev, false)
	if c == "" {
		return
	}
	pc := actor.CameoCountry(ev.Location.Country)
	if pc == "" || pc == c || !p.isState(pc) {
		return
	}
	ev.Target = placeActor(ev, pc)
}
