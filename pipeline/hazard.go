package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// A natural hazard (a tsunami, a wildfire, monsoon rains, an epidemic) is
// no actor: what it kills, destroys or forces is no one's act, and CAMEO
// codes none of it. backgroundHarmAt already refuses a hazard right
// before its verb; wire copy as often puts the hazard further off: behind
// a relative clause ("The tsunami that struck the coasts of the Indian
// Ocean in December killed"), as the subject of an earlier conjunct
// ("Hurricane Maria devastated Puerto Rico and killed dozens"), or of the
// clause a participle chain hangs on ("Monsoon rains flooded Mumbai,
// disrupting rail services and forcing schools to close"), or in a name
// whose head or title is the hazard ("the Camp Fire", "Typhoon Haiyan").
// hazardClause follows the verb back to its clause's subject through
// those links and asks whether that subject names a hazard.

// hazardReach bounds every backward walk: a clause's subject lies within
// a wire sentence's usual length.
const hazardReach = 30

// hazardClause: the verb at head (14, 17-20, active) has a natural hazard or
// an accident as its clause's subject, and none of the event's sources
// lies in that subject.
func hazardClause(toks []text.Token, head int, src []event.Actor) bool {
	if head <= 0 || head >= len(toks) || !toks[head].IsVerb() || !hazardBefore(toks, head) {
		return false
	}
	v := head
	for hop := 0; hop < 4; hop++ {
		k := hazardSkipAux(toks, v)
		if k < 0 {
			return false
		}
		w := toks[k].Lower
		conj := w == "and" || w == "or"
		part := toks[v].Tag == "VBG" && w == ","
		if !conj && !part {
			break
		}
		// A conjunct or a participle shares the subject of the verb
		// before it: find that verb in the same clause.
		p := hazardPrevVerb(toks, k)
		if p < 0 {
			return false
		}
		v = p
	}
	lo, hi, ok := hazardSubject(toks, v)
	if !ok || sourceWithin(toks, src, lo, hi) {
		return false
	}
	return hazardPhrase(toks, lo, hi)
}

// hazardSkipAux: the index of the token before the verb at v and the
// auxiliaries and adverbs before it, or -1.
func hazardSkipAux(toks []text.Token, v int) int {
	k := v - 1
	for k >= 0 && v-k < 5 && (auxWord(toks[k].Lower) || toks[k].Tag == "RB" || toks[k].Tag == "MD") {
		k--
	}
	return k
}

// hazardPrevVerb: the verb before token k (an "and" or a comma) in the
// same clause, or -1 when a clause boundary or a new reporter comes
// first.
func hazardPrevVerb(toks []text.Token, k int) int {
	for j := k - 1; j >= 0 && k-j < hazardReach; j-- {
		t := &toks[j]
		switch t.Lower {
		case ";", ":", "(", ")", "--", "who", "which", "that", "when", "after", "before", "while", "because", "as", "if":
			return -1
		}
		if reportWord(t.Lower) {
			return -1
		}
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "VBG":
			return j
		case "VBN":
			if j+1 < len(toks) && toks[j+1].IsNoun() {
				continue // "the destroyed homes": an adjective
			}
			return j
		}
	}
	return -1
}

// hazardSubject: the subject of the finite verb at v, right before it
// past auxiliaries, or before a relative clause on it ("The tsunami that
// struck ... killed"): lo..hi is the subject's first noun phrase, and it
// opens its clause (the sentence's start, a comma or "that").
func hazardSubject(toks []text.Token, v int) (lo, hi int, ok bool) {
	k := hazardSkipAux(toks, v)
	if k > 0 && toks[k].Lower == "," {
		// "Typhoon Haiyan, which slammed into the Philippines, killed":
		// the subject stands before a parenthesis set off by commas.
		j := k - 1
		for j >= 0 && k-j < hazardReach && toks[j].Lower != "," && toks[j].Lower != ";" {
			j--
		}
		if j < 1 || j+1 >= k || toks[j].Lower != "," || !parenOpeners.Has(toks[j+1].Lower) {
			return 0, 0, false
		}
		k = j - 1
	}
	if k < 0 || !toks[k].IsNoun() && toks[k].Tag != "CD" {
		return 0, 0, false
	}
	// Back over the phrase and any prepositional phrases it carries.
	j := k
	for n := 0; j >= 0 && n < hazardReach && npWord(&toks[j]) && (toks[j].Tag != "VBN" || toks[j+1].IsNoun()); n++ {
		j--
	}
	if j >= 1 && (toks[j].Tag == "VBD" || toks[j].Tag == "VBZ" || toks[j].Tag == "VBP") {
		// The phrase was the object of a relative clause's verb:
		// the subject is the noun the relative pronoun follows.
		r := j - 1
		if w := toks[r].Lower; w != "that" && w != "which" {
			return 0, 0, false
		}
		j = r - 1
		if j < 0 || !toks[j].IsNoun() {
			return 0, 0, false
		}
		for n := 0; j >= 0 && n < 8 && npWord(&toks[j]) && toks[j].Tag != "IN"; n++ {
			j--
		}
	}
	lo = j + 1
	if j >= 0 {
		if w := toks[j].Lower; w != "," && w != "that" {
			return 0, 0, false
		}
	}
	// The first noun phrase only: "The Camp Fire in northern California"
	// is a fire, not California.
	hi = lo
	for hi < len(toks) && hi <= k && toks[hi].Tag != "IN" && toks[hi].Lower != "," && toks[hi].Tag != "WDT" {
		hi++
	}
	return lo, hi, lo < hi
}

// hazardPhrase: the noun phrase lo..hi names a hazard: its head noun is
// one ("Monsoon rains", "the cholera epidemic"), or a name holds one as
// its title or head ("Typhoon Haiyan", "the Camp Fire"). A fire is one
// only with a bare determiner or in a name: "Israeli fire" is gunfire.
func hazardPhrase(toks []text.Token, lo, hi int) bool {
	for e := lo; e < hi; e++ {
		t := &toks[e]
		if t.Tag == "NNP" || t.Tag == "NNPS" {
			if hazardName(toks, e, hi) {
				return true
			}
			continue
		}
		if e+1 < hi && toks[e+1].IsNoun() {
			continue // "a flood relief camp" is a camp
		}
		if disasterNouns.Has(t.Lower) {
			return true
		}
		if fireNouns.Has(t.Lower) && e > lo && (toks[e-1].Lower == "a" || toks[e-1].Lower == "the") {
			return true
		}
	}
	return false
}

// hazardName: the proper noun at e, in a name that runs to the phrase's
// end hi, is the hazard's title ("Typhoon Haiyan", "Hurricane Maria") or
// its head ("the Camp Fire"). A name that runs on into a common noun is
// something else ("Storm Shadow missiles"), and a fire as a title is an
// office ("Fire Brigades Union").
func hazardName(toks []text.Token, e, hi int) bool {
	for j := e + 1; j < hi; j++ {
		if toks[j].Tag != "NNP" && toks[j].Tag != "NNPS" {
			return false
		}
	}
	w := toks[e].Lower
	if e+1 == hi {
		return disasterNouns.Has(w) || fireNouns.Has(w)
	}
	first := e == 0 || toks[e-1].Tag != "NNP" && toks[e-1].Tag != "NNPS"
	switch w {
	case "hurricane", "typhoon", "cyclone", "storm", "tropical":
		return first
	}
	return false
}

// hazardBefore: a noun before head names a hazard: the cheap gate before
// the clause walks, which most attacks never need.
func hazardBefore(toks []text.Token, head int) bool {
	for k := head - 1; k >= 0 && head-k <= hazardReach*2; k-- {
		if t := &toks[k]; (t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP") && (disasterNouns.Has(t.Lower) || fireNouns.Has(t.Lower)) {
			return true
		}
	}
	return false
}
