package verb

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// fleeLemmas: verbs of people leaving under threat for somewhere safer.
var fleeLemmas = wordset.Of("flee", "escape", "emigrate")

// flightWays: the way people flee, between the verb and its "to"
// ("fled south to", "fled abroad to").
var flightWays = wordset.Of("back", "abroad", "overseas", "north", "south", "east", "west",
	"northward", "southward", "eastward", "westward", "northwards", "southwards", "eastwards", "westwards")

// refugeNouns: what a fleeing people seek or take somewhere.
var refugeNouns = wordset.Of("refuge", "shelter", "sanctuary")

// FlightWay and RefugeNoun give the two lists above to the pipeline's
// fledDestination, which reads the same flight on the sentence's text
// where no tokens are at hand, so the two readings cannot drift apart.
func FlightWay(w string) bool { return flightWays.Has(w) }

// RefugeNoun: see FlightWay.
func RefugeNoun(w string) bool { return refugeNouns.Has(w) }

// FledTo (S24): the "to", "into" or "towards" at k follows a verb of
// flight ("forced families to flee to Chad", "fled across the border into
// Uganda", "fleeing south to Kenya"), so what comes after it is where the
// people went: a refuge, never a party to what drove them out nor their
// own state. A refuge sought or taken is one too ("sought refuge in
// Chad", "took shelter in Lebanon").
func FledTo(toks []text.Token, k int) bool {
	if k < 1 || k >= len(toks) {
		return false
	}
	j := k - 1
	switch toks[k].Lower {
	case "to", "into", "towards", "toward":
	case "in":
		if j < 1 || !refugeNouns.Has(toks[j].Lower) {
			return false
		}
	default:
		return false
	}
	if j >= 2 && (toks[j].Lower == "border" || toks[j].Lower == "frontier") && toks[j-1].Tag == "DT" && (toks[j-2].Lower == "across" || toks[j-2].Lower == "over") {
		j -= 3 // "fled across the border into Uganda"
	}
	if j >= 0 && (toks[j].Tag == "RB" || flightWays.Has(toks[j].Lower)) && toks[j].Lower != "not" {
		j-- // "fled south to", "fled back to", "fled abroad to"
	}
	if j >= 1 && refugeNouns.Has(toks[j].Lower) {
		return toks[j-1].Lemma == "seek" || toks[j-1].Lemma == "take"
	}
	if j < 0 || !toks[j].IsVerb() {
		return false
	}
	return fleeLemmas.Has(toks[j].Lemma)
}

// fledToGroup: group g is the object of a flight's "to" ("to flee to
// Chad"), not of the act before it.
func (s *sentence) fledToGroup(g actor.Group) bool {
	k := g.Start - 1
	for k >= 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ") {
		k--
	}
	return FledTo(s.toks, k)
}
