package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// captiveNouns: people held by another, the target of a taking (181) or a
// release (0841).
var captiveNouns = wordset.Of("hostage", "hostages", "prisoner", "prisoners",
	"detainee", "detainees", "captive", "captives", "abductee", "abductees",
	"crew", "crewmen", "crewmembers")

// apposedShares: "most of them", "all of them" after captives.
var apposedShares = wordset.Of("most", "many", "all", "some", "half", "both")

// captivesApposed gives captives named by a bare noun the state that an
// apposition after them names: "Hamas freed 30 hostages, including 12
// Israelis" ISR, "the rebels released the 19 crew members, most of them
// Indians" IND. Captives are the target of their taking or release, and
// the apposition says whose they are; a bare "hostages" took no state
// from the text, and the story lent them their captor's own (PSE→PSE).
// Only "including", "among them" and "most/many/all/some of them" right
// after the comma count, with a number between allowed, and the named
// state must be another than the agent's: "freed 40 prisoners, including
// two women" names none, and captives of the agent's own state keep it.
// A place they are taken to is no apposition and is left.
func captivesApposed(ev *event.Event, sa *SentenceAnalysis, isState func(string) bool) {
	if ev.CAMEO != "0841" && ev.CAMEO != "181" || len(ev.Source) == 0 || len(ev.Target) != 1 {
		return
	}
	src, tgt := ev.Source[0], ev.Target[0]
	if tgt.Country != "" && tgt.Country != src.Country {
		return
	}
	toks := sa.Sentence.Tokens
	e := captivesAfter(toks, ev, tgt)
	if e <= 0 || e >= len(toks) {
		return
	}
	k := e
	if toks[k].Text != "," {
		return
	}
	k++
	switch {
	case k < len(toks) && toks[k].Lower == "including":
		k++
	case k+1 < len(toks) && toks[k].Lower == "among" && toks[k+1].Lower == "them":
		k += 2
	case k+2 < len(toks) && apposedShares.Has(toks[k].Lower) && toks[k+1].Lower == "of" && toks[k+2].Lower == "them":
		k += 3
	default:
		return
	}
	if k < len(toks) && toks[k].Tag == "CD" {
		k++
	}
	if k >= len(toks) {
		return
	}
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			ph := &sa.Groups[gi].Phrases[pi]
			c := actor.CameoCountry(ph.Country)
			if ph.Start != k || ph.Inferred || c == "" || c == src.Country || !isState(c) {
				continue
			}
			ev.Target[0].Country = c
			ev.Target[0].Code = c + tgt.Sector
			if tgt.Start < 0 {
				// the story's lent state had its name as text: say whose
				// the captives are instead
				ev.Target[0].Text = apposedName(toks, ph.Start, ph.End)
			}
			return
		}
	}
}

// captivesAfter returns the index of the token after the captive noun the
// target names, or after the verb's object when the target is only the
// state the story lent it (no span of its own: "freed 30 hostages"), and
// -1 when there is none or the captives carry a name or state already.
func captivesAfter(toks []text.Token, ev *event.Event, tgt event.Actor) int {
	var b, e int
	if tgt.End > tgt.Start && tgt.Start >= 0 {
		b, e = tokenAt(toks, tgt.Start), tokenAt(toks, tgt.End)
		if e <= 0 || e > len(toks) || toks[e-1].End != tgt.End {
			return -1
		}
	} else {
		v := tokenAt(toks, ev.Evidence.Verb.Start)
		if v >= len(toks) || toks[v].Start != ev.Evidence.Verb.Start {
			return -1
		}
		b = v + 1
		k := b
		for k < len(toks) && k <= b+3 && (toks[k].Tag == "DT" || toks[k].Tag == "CD" || toks[k].Tag == "JJ" || toks[k].Tag == "RB") {
			k++ // "the last 20", "more than 200"
		}
		if k < len(toks) && toks[k].Lower == "crew" && k+1 < len(toks) && toks[k+1].Lower == "members" {
			k++
		}
		e = k + 1
	}
	if e <= b || e > len(toks) {
		return -1
	}
	last := toks[e-1].Lower
	if !captiveNouns.Has(last) && !(last == "members" && e >= 2 && toks[e-2].Lower == "crew") {
		return -1
	}
	for j := b; j < e; j++ {
		if capitalOpen(toks[j].Text) {
			return -1 // "Israeli hostages", "the Galaxy Leader's crew": named already
		}
	}
	return e
}

func apposedName(toks []text.Token, b, e int) string {
	var sb strings.Builder
	for j := b; j < e && j < len(toks); j++ {
		if j > b {
			sb.WriteByte(' ')
		}
		sb.WriteString(toks[j].Text)
	}
	return sb.String()
}
