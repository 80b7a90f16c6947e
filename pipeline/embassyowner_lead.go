package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// embassyOwner: force used on "its embassy" (or "their embassies") in a
// place is used on the state that owns the embassy, not on the state the
// embassy stands in: "Mexico cut ties after Ecuadorian police stormed its
// embassy in Quito" is 171 ECUCOP→MEX, where the place gave ECU, the
// raiders' own state. The owner is the nearest state named before the
// act's source whose state differs from the source's ("its" cannot be the
// police, which news treats as plural). Acts that only close or leave an
// embassy are aimed at the host and are not touched: only coercion,
// assault and force (17, 18, 19) are (lead, s24).
func embassyOwner(ev *event.Event, sa *SentenceAnalysis) {
	if len(ev.CAMEORoot) != 2 || ev.CAMEORoot[0] != '1' || ev.CAMEORoot[1] < '7' || len(ev.Source) == 0 || len(ev.Target) != 1 {
		return
	}
	src := ev.Source[0].Country
	if src == "" || ev.Target[0].Country != src || ev.Target[0].Sector != "" {
		return
	}
	toks := sa.Sentence.Tokens
	k := outpostBefore(toks, ev.Target[0].Start)
	if k < 0 {
		return
	}
	owner := ""
	for _, g := range sa.Groups {
		for _, ph := range g.Phrases {
			if ph.Start >= len(toks) || toks[ph.Start].Start >= ev.Source[0].Start || ph.Modifier || ph.Country == "" || ph.Country == src || len(ph.Sectors) > 0 {
				continue
			}
			owner = ph.Country // the nearest such state before the source
		}
	}
	if owner == "" {
		return
	}
	ev.Target[0].Country = owner
	ev.Target[0].Sector = "GOV"
	ev.Target[0].Code = owner + "GOV"
	ev.Target[0].Text = strings.TrimSpace(toks[k].Text + " " + toks[k+1].Text)
	ev.Target[0].Start, ev.Target[0].End = toks[k].Start, toks[k+1].End
}

// outpostBefore: the place at byte start follows "its/their embassy
// (consulate) in"; the index of the pronoun, or -1.
func outpostBefore(toks []text.Token, start int) int {
	for i := 3; i < len(toks); i++ {
		if toks[i].Start != start {
			continue
		}
		if toks[i-1].Lower != "in" {
			return -1
		}
		if !actor.OutpostNoun(toks[i-2].Lower) {
			return -1
		}
		if p := toks[i-3].Lower; p == "its" || p == "their" {
			return i - 3
		}
		return -1
	}
	return -1
}
