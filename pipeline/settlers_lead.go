package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// settlersAssault: settlers who riot (145), by a line written for crowds
// of demonstrators who torch cars or storm buildings, are no demonstrators:
// what they do to another people's homes, cars and villages is an attack
// on that community (180), as the team's sets code a settlers' rampage.
// It runs after domesticTarget, which has already put the riot on the land
// the settlers live in (settledLand).
func (p *Pipeline) settlersAssault(ev *event.Event) {
	if ev.CAMEO != "145" || len(ev.Source) == 0 {
		return
	}
	for _, a := range ev.Source {
		if !strings.HasSuffix(a.Code, "SET") {
			return
		}
	}
	ec, ok := p.Onto.Event("180")
	if !ok {
		return
	}
	if ec.PLOVER.Context == nil {
		ec.PLOVER.Context = []string{}
	}
	ev.CAMEO, ev.CAMEORoot, ev.QuadClass, ev.Goldstein = ec.Code, ec.Root, ec.QuadClass, ec.Goldstein
	ev.PLOVER = event.PLOVER{Type: ec.PLOVER.Type, Mode: ec.PLOVER.Mode, Context: ec.PLOVER.Context}
}
