package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// loneMediation: a mediation (045) that found no parties of its own, in a
// sentence whose consultation has one side and no other ("Sudan's army
// chief held talks in Cairo under Egyptian mediation"), stands between no
// one we know: one party alone is no mediation, and the states the
// sentence names are that side's, not a second party. A side that names
// several parties itself ("the warring parties") still has two.
func loneMediation(out []event.Event, i int) bool {
	ev := &out[i]
	if ev.CAMEO != "045" || len(ev.Target) != 0 || len(ev.Source) == 0 {
		return false
	}
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || o.CAMEORoot != "04" || o.CAMEO == "045" {
			continue
		}
		if len(o.Source) == 1 && len(o.Target) == 0 && !pluralSide(o.Source[0].Text) {
			return true
		}
	}
	return false
}

// pluralSide: a phrase that names several parties by itself.
func pluralSide(text string) bool {
	t := strings.ToLower(text)
	for _, w := range []string{"parties", "sides", "factions", "rivals", "camps", "clans"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}
