package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
)

// protestBlamed: a protest with no target whose protesters blame or
// accuse someone in a participle of the same sentence ("Hundreds
// protested in Lagos after a tanker explosion killed 12 people, blaming
// the government") is aimed at whom they blame: accidentProtest leaves a
// protest after an accident only the party the protesters name, and the
// participle names it. A bare government or authority blamed where the
// protest happened is that place's state's (the protesters' own), as
// domesticTarget would give it (N20). Run after accidentProtest.
func protestBlamed(out []event.Event, i int, heads []int) {
	ev := &out[i]
	if ev.CAMEORoot != "14" || len(ev.Target) > 0 || len(ev.Source) == 0 || heads[i] < 0 {
		return
	}
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || heads[j] <= heads[i] || o.CAMEORoot != "11" || len(o.Target) == 0 || !sameCodes(o.Source, ev.Source) {
			continue
		}
		if v := o.Evidence.Verb.Text; len(v) < 4 || v[len(v)-3:] != "ing" {
			continue // the participle, not a clause of its own
		}
		if ev.Location != nil && ev.Location.Country != "" {
			c := actor.CameoCountry(ev.Location.Country)
			for k := range o.Target {
				t := &o.Target[k]
				if t.Country == "" && (t.Code == "---GOV" || t.Code == "---COP" || t.Code == "---MIL") {
					t.Country, t.Code = c, c+t.Code[3:]
				}
			}
		}
		if o.Target[0].Country == "" || o.Target[0].Country == ev.Source[0].Country && o.Target[0].Sector == "" {
			return
		}
		ev.Target = append([]event.Actor(nil), o.Target...)
		return
	}
}
