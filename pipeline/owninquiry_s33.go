package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
)

// ownInquiry (S33): an investigation (09) that names no one it looks into
// is a state's inquiry into its own affairs ("Ruto ordered an inquiry
// into police shootings", "the National Investigation Agency raided 100
// sites in a probe", "appointed a committee to investigate the
// killings"): the complete-listing sets code such an inquiry with the
// investigating state as its target too, nearly always (59 rows of the
// dev sets' 09 events against 4 with none). A body of no state (a UN
// commission) investigates where the event is placed ("arrived in
// Khartoum to investigate"); with no place it keeps no target.
func (p *Pipeline) ownInquiry(ev *event.Event) {
	if ev.CAMEORoot != "09" || len(ev.Target) > 0 || len(ev.Source) == 0 {
		return
	}
	c := ev.Source[0].Country
	if c == "" || !p.isState(c) {
		if l := ev.Location; l != nil && l.Country != "" && p.isState(actor.CameoCountry(l.Country)) {
			c = actor.CameoCountry(l.Country)
			ev.Target = []event.Actor{{Text: safeSlice(ev.Sentence, l.Start, l.End), Code: c, Country: c, Start: l.Start, End: l.End}}
		}
		return
	}
	for _, a := range ev.Source[1:] {
		if a.Country != c {
			return // two states' joint inquiry: into neither's affairs alone
		}
	}
	ev.Target = []event.Actor{{Text: ev.Source[0].Text, Code: c, Country: c, Start: -1, End: -1}}
}
