package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// D27: an arrest, a detention, a charge or a conviction told with no
// agent and no place of its own ("Imran Khan was sentenced to three years
// in prison", "Kashmiri leaders are placed under house arrest", "Pashinyan,
// who had been detained the day before") is the act of the target's own
// state: only a state's police and courts arrest and convict, and a
// person held abroad is told with the place, which placeAsSource reads
// first. The dev sets never code these acts with an unknown source.

// ownStateCoercer gives an agentless 173 or 116 whose targets are all of
// one state that state's police (173) or judiciary (116) as its source.
func ownStateCoercer(ev *event.Event) {
	if len(ev.Source) > 0 || len(ev.Target) == 0 {
		return
	}
	sector := ""
	switch {
	case strings.HasPrefix(ev.CAMEO, "173"):
		sector = "COP"
	case ev.CAMEO == "116":
		sector = "JUD"
	default:
		return
	}
	country := ev.Target[0].Country
	if country == "" || len(country) != 3 {
		return
	}
	for _, t := range ev.Target {
		if t.Country != country {
			return // two states' people: whose police is not told
		}
	}
	ev.Source = []event.Actor{{Text: country, Code: country + sector, Country: country, Sector: sector, Start: -1, End: -1}}
}
