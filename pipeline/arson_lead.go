package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// armedArson: buildings, cars and shops set on fire are a riot (145) when
// a crowd does it, but armed men, settlers, troops or police who torch
// them destroy property (1712): "Israeli settlers attacked Palestinian
// villages, torching homes and cars" is no protest. The crowds that riot
// (protesters, rioters, students, civilians, opposition supporters) and
// an unnamed agent keep 145.
func (p *Pipeline) armedArson(ev *event.Event) {
	if ev.CAMEO != "145" || len(ev.Source) == 0 {
		return
	}
	v := strings.ToLower(ev.Evidence.Verb.Text)
	if !strings.HasPrefix(v, "torch") && !strings.HasPrefix(v, "firebomb") && !strings.HasPrefix(v, "set") {
		return
	}
	switch ev.Source[0].Sector {
	case "MIL", "REB", "INS", "UAF", "SET", "COP", "GOV", "SPY", "CRM", "SEP":
	default:
		return
	}
	ec, ok := p.Onto.Event("1712")
	if !ok {
		return
	}
	if ec.PLOVER.Context == nil {
		ec.PLOVER.Context = []string{}
	}
	ev.CAMEO, ev.CAMEORoot, ev.QuadClass, ev.Goldstein = ec.Code, ec.Root, ec.QuadClass, ec.Goldstein
	ev.PLOVER = event.PLOVER{Type: ec.PLOVER.Type, Mode: ec.PLOVER.Mode, Context: ec.PLOVER.Context}
}
