package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// offerGoverned: the head h of a hypothetical event stands in the
// infinitive or gerund that an offer, a proposal or a plan governs, or in
// a purpose clause nested in it, with no clause boundary or finite verb
// between: "offered to send troops to fight the cartels", "proposed
// sending the army to combat the gangs", "Washington's offer to deploy
// ships to escort the tankers", "a plan to strike the militants". What is
// offered or proposed has not been done: the offer is the event (03x, or
// the plan's own code), the act inside it is not, and the complete-listing
// sets list the offer alone.
func offerGoverned(toks []text.Token, h int) bool {
	if h < 2 || h >= len(toks) {
		return false
	}
	for k := h - 1; k >= 0; k-- {
		t := toks[k]
		switch t.Lower {
		case ",", ";", ":", "--", "-", "(", ")", ".", "!", "?", "who", "which", "whom", "whose", "where",
			"after", "before", "when", "while", "because", "since", "as", "but", "if", "unless", "until", "or":
			return false
		case "that":
			if k == 0 || toks[k-1].Lower != "so" {
				return false
			}
			continue
		}
		verb := strings.HasPrefix(t.Tag, "VB")
		noun := strings.HasPrefix(t.Tag, "NN")
		gov := verb && (t.Lemma == "offer" || t.Lemma == "propose" || t.Lemma == "volunteer" || t.Lemma == "plan") ||
			noun && (t.Lower == "offer" || t.Lower == "offers" || t.Lower == "proposal" || t.Lower == "proposals" || t.Lower == "plan" || t.Lower == "plans" || soughtNouns.Has(t.Lower))
		if gov {
			next := toks[k+1]
			return k+1 < h && (next.Lower == "to" || next.Tag == "VBG")
		}
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" {
			return false // a finite verb opens a clause of its own
		}
	}
	return false
}

// offeredActs drops the hypothetical events whose heads an offer, a
// proposal or a plan governs (offerGoverned), when the sentence keeps
// another event: the offer itself stays, and a sentence whose only coded
// act is the offered one keeps it rather than lose its only event.
func offeredActs(out []event.Event, heads []int, a *Analysis) {
	drop := make([]bool, len(out))
	for i := range out {
		if heads[i] >= 0 && (out[i].Modality.Hypothetical || offeredDeed(&out[i])) {
			drop[i] = offerGoverned(a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i])
		}
	}
	for i := range out {
		if !drop[i] {
			continue
		}
		for j := range out {
			if j != i && !drop[j] && heads[j] >= 0 && out[j].SentenceIndex == out[i].SentenceIndex {
				heads[i] = -1
				break
			}
		}
	}
}

// offeredDeed: an event the modality stage left asserted that is a deed
// (material cooperation, aid, yielding, force posture, reduced relations,
// coercion, assault or fighting: roots 06-08 and 14-20 but 13), told
// neither as future nor negated. Under an offer such a deed is still only
// offered; intents (03) and threats (13) are the offer's own codes and
// stay, as do verbal acts.
func offeredDeed(ev *event.Event) bool {
	if ev.Modality.Future || ev.Modality.Negated || len(ev.CAMEORoot) != 2 {
		return false
	}
	r := ev.CAMEORoot
	return r >= "06" && r <= "08" || r >= "15" && r <= "20"
}
