package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
)

// missionStaff head a phrase that is a foreign mission's people when a
// mission word comes before them ("Czech embassy staff", "consular
// personnel").
var (
	missionStaff = wordset.Of("staff", "staffers", "personnel", "employees", "workers", "officials")
	missionWords = wordset.Of("embassy", "diplomatic", "consular", "consulate", "mission")
)

// orderedOutEnvoys: a state that orders another state's diplomats, its
// embassy staff or its chargé d'affaires to leave expels diplomats, which
// CAMEO codes as a cut in relations (161), not as people deported (174):
// "Moldova ordered 45 Russian diplomats and embassy staff to leave the
// country", "Russia ordered 20 Czech embassy staff to leave Moscow". Every
// target must be such a phrase, and one of a state other than the
// source's, so that "ordered Russian journalists to leave" stays a
// deportation.
func (p *Pipeline) orderedOutEnvoys(ev *event.Event) {
	if ev.CAMEO != "174" || len(ev.Source) == 0 || len(ev.Target) == 0 || !strings.HasPrefix(strings.ToLower(ev.Evidence.Verb.Text), "order") {
		return
	}
	var foreign []event.Actor
	for _, t := range ev.Target {
		if !envoyPhrase(t.Text) {
			return
		}
		if t.Country != "" && !sameCountries([]event.Actor{t}, ev.Source) {
			foreign = append(foreign, t)
		}
	}
	if len(foreign) == 0 {
		return
	}
	// "Russian diplomats and embassy staff": the staff the story lent
	// the expeller's country are the same mission's.
	if p.recodeEvent(ev, "161") {
		ev.Target = foreign
	}
}

// envoyPhrase: the actor's words end in a diplomat noun, a mission's
// staff or "chargé d'affaires".
func envoyPhrase(text string) bool {
	w := strings.Fields(strings.ToLower(text))
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	switch {
	case envoyNouns.Has(last), last == "d'affaires", last == "d’affaires":
		return true
	case missionStaff.Has(last) && len(w) >= 2 && missionWords.Has(w[len(w)-2]):
		return true
	}
	return false
}
