package pipeline

import "github.com/parley-events/parley/text"

// takenCity: a city named as its state at token at is taken by the verb
// at v, "took", "liberated" or "conquered" (G17: "The Taliban took Kunduz
// in 2015" coded nothing while "seized Kunduz" coded 192): the verb
// stage's bare line of taking keeps its event only when the name is the
// event's place (unplacedTaking). "Take" has other senses that a name
// follows ("took Paris by storm", "took Washington by surprise", "took
// Beijing to task", "took Moscow's side", "took Kabul residents"): the
// name must end the clause or come before a comma, a conjunction or a
// preposition other than "by", as namedPlaceTaken asks of the verb stage.
func takenCity(toks []text.Token, v, at int) bool {
	switch toks[v].Lemma {
	// "enter" (N22): armed men who enter a capital named as its state
	// ("Taliban fighters entered Kabul") take it by the [town] lines,
	// which keep the event only at its place; whoever enters a city is
	// there, so the name is a place for any subject.
	case "take", "liberate", "conquer", "enter":
	default:
		return false
	}
	j := at + 1
	for j < len(toks) && toks[j].Tag == "NNP" {
		j++
	}
	if j == len(toks) {
		return true
	}
	switch toks[j].Tag {
	case ".", ",", ":", "CC":
		return true
	case "IN":
		return toks[j].Lower != "by"
	}
	return false
}
