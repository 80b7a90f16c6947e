package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// conditionAct: out[i]'s head stands inside a clause of condition, one
// opened by "if" or "unless" and running to the next comma, semicolon,
// colon or dash, or to the sentence's end: "Iran warned it would close
// the Strait if Western powers imposed sanctions", "threatened to cut
// ties unless Israel apologised", "warned Finland of countermeasures if
// it joined NATO", fronted "If the West had armed Ukraine earlier, ...".
// A condition names what has not happened, or what the speaker supposes:
// no act is reported in it. The modality stage already marks such an act
// hypothetical, but a hypothetical event is still an event to every
// consumer that counts events, and the complete-listing sets list none
// of them (the threat, the warning or the promise around the condition
// is listed, and stays: its head lies outside the clause). "As if" opens
// a clause of manner, not a condition, and is left alone.
//
//go:noinline
func conditionAct(toks []text.Token, h int) bool {
	if h < 1 || h >= len(toks) {
		return false
	}
	for k := h - 1; k >= 0; k-- {
		switch toks[k].Lower {
		case ",", ";", ":", "--", "-", "(", ")", ".", "!", "?":
			return false
		case "if", "unless":
			return toks[k].Lower == "unless" || k == 0 || toks[k-1].Lower != "as"
		}
	}
	return false
}

// conditionActs drops every event of out whose head lies in a clause of
// condition (conditionAct).
func conditionActs(out []event.Event, heads []int, a *Analysis) {
	for i := range out {
		if heads[i] >= 0 && out[i].Modality.Hypothetical && conditionAct(a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i]) {
			heads[i] = -1
		}
	}
}
