package pipeline

import (
	"strings"

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
	s := &ev.Source[0]
	h := heads[i]
	if s.Start < 0 || s.End > toks[h].Start {
		return
	}
	first := tokenAt(toks, s.Start)
	if !newClauseBefore(toks, first) || !criticizedAnaphor(toks, h+1) {
		return
	}
	for _, t := range ev.Target {
		if t.Start >= s.Start {
			return // a party the criticism's own words name
		}
	}
	var agent []event.Actor
	key := ""
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || j >= len(heads) || heads[j] < 0 || heads[j] >= first || o.Modality.Negated || len(o.Source) == 0 {
			continue
		}
		a := agentKey(o.Source[0])
		if a == "" || strings.HasPrefix(a, "---") {
			return // an act of no one known
		}
		if agent != nil && key != a {
			return // acts of two agents: no telling
		}
		if agent == nil {
			agent, key = inherited(o.Source), a
		}
	}
	if agent != nil {
		ev.Target = agent
	}
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
