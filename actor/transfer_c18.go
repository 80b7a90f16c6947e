package actor

import (
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// A person extradited, deported, repatriated, handed over or returned "to"
// a capital is delivered to that state, not to a city: "Germany extradited
// the suspect to Warsaw", "Thailand deported the Uyghur men to Beijing",
// "Sweden handed over the suspect to Ankara". The capital is then the
// state, as after a verb of address ("protested to Beijing"). Elsewhere
// "to" stays locative ("flew to Warsaw", "returned to Kabul"). So it is
// after a verb of supply and its object (supplyVerbs).

// personTransferVerbs deliver a person to another state's justice or territory
// whatever follows them; handOver verbs do so with "over" or "back".
var (
	personTransferVerbs = wordset.Of("extradite", "deport", "repatriate", "surrender")
	handOverVerbs       = wordset.Of("hand", "turn", "send", "return")
	// supplyVerbs send goods, arms, aid or people to their recipient: with
	// an object before it, their "to" and a capital name the receiving
	// state ("Germany sent tanks to Kyiv", "Iran supplied drones to
	// Moscow", "sent a delegation to Beijing") (lead, s24).
	supplyVerbs = wordset.Of("send", "deliver", "supply", "ship", "sell", "transfer", "dispatch", "airlift", "donate", "export")
	// forceNouns: troops sent to a city are deployed there ("Turkey sent
	// troops to Moscow" for a parade); the city stays a place.
	forceNouns = wordset.Of("troops", "forces", "soldiers", "units", "battalions", "brigades", "reinforcements", "marines", "paratroopers", "peacekeepers", "police", "officers", "commandos", "sailors", "warships")
)

// transferredTo reports that the "to" at toks[k] gives the destination of
// a person a transfer verb moves: the verb, its particle and its object
// (or nothing, in the passive) stand before it in the same clause.
func transferredTo(toks []text.Token, k int) bool {
	particle, object, forces := false, false, false
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		t := &toks[j]
		switch {
		case t.Tag == "RP" || t.Lower == "over" || t.Lower == "back":
			particle = true
			continue
		case t.IsVerb() && !(t.Tag == "VBG" && j+1 < k && toks[j+1].IsNoun()):
			if personTransferVerbs.Has(t.Lemma) || object && !forces && supplyVerbs.Has(t.Lemma) {
				return true
			}
			if !handOverVerbs.Has(t.Lemma) {
				return false
			}
			// "handed over", "sent back", "returned the migrants to":
			// "return" alone needs an object or the passive ("He
			// returned to Kabul" moves no one).
			if particle && t.Lemma != "return" {
				return true
			}
			return t.Lemma == "return" && (object || t.Tag == "VBN" && j > 0 && isBeForm(toks[j-1].Lower))
		case t.Lower == "," || t.Lower == ";" || t.Tag == "IN" || t.Tag == "TO" || t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "CC":
			return false
		}
		object = true
		forces = forces || forceNouns.Has(t.Lower)
	}
	return false
}

func isBeForm(w string) bool {
	switch w {
	case "was", "were", "been", "being", "be", "is", "are":
		return true
	}
	return false
}
