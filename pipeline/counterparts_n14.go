package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
)

// counterpartsFrom: "his counterparts from Japan and South Korea" are
// the same office of each state the list after "from" names; the actor
// stage gives the phrase the first state only ("Xi met his counterparts
// from Russia and Pakistan in Samarkand" was CHNGOV<->RUSGOV alone). The
// other states' counterparts join the side the counterparts are on, as a
// coordinated side does, with the counterparts' own sector.
func counterpartsFrom(ev *event.Event, sa *SentenceAnalysis) {
	ev.Source = addCounterparts(ev.Source, ev.Sentence, sa)
	ev.Target = addCounterparts(ev.Target, ev.Sentence, sa)
}

func addCounterparts(side []event.Actor, text string, sa *SentenceAnalysis) []event.Actor {
	for _, ac := range side {
		n := len(ac.Text)
		// The last letter first: nearly every actor fails on it.
		if n < 12 || ac.Text[n-1]|0x20 != 's' || !strings.EqualFold(ac.Text[n-12:], "counterparts") || ac.Country == "" || len(ac.Code) <= len(ac.Country) {
			continue
		}
		toks := sa.Sentence.Tokens
		k := -1
		for i := range toks {
			if toks[i].End == ac.End {
				k = i + 1
				break
			}
		}
		if k < 0 || k+1 >= len(toks) || toks[k].Lower != "from" {
			return side
		}
		for gi := range sa.Groups {
			g := &sa.Groups[gi]
			if g.Start != k+1 || len(g.Phrases) < 2 || actor.CameoCountry(g.Phrases[0].Country) != ac.Country {
				continue
			}
			for _, ph := range g.Phrases[1:] {
				c := actor.CameoCountry(ph.Country)
				if c == "" || len(ph.Sectors) > 0 || ph.End > len(toks) || hasActorCountry(side, c) {
					continue
				}
				na := ac
				na.Start, na.End = toks[ph.Start].Start, toks[ph.End-1].End
				na.Text = safeSlice(text, na.Start, na.End)
				na.Country, na.Code = c, c+ac.Code[len(ac.Country):]
				side = append(side, na)
			}
			return side
		}
		return side
	}
	return side
}
