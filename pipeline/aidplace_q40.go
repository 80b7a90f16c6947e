package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
)

// aidPromisePlace (Q40): the event is a promise of aid (033x) and its
// place, named after the verb in the promise's own clause, lies abroad
// from the one promising: the aid is for that place's people ("pledged
// grants for reconstruction in Artibonite" → HTI, "pledged relief for
// the victims of the floods in Pakistan" → PAKCVL), as aid given is
// (placeAsTarget's 07 case). A comma, semicolon or colon between ends
// the promise's clause ("..., Kishida told the summit in Glasgow" names
// a venue), and a place of the promiser's own state is where the aid
// starts or a state's care for its own region ("planes leaving from
// Maiquetia"), not whom it is for.
func aidPromisePlace(ev *event.Event) bool {
	l := ev.Location
	if !strings.HasPrefix(ev.CAMEO, "033") || l == nil || l.Country == "" || l.Start < ev.Evidence.Verb.End {
		return false
	}
	if len(ev.Source) > 0 && ev.Source[0].Country == actor.CameoCountry(l.Country) {
		return false
	}
	return !strings.ContainsAny(safeSlice(ev.Sentence, ev.Evidence.Verb.End, l.Start), ",;:")
}
