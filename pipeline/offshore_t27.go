package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
)

// offShoreShow: a show of force (150) placed off another state's shore
// ("fired ballistic missiles into waters off Taiwan", "coast guard
// vessels entered restricted waters off Kinmen") is aimed at that state,
// though at sea: missiles and warships sent off a coast are sent at
// whoever holds it. Only the shore's state, named by "off" or a shore
// noun, counts: an open sea ("the Tasman Sea", "the Pacific") names no
// one, and a show off one's own coast is a test, aimed at no one.
// Seizures and boardings at sea stay placeless (waterBody).
func offShoreShow(ev *event.Event) bool {
	l := ev.Location
	if ev.CAMEO != "150" || l == nil || ev.Evidence.Place == nil || len(ev.Source) == 0 || waterName(ev.Evidence.Place.Text) {
		return false
	}
	return actor.CameoCountry(l.Country) != ev.Source[0].Country
}
