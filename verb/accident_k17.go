package verb

import (
	"unicode"

	"github.com/parley-events/parley/internal/wordset"
)

// animalNouns harm without an agent: "attacked by a shark", "An elephant
// trampled a farmer", "Wild dogs attacked a child". CAMEO codes no event
// for an animal's attack, as for a disaster's.
var animalNouns = wordset.Of(
	"crocodile", "crocodiles", "alligator", "alligators", "shark", "sharks",
	"elephant", "elephants", "lion", "lions", "lioness", "tiger", "tigers",
	"leopard", "leopards", "hippo", "hippos", "hippopotamus", "bear", "bears",
	"snake", "snakes", "cobra", "python", "dog", "dogs", "wolf", "wolves",
	"bull", "bulls", "buffalo", "buffaloes", "boar", "boars", "hyena",
	"hyenas", "jaguar", "puma", "cougar", "rhino", "bees", "wasps",
	"hornets", "monkey", "monkeys", "baboons",
)

// animalAt: the token at k is an animal noun heading its phrase, with no
// actor right before it ("police dogs" are the police's).
func (s *sentence) animalAt(k int) bool {
	if s.inGroup[k] >= 0 || !s.toks[k].IsNoun() || !animalNouns.Has(s.toks[k].Lower) {
		return false
	}
	if k+1 < len(s.toks) && s.toks[k+1].IsNoun() {
		return false // "a shark net", "the bear market"
	}
	if k > 0 && s.toks[k].Text != "" && unicode.IsUpper(rune(s.toks[k].Text[0])) {
		// A capitalised animal inside the sentence names a group or a
		// team: "The Tigers attacked an army camp near Jaffna" (the
		// LTTE), "the Grey Wolves attacked protesters".
		return false
	}
	return k == 0 || s.inGroup[k-1] < 0
}

// mishapFallers are what falls on people without anyone's act: "was
// killed when a tree fell on his car". A town that falls to rebels is
// no mishap.
var mishapFallers = wordset.Of(
	"tree", "trees", "wall", "walls", "roof", "roofs", "ceiling", "building",
	"crane", "rock", "rocks", "boulder", "boulders", "pole", "billboard",
	"branch", "scaffolding", "balcony",
)

// moreMishaps are accident verbs beyond accidentVerbs that a vehicle does.
var moreMishaps = wordset.Of("veer", "skid", "flip", "plummet", "swerve")

// mishapWhen: the token at k opens a "when" (or "after", "as") clause
// that tells an accident, with no actor in it: "At least 20 people were
// killed when a bus plunged into a ravine", "A man died when a tree fell
// on his car", "were killed when a fire broke out". A passive harm verb
// before it tells the accident's toll, not an attack; "when their
// vehicle struck a roadside bomb" and "when gunmen stormed a church"
// stay attacks.
func (s *sentence) mishapWhen(k int) bool {
	switch s.toks[k].Lower {
	case "when", "after", "as":
	default:
		return false
	}
	subj := -1 // the subject's head noun
	for j := k + 1; j < len(s.toks) && j <= k+10; j++ {
		t := &s.toks[j]
		if hardStop(t) || t.Lower == "," || s.inGroup[j] >= 0 {
			return false
		}
		if t.IsVerb() && t.Tag != "VBG" && !(t.Tag == "VBN" && subj < 0) && !isAux(t.Lower) {
			if subj < 0 {
				return false
			}
			switch {
			case accidentVerbs.Has(t.Lemma) || moreMishaps.Has(t.Lemma):
				return true
			case t.Lemma == "fall":
				return mishapFallers.Has(s.toks[subj].Lower)
			}
			return accidents.Has(s.toks[subj].Lower) && !s.actorsFire(subj)
		}
		if t.IsNoun() {
			subj = j
		}
	}
	return false
}

// illnessWords before "attack" make it a bout of illness: "a heart
// attack", "an asthma attack", "a panic attack".
var illnessWords = wordset.Of("heart", "asthma", "panic", "anxiety", "epileptic", "allergic", "cardiac")

// illness: the attack noun at k is a bout of illness, which harms
// without an agent as an accident does.
func (s *sentence) illness(k int) bool {
	switch s.toks[k].Lower {
	case "attack", "attacks":
		return illnessWords.Has(s.toks[k-1].Lower)
	}
	return false
}
