package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
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
