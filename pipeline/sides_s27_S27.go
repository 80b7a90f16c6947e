package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// policeAtPlace: police with no country of their own who arrest, repress
// or assault people of the state where the event happens are that
// state's police: a police force acts only at home, so "Police fired
// tear gas at workers demanding higher pay in Gazipur" is BGD→BGD even
// where localSides leaves the source alone because of words between the
// verb and the place (the workers' demand) or a place named before the
// verb. Only the police sector is read (soldiers and armed men do fight
// abroad), only coercion and assault (17, 18), and only when a target
// is the place's own: police "in Paris" who arrest British fans are
// still French, but nothing then ties the place to the arrest.
func policeAtPlace(ev *event.Event) {
	l := ev.Location
	if l == nil || l.Country == "" || len(ev.Source) == 0 || waterBody(ev) || destination(ev.Sentence, l.Start) {
		return
	}
	if ev.CAMEORoot != "17" && ev.CAMEORoot != "18" {
		return
	}
	local := false
	for _, t := range ev.Target {
		if t.Country == l.Country {
			local = true
		}
	}
	if !local {
		return
	}
	for i := range ev.Source {
		a := &ev.Source[i]
		if a.Country != "" || a.Sector != "COP" || !strings.HasPrefix(a.Code, "---") || len(a.Code) == 3 {
			continue
		}
		a.Country = l.Country
		a.Code = l.Country + a.Code[3:]
	}
}
