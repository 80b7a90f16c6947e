package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// recallVerb: the verbs by which a state brings its own envoy home; an
// expulsion ("expelled France's ambassador") is of another's envoy.
func recallVerb(v string) bool {
	v = strings.ToLower(v)
	for _, p := range [...]string{"recall", "withdr", "call", "bring", "brought", "pull"} {
		if strings.HasPrefix(v, p) {
			return true
		}
	}
	return false
}

// ownEnvoyRecalled: a state that recalls or withdraws an envoy recalls its
// own, so the envoy is not whom relations are cut with ("Armenia recalled
// its ambassador" is no ARM→ARMGOV). The state the envoy served in is the
// target when the text names it ("its ambassador to Russia"); with none
// named the target is left empty, and the place, if any, may fill it.
func ownEnvoyRecalled(ev *event.Event) {
	if !strings.HasPrefix(ev.CAMEO, "161") || len(ev.Source) == 0 || len(ev.Target) != 1 || !recallVerb(ev.Evidence.Verb.Text) {
		return
	}
	t := &ev.Target[0]
	if t.Country == "" || t.Country != ev.Source[0].Country {
		return
	}
	switch lastWord(t.Text) {
	case "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats",
		"chargé", "charge", "representative", "representatives", "attache", "attaché":
		ev.Target = ev.Target[:0]
	}
}
