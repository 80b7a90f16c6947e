package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// occupiedNouns name a place people hold to protest or live in, which
// others clear of them: a camp, a sit-in, an encampment. Barricades and
// roadblocks are left out: a state that removes its own roadblocks eases
// a restriction ("Israel removed dozens of roadblocks").
var occupiedNouns = wordset.Of("camp", "camps", "sit-in", "sit-ins", "encampment", "encampments")

// clearingVerbs are the heads of the 082 lines for a camp taken down.
var clearingVerbs = wordset.Of("clear", "dismantle", "remove")

// forceClearance (X23): the 082 lines read "cleared the camp" as the
// protesters yielding, but most camps and sit-ins are cleared by a
// state's police, troops or officials ("Police in Ottawa cleared the
// protest camp outside parliament", "Egyptian security forces cleared
// two sit-ins", "French authorities began clearing the Calais camp"),
// which is repression (175), as every complete-listing set codes it.
// The camp's occupants clearing it themselves ("The students dismantled
// their encampment") still yield. With no people named, the repression
// falls on the state's own people where it happened: the place, when it
// lies in the source's state.
func (p *Pipeline) forceClearance(ev *event.Event, toks []text.Token, h int) {
	if ev.CAMEO != "082" || h < 0 || h >= len(toks) || !clearingVerbs.Has(toks[h].Lemma) || !stateRepression(ev.Source) || !occupiedObject(toks, h) {
		return
	}
	if !p.recodeEvent(ev, "175") {
		return
	}
	if len(ev.Target) == 0 && ev.Location != nil && ev.Location.Country != "" && ev.Location.Country == ev.Source[0].Country && ev.Location.End > ev.Location.Start {
		ev.Target = []event.Actor{{Text: safeSlice(ev.Sentence, ev.Location.Start, ev.Location.End), Code: ev.Location.Country, Country: ev.Location.Country, Start: ev.Location.Start, End: ev.Location.End}}
	}
}

// occupiedObject: the object of the verb at h, within its clause, is a
// camp or sit-in ("cleared the protest camp", "began clearing two
// sit-ins"), or its occupants are cleared from one ("removed protesters
// from the camp", "cleared hundreds of students from their encampment"),
// not barricades or roads. A thing cleared near or out of a camp is no
// clearance of it (V23: "Police removed the bodies from the refugee
// camp", "Soldiers cleared mines around the camp").
func occupiedObject(toks []text.Token, h int) bool {
	for k := h + 1; k < len(toks) && k <= h+8; k++ {
		t := &toks[k]
		if occupiedNouns.Has(t.Lower) {
			return true
		}
		switch t.Lower {
		case ",", ";", ":", "and", "but", "after", "before", "as", "while", "when", "barricades", "roadblocks":
			return false
		}
		if t.Tag == "IN" && k > h+1 {
			prev := toks[k-1].Lower
			if !(t.Lower == "of" && quantityNoun(prev)) && !campOccupants.Has(prev) {
				return false // "removed the bodies from", "cleared mines around"
			}
		}
	}
	return false
}

// campOccupants: people who hold a camp or a sit-in, whom a state clears
// out of it.
var campOccupants = wordset.Of("protesters", "protestors", "demonstrators", "activists",
	"students", "supporters", "squatters", "occupants", "campers", "migrants", "people")

// counterfactual (X23): a past condition contrary to fact with a
// negation tells an act that took place: "Had the Indian government not
// suspended visas the following week, the row might have stayed small"
// says it suspended them, and the verb stage's negation and condition
// both come off. Without the negation ("Had Washington lifted the
// sanctions earlier", "If the West had armed Ukraine earlier") the act
// is what might have been, hypothetical as the tenth session decided
// (TestS10Modality), and so is its consequence ("..., Stockholm would
// have recalled its envoy"), read so only in a sentence that has such a
// condition: "would have" alone also reports a plan ("said it would have
// finished by May"). A denied consequence ("would never have joined") is
// left as the verb stage read it: what happened instead is not said.
func counterfactual(ev *event.Event, toks []text.Token, h int) {
	if h <= 0 || h >= len(toks) || !toks[h].IsVerb() {
		return
	}
	neg, ok := pastCondition(toks, h)
	if !ok {
		neg, ok = unrealConsequence(toks, h)
		if !ok || neg || !hasPastCondition(toks) {
			return
		}
	}
	ev.Modality.Negated = false
	ev.Modality.Hypothetical = !neg
}

// pastCondition: the verb at h is the past participle of a condition
// contrary to fact: "if NP had (not) (been) VBN" or, inverted at the
// head of a clause, "Had NP (not) (been) VBN". neg reports a "not" or
// "never" in it.
func pastCondition(toks []text.Token, h int) (neg, ok bool) {
	if t := toks[h].Tag; t != "VBN" && t != "VBD" {
		return false, false
	}
	j := h - 1
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Lower == "been") {
		neg = neg || negWord(toks[j].Lower)
		j--
	}
	if j < 1 {
		if j == 0 && toks[0].Lower == "had" {
			return neg, false // "Had armed": no subject
		}
		return false, false
	}
	if toks[j].Lower == "had" {
		// "if NP had VBN": the subject between "if" and "had".
		k := j - 1
		for n := 0; k >= 0 && n < 8 && subjectWord(&toks[k]); n++ {
			k--
		}
		if k >= 0 && k < j-1 && toks[k].Lower == "if" {
			return neg, true
		}
		return false, false
	}
	// "Had NP (not) VBN": the subject between the clause-opening "had" and
	// the participle.
	k := j
	for n := 0; k >= 0 && n < 8 && toks[k].Lower != "had" && subjectWord(&toks[k]); n++ {
		k-- // the tagger reads a sentence-opening "Had" as a name
	}
	if k < 0 || k == j || toks[k].Lower != "had" || !clauseOpens(toks, k) {
		return false, false
	}
	return neg, true
}

// unrealConsequence: the verb at h is the participle of "would (not)
// have (been) VBN", the consequence of a condition contrary to fact.
func unrealConsequence(toks []text.Token, h int) (neg, ok bool) {
	if toks[h].Tag != "VBN" {
		return false, false
	}
	j := h - 1
	if j >= 0 && toks[j].Lower == "been" {
		j--
	}
	if j < 1 || toks[j].Lower != "have" {
		return false, false
	}
	j--
	for j >= 0 && toks[j].Tag == "RB" {
		neg = neg || negWord(toks[j].Lower)
		j--
	}
	if j < 0 || toks[j].Lower != "would" {
		return false, false
	}
	return neg, true
}

// hasPastCondition: some verb of the sentence is the participle of a
// condition contrary to fact.
func hasPastCondition(toks []text.Token) bool {
	for k := 1; k < len(toks); k++ {
		if t := toks[k].Tag; t == "VBN" || t == "VBD" {
			if _, ok := pastCondition(toks, k); ok {
				return true
			}
		}
	}
	return false
}

// negWord: the adverbs that deny the verb they stand before.
func negWord(w string) bool {
	return w == "not" || w == "never" || w == "n't"
}

// subjectWord: a word of a short noun phrase that can stand as a
// condition's subject ("the West", "Israel's intelligence services",
// "it").
func subjectWord(t *text.Token) bool {
	switch t.Tag {
	case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP", "PRP$", "CD", "HYPH":
		return true
	}
	return false
}

// clauseOpens: the token at k opens a sentence or a clause after a
// punctuation mark.
func clauseOpens(toks []text.Token, k int) bool {
	if k == 0 {
		return true
	}
	switch toks[k-1].Lower {
	case ",", ";", ":", "—", "–", "--", "(", "\"", "``":
		return true
	}
	return false
}
