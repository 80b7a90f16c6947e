package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
)

// chargeWeapons are what a baton charge is made with.
var chargeWeapons = wordset.Of(
	"baton", "batons", "truncheons", "truncheon", "clubs", "sticks",
	"whips", "bayonets", "horses", "horseback", "shields", "teargas",
)

// batonCharge: police who "charged" people "with batons", truncheons or
// horses rushed at them (R21): "Riot police charged protesters with
// batons in Nairobi" is force against a crowd (175), neither a legal
// charge (173) nor an accusation in words (112). The word after "with"
// (past a determiner) names the weapon.
func batonCharge(ev *event.Event) bool {
	if !chargedVerb(ev) || ev.Evidence.Verb.End > len(ev.Sentence) {
		return false
	}
	rest := ev.Sentence[ev.Evidence.Verb.End:]
	i := strings.Index(rest, " with ")
	if i < 0 {
		return false
	}
	w := strings.Fields(strings.ToLower(rest[i+len(" with "):]))
	for len(w) > 0 && (w[0] == "their" || w[0] == "the" || w[0] == "a" || w[0] == "heavy" || w[0] == "wooden" || w[0] == "electric") {
		w = w[1:]
	}
	if len(w) == 0 {
		return false
	}
	return chargeWeapons.Has(strings.Trim(w[0], ".,;:"))
}
