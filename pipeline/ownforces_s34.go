package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// ownForcesAim (S34): a state's own forces named as the object of its
// act ("pull its troops back from the border with Ukraine", "refused to
// pull back its forces massed near the Ukrainian border", "threatened to
// pull its troops out of the African Union force in Somalia", "denied
// that its army had crossed the line of control") are what the act
// moves, not whom it is aimed at: the state named after them in the
// clause, where they are or what they leave, is. Only a target that is
// wholly the actor's own forces with a possessive ("its", "their") is
// read, and only when another state follows before the clause ends;
// otherwise the event keeps what it had.
func ownForcesAim(ev *event.Event, sa *SentenceAnalysis) {
	if len(ev.Source) == 0 || len(ev.Target) == 0 || ev.CAMEORoot == "09" {
		return // an inquiry into its own forces is into its own affairs (ownInquiry)
	}
	c := ev.Source[0].Country
	if c == "" {
		return
	}
	end := -1
	for _, t := range ev.Target {
		lt := strings.ToLower(t.Text)
		if t.Country != c || !strings.Contains(t.Code, "MIL") || !(strings.HasPrefix(lt, "its ") || strings.HasPrefix(lt, "their ")) {
			return
		}
		end = max(end, t.End)
	}
	toks := sa.Sentence.Tokens
	k := 0
	for k < len(toks) && toks[k].Start < end {
		k++
	}
	for j := k; j < len(toks) && j <= k+10; j++ {
		switch toks[j].Lower {
		case ",", ";", ".", "and", "but", "while", "as", "after":
			return
		}
		gi := groupIn(sa, j, j+1)
		if gi < 0 {
			continue
		}
		ps := sa.Groups[gi].Phrases
		if len(ps) != 1 || ps[0].Country == "" || ps[0].Country == c {
			return
		}
		a := toActor(sa.Sentence, ps[0], "")
		a.Code = ps[0].Country
		ev.Target = []event.Actor{a}
		return
	}
}
