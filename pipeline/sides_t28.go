package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// judgedAppositiveMove: a judgement with no target (11, 12) made in an
// appositive that names the sentence's act as a whole, ", a move X
// denounced", ", a step that X called hostile", ", a decision X
// criticised", judges that act, whose author is the subject that opens
// the sentence: "Hungary closed its border with Serbia, a move Belgrade
// called unacceptable" SRB→HUN. The appositive must stand right before
// the judge (only "that" or "which" and an article between), so a move a
// preposition or another clause describes is left. The opening subject
// may follow one subordinator ("When Washington quit the accord, ...");
// a subject of no state or of the judge's own state is no target.
func judgedAppositiveMove(ev *event.Event, sa *SentenceAnalysis) {
	if ev.CAMEORoot != "11" && ev.CAMEORoot != "12" || len(ev.Target) > 0 || len(ev.Source) == 0 || ev.Source[0].Start < 0 {
		return
	}
	toks := sa.Sentence.Tokens
	s := tokenAt(toks, ev.Source[0].Start)
	if s >= len(toks) || toks[s].Start != ev.Source[0].Start {
		return
	}
	k := s - 1
	if k >= 0 && toks[k].Tag == "DT" && toks[k].Lower != "a" && toks[k].Lower != "an" {
		k--
	}
	if k >= 0 && (toks[k].Lower == "that" || toks[k].Lower == "which") {
		k--
	}
	if k < 3 || !appositiveMoveNouns.Has(toks[k].Lower) || toks[k-1].Lower != "a" && toks[k-1].Lower != "an" || toks[k-2].Text != "," {
		return
	}
	comma := k - 2
	open := 0
	if appositiveOpeners.Has(toks[0].Lower) {
		open = 1
	}
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.Start >= comma {
			return
		}
		for j := open; j < g.Start; j++ {
			if toks[j].Tag != "DT" && toks[j].Tag != "JJ" {
				return
			}
		}
		judged := make([]event.Actor, 0, len(g.Phrases))
		for _, ph := range g.Phrases {
			a := toActor(sa.Sentence, ph, "")
			if ph.Inferred || a.Country == "" && !strings.HasPrefix(a.Code, "IGO") || a.Country == ev.Source[0].Country || a.Code == ev.Source[0].Code {
				return
			}
			judged = append(judged, a)
		}
		if len(judged) > 0 {
			ev.Target = judged
		}
		return
	}
}

// appositiveMoveNouns: singular nouns an appositive uses to name the act
// of the clause before as a whole.
var appositiveMoveNouns = wordset.Of(
	"move", "decision", "step", "measure", "action", "ruling", "verdict",
	"ban", "policy", "law", "annexation", "announcement",
)

// appositiveOpeners: subordinators that may open the sentence before the
// act's subject.
var appositiveOpeners = wordset.Of("when", "after", "as", "since", "once")

// arrestedAttacker: "A man stabbed two nurses in Graz, and police
// arrested him": a person held (17) named only by a pronoun ("him",
// "her", "them") after a clause of violence (18-20) done by someone
// else is that clause's attacker, not its victim, whatever the pronoun
// stage took it for. Only when the arrester is not the attacker itself
// ("police beat protesters and detained them" holds the victims) and
// the violence comes first in the sentence.
func arrestedAttacker(out []event.Event, i int, toks []text.Token, h int) {
	ev := &out[i]
	if ev.CAMEORoot != "17" || len(ev.Source) == 0 || ev.Source[0].Start < 0 || h < 0 || h+1 >= len(toks) || toks[h].Start < ev.Source[0].Start {
		return
	}
	// The pronoun object right after the verb; the pronoun stage gave
	// the event its antecedent, so the target's span is not the pronoun's.
	switch toks[h+1].Lower {
	case "him", "her", "them":
	default:
		return
	}
	for j := 0; j < len(out); j++ {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || !violentRoot(o.CAMEORoot) || len(o.Source) == 0 || o.Source[0].Start < 0 || o.Source[0].Start >= ev.Source[0].Start {
			continue
		}
		if sharesCode(o.Source, ev.Source) || o.Source[0].Code == ev.Source[0].Code {
			return // the arrester is the attacker: the pronoun is its victims
		}
		ev.Target = inherited(o.Source)
		return
	}
}
