package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// criticizedMove (S37): a criticism (11) whose subject opens a clause
// after ", and", ";" or "but" and whose object is the act told before
// ("called it a crime against humanity", "condemned the move", "denounced
// the raid") is aimed at whoever did that act, of the critic's own state
// too: "Venezuelan troops blocked trucks of US-donated aid at the border
// bridges from Colombia, and opposition leader Juan Guaido called it a
// crime against humanity" VEN→VEN, not the state the clause before named
// as a place (Colombia). The target the criticism had came from the
// clause before, not from its own words; the acts before must all have
// one agent. reactedThird reads criticisms with no target at all by
// another state; this reads those that took a party of the clause before
// and those of the critic's own state, as welcomedAct does for praise.
func criticizedMove(out []event.Event, i int, heads []int, toks []text.Token) {
	ev := &out[i]
	if ev.CAMEORoot != "11" || len(ev.Source) == 0 || i >= len(heads) || heads[i] < 0 || heads[i]+2 >= len(toks) || ev.Modality.Negated {
		return
	}
	aimAtActBefore(out, i, heads, toks, criticizedAnaphor)
}

// criticizedAnaphor: the words at k name an act told before: "it", or
// "the/this/that" and a noun of an act ("the move", "the raid").
func criticizedAnaphor(toks []text.Token, k int) bool {
	if actAnaphor(toks, k) {
		return true
	}
	switch toks[k].Lower {
	case "the", "this", "that", "these", "those":
	default:
		return false
	}
	return k+1 < len(toks) && criticizedActs.Has(toks[k+1].Lower)
}

// criticizedActs: nouns for a hostile act that a criticism names after
// the clause that told it.
var criticizedActs = wordset.Of(
	"attack", "attacks", "raid", "raids", "strike", "strikes", "coup", "takeover",
	"killing", "killings", "arrest", "arrests", "detention", "deportation", "deportations",
	"expulsion", "expulsions", "annexation", "crackdown", "incursion", "invasion",
	"seizure", "closure", "ban", "blockade", "bombing", "bombings", "shelling",
)
