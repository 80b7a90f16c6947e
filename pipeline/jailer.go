package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/verb"
)

// Prisoners who protest ("Palestinian prisoners in Israeli jails went on
// hunger strike", "Kurdish inmates held in Turkish prisons began a
// hunger strike") protest against those who hold them: the state of the
// jails is the target, not the prisoners' own state that the default
// fill would give.

// jailNoun: a place of detention.
func jailNoun(w string) bool {
	switch w {
	case "jail", "jails", "prison", "prisons", "custody", "detention", "camps", "cells", "gaols", "gaol":
		return true
	}
	return false
}

// jailerTarget: the protest's source phrase is followed by "in" (or
// "held in") and a country adjective on a jail noun; that country becomes
// the target.
//
//go:noinline
func jailerTarget(ev *event.Event, sa *SentenceAnalysis, m *verb.Match) {
	if len(ev.Source) == 0 {
		return
	}
	toks := sa.Sentence.Tokens
	// The token after the source's last phrase.
	e := -1
	for k := range toks {
		if toks[k].Start >= ev.Source[len(ev.Source)-1].End {
			e = k
			break
		}
	}
	if e < 0 || e >= m.Head {
		return
	}
	if toks[e].Lower == "held" || toks[e].Lower == "detained" || toks[e].Lower == "jailed" {
		e++
	}
	if e+2 >= len(toks) || toks[e].Lower != "in" {
		return
	}
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.Start != e+1 || g.End >= m.Head || !jailNoun(toks[g.End].Lower) {
			continue
		}
		for k := range g.Phrases {
			if !g.Phrases[k].Modifier || g.Phrases[k].Country == "" {
				return
			}
		}
		ev.Target = ev.Target[:0:0]
		for k := range g.Phrases {
			ev.Target = append(ev.Target, toActor(sa.Sentence, g.Phrases[k], ""))
		}
		return
	}
}
