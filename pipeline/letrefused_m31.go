package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
)

// letVerbs: causatives whose object is the one given leave to act.
var letVerbs = wordset.Of("let", "allow", "permit")

// letRefused aims a refusal at the one refused leave (M31): "refused to
// let UN relief teams into Rakhine" (1223 → the UN), "refused to let US
// Navy ships deliver aid to the victims" (→ the United States, not the
// victims), "declined to allow Turkish inspectors to visit". CAMEO's
// target of a rejection is whose request or act is turned down, and the
// actor named right after "let" or "allow" is that one; whoever the act
// was meant for comes later in the clause and is only its beneficiary.
// The refusal verb must be the event's head with "to let" right after it
// (a "to" and the causative, then at most a determiner), so a later,
// separate "let" is never read.
func letRefused(ev *event.Event, sa *SentenceAnalysis, h int) {
	if ev.CAMEORoot != "12" || len(ev.Source) == 0 {
		return
	}
	toks := sa.Sentence.Tokens
	k := h + 1
	if k < len(toks) && toks[k].Lower == "to" {
		k++
	}
	if k >= len(toks) || !toks[k].IsVerb() || !letVerbs.Has(toks[k].Lemma) {
		return
	}
	k++
	if k < len(toks) && toks[k].Tag == "DT" {
		k++
	}
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.Start != k || len(g.Phrases) == 0 {
			continue
		}
		for _, t := range ev.Target {
			if t.Start >= 0 && t.Start < toks[g.End-1].End {
				return // a target at or before the one let stands
			}
		}
		ph := g.Phrases[0]
		if ph.Country == "" && len(ph.Sectors) == 0 {
			return
		}
		for _, s := range ev.Source {
			if s.Code == ph.Code || ph.Country != "" && s.Country == ph.Country {
				return // "refused to let its own troops ..."
			}
		}
		ev.Target = []event.Actor{toActor(sa.Sentence, ph, "")}
		return
	}
}
