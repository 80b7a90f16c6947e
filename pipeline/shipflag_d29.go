package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// shipFlag: a ship the press names and then describes by its flag or
// owner ("hijacked the Sirius Star, a Saudi supertanker", "the Ruen, a
// Maltese-flagged bulk carrier", "The Rubymar, a British-registered cargo
// ship, was struck") is that state's when force is used on it, as "a
// Saudi supertanker" with no name already is. The name is no actor, so
// the event had no target, or only the crew's people with no state.
// Only seizure, hostage-taking and force (17, 18, 19) are touched, the
// name must follow "the", and one such ship in the sentence is needed.
func shipFlag(ev *event.Event, sa *SentenceAnalysis) {
	if r := ev.CAMEORoot; r != "17" && r != "18" && r != "19" {
		return
	}
	for _, a := range ev.Target {
		if a.Country != "" || !strings.HasPrefix(a.Code, "---") {
			return
		}
	}
	toks := sa.Sentence.Tokens
	found := -1 // group index of the flag's state
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if len(g.Phrases) != 1 || g.Phrases[0].Country == "" || len(g.Phrases[0].Sectors) > 0 || g.Start < 4 {
			continue
		}
		if a := toks[g.Start-1].Lower; a != "a" && a != "an" || toks[g.Start-2].Lower != "," || toks[g.Start-3].Tag != "NNP" {
			continue
		}
		k := g.Start - 3
		for k > 0 && toks[k-1].Tag == "NNP" {
			k--
		}
		if k == 0 || toks[k-1].Lower != "the" || !shipAfter(toks, g.End) {
			continue
		}
		if found >= 0 {
			return // two named ships: whose is whose is not said here
		}
		found = gi
	}
	if found < 0 {
		return
	}
	ph := sa.Groups[found].Phrases[0]
	for _, a := range ev.Source {
		if a.Country == ph.Country {
			return // a state's own ship seized by its own coastguard is another story
		}
	}
	ev.Target = []event.Actor{toActor(sa.Sentence, ph, "")}
}

// shipAfter: a ship's kind follows k at once or after up to two nouns or
// adjectives ("supertanker", "bulk carrier", "oil products tanker").
func shipAfter(toks []text.Token, k int) bool {
	for j := k; j < len(toks) && j <= k+2; j++ {
		if actor.ShipNoun(toks[j].Lower) {
			return true
		}
		if t := toks[j].Tag; t != "NN" && t != "JJ" && t != "NNS" {
			return false
		}
	}
	return false
}
