package pipeline

import (
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// vehicleInPhrase: the vehicle phrase ending at n is the object of a
// preposition ("A bomb on a crowded bus killed 14 people", "A device
// hidden in a motorcycle killed six"): the subject is the noun before
// the preposition, where the harm was placed, not a vehicle that ran
// anyone over. "of" is left out: "the driver of a bus" and "a convoy of
// trucks" are read by their own heads.
func vehicleInPhrase(toks []text.Token, n int) bool {
	k := n - 1
	for k >= 0 {
		t := &toks[k]
		if t.Tag == "DT" || t.Tag == "PRP$" {
			k--
			break
		}
		if t.Tag == "VBG" || t.Tag == "VBN" || t.Tag == "CD" || t.Tag == "JJ" || t.IsNoun() && !t.IsProper() {
			k--
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	if t := &toks[k]; t.Tag != "IN" && t.Tag != "RP" || t.Lower == "of" {
		return false
	}
	// The noun before the preposition must be the harm itself: "a
	// driver in a truck" who killed cyclists is still a road accident.
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		t := &toks[j]
		if t.Tag == "VBN" || t.Tag == "RB" || placedWords.Has(t.Lower) {
			continue // "hidden", "reportedly planted"
		}
		return placedHarm.Has(t.Lower)
	}
	return false
}

// placedHarm: what is hidden in or thrown at a vehicle, or rides in it
// to kill.
var placedHarm = wordset.Of("bomb", "bombs", "device", "devices", "explosive", "explosives",
	"explosion", "explosions", "blast", "blasts", "grenade", "grenades", "ied", "ieds",
	"gunman", "gunmen", "attacker", "attackers", "assailant", "assailants", "bomber", "bombers")

// placedWords: how a device is put in a vehicle, whatever the tagger
// made of them ("hidden/NN in a motorcycle").
var placedWords = wordset.Of("hidden", "planted", "placed", "concealed", "strapped", "attached",
	"fitted", "thrown", "left", "packed", "rigged", "stashed")
