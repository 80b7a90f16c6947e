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
	if settlersOwnState(ev) {
		return
	}
	p.recodeEvent(ev, "180")
}

// settlersOwnState: settlers who riot against the state's own forces or
// government ("clashed with Israeli police to protest the evacuation of an
// outpost"), or on their own state's ground ("rioted in Jerusalem after the
// army demolished an outpost"), are demonstrators whose riot turned
// violent (145), not raiders of another community (R19).
func settlersOwnState(ev *event.Event) bool {
	if strings.HasPrefix(strings.ToLower(ev.Evidence.Verb.Text), "riot") {
		// "Settlers rioted in Hebron after the army demolished an
		// outpost": the text itself calls it a riot, not a raid.
		return true
	}
	country := ev.Source[0].Country
	for _, a := range ev.Target {
		switch a.Sector {
		case "COP", "MIL", "GOV", "JUD", "LEG", "SPY":
			return true
		}
		if country != "" && a.Country == country {
			return true
		}
	}
	return false
}
