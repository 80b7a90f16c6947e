package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// welcomedAct (S36C): a welcome or praise (051) whose subject opens a
// clause after ", and", ";" or "but" and whose object is the act told
// before ("the decision", "the ruling", "the move", "it") is aimed at
// whoever did that act: "EU leaders granted Ukraine and Moldova candidate
// status, and President Zelenskiy welcomed the decision" UKR→IGO, "A
// Polish court refused to extradite a Ukrainian diver, and Donald Tusk
// welcomed the ruling" POL→POL. The target the clause had came from the
// clause before (the party the act was aimed at, "Moldova", "a Ukrainian
// diver"), not from the welcome's own words. Unlike the answers of
// reactedThird, a welcome of one's own state's act is common (a court's
// ruling praised by the government), so the agent may be of the
// welcomer's own state. The acts before must all have one agent.
func welcomedAct(out []event.Event, i int, heads []int, sa *SentenceAnalysis) {
	ev := &out[i]
	toks := sa.Sentence.Tokens
	if !strings.HasPrefix(ev.CAMEO, "051") || len(ev.Source) == 0 || i >= len(heads) || heads[i] < 0 || heads[i]+1 >= len(toks) || ev.Modality.Negated {
		return
	}
	aimAtActBefore(out, i, heads, toks, actAnaphor)
}

// actAnaphor: the words at k name an act told before ("the decision",
// "this move", "it").
func actAnaphor(toks []text.Token, k int) bool {
	if toks[k].Lower == "it" {
		return true
	}
	switch toks[k].Lower {
	case "the", "this", "that":
	default:
		return false
	}
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].Lower {
	case "decision", "ruling", "move", "verdict", "step", "judgment", "judgement", "announcement",
		"gesture", "apology", "pledge", "offer", "steps", "moves": // one party's act (S37)
		return true
	}
	return false
}

// aimAtActBefore aims out[i], an answer (praise, criticism) whose subject
// opens a clause after ", and", ";" or "but" and whose object (read by
// anaphor just past the verb) is the act told before, at whoever did that
// act. welcomedAct and criticizedMove share it: the target such an answer
// had came from the clause before, not from its own words, and the acts
// before must all have one agent.
func aimAtActBefore(out []event.Event, i int, heads []int, toks []text.Token, anaphor func([]text.Token, int) bool) {
	ev := &out[i]
	s := &ev.Source[0]
	h := heads[i]
	if s.Start < 0 || s.End > toks[h].Start {
		return // the answer's subject stands before its verb
	}
	first := tokenAt(toks, s.Start)
	if !newClauseBefore(toks, first) || !anaphor(toks, h+1) {
		return
	}
	for _, t := range ev.Target {
		if t.Start >= s.Start {
			return // a party the answer's own words name
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
