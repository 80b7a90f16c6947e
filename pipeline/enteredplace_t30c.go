package pipeline

import (
	"unicode"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// crossingVerbs: verbs of crossing into another's ground ("crossed into",
// "broke through the fence into", "rolled into", "stormed into").
var crossingVerbs = wordset.Of("cross", "break", "push", "storm", "infiltrate",
	"pour", "roll", "advance", "sweep", "burst", "swarm", "penetrate", "march",
	"slip", "sneak", "charge", "rush", "surge", "move", "raid")

// enteredPlaceVictims gives the victims of a violent act the state of the
// ground its agent had crossed into to do it: "Militants crossed into
// Kenya and killed six police officers" KEN, "Guerrillas, slipping into
// Peru at night, ambushed a patrol" PER. Victims named only by a bare
// noun ("three soldiers", "about 200 people") took no state from the text
// and the story lent them the attacker's own; but an agent that had to
// cross into a state to strike struck that state's people. The entry must
// come before the act, after its agent, with the place right after
// "into" (a direction or an article between allowed), so the place the
// victims are driven into ("drove thousands of villagers into
// Bangladesh") is no target. A victim phrase that names a state of its
// own ("killed two Lebanese soldiers") or a capitalised name keeps its
// state.
func enteredPlaceVictims(ev *event.Event, toks []text.Token) {
	l := ev.Location
	if !violentRoot(ev.CAMEORoot) || len(ev.Source) != 1 || len(ev.Target) != 1 || l == nil || l.Country == "" || l.Start <= 0 {
		return
	}
	place := actor.CameoCountry(l.Country)
	src, tgt := ev.Source[0], ev.Target[0]
	if src.Country == "" || src.Country == place || tgt.Country != "" && tgt.Country != src.Country {
		return
	}
	if l.Start < src.End || l.End > ev.Evidence.Verb.Start || tgt.End <= tgt.Start || tgt.Start < l.End {
		return // the entry is the agent's, before the act; the victims follow it
	}
	p := tokenAt(toks, l.Start)
	if p <= 1 || p >= len(toks) || toks[p].Start != l.Start {
		return
	}
	k := p - 1
	for k > 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" && !capitalOpen(toks[k].Text)) {
		k-- // "into southern Israel", "into the north of"
	}
	if toks[k].Lower != "into" {
		return
	}
	verb := false
	for j := k - 1; j >= 0 && j >= k-5 && toks[j].Start >= src.End; j-- {
		if toks[j].IsVerb() && crossingVerbs.Has(toks[j].Lemma) {
			verb = true
			break
		}
	}
	if !verb {
		return
	}
	for _, t := range toks {
		if t.Start >= tgt.Start && t.End <= tgt.End && capitalOpen(t.Text) {
			return // "two Lebanese soldiers", "Israelis": the victims' own state
		}
	}
	ev.Target[0].Country = place
	ev.Target[0].Code = place + tgt.Sector
}

func capitalOpen(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}
