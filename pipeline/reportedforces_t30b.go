package pipeline

import (
	"slices"
	"strings"

	"github.com/parley-events/parley/text"
)

// reportedForceNouns: bare words for a state's soldiers or police, which a
// state reporting its own losses uses without a possessive ("Pakistan says
// 12 soldiers killed").
var reportedForceNouns = map[string]bool{
	"soldiers": true, "soldier": true, "troops": true, "servicemen": true,
	"police": true, "policemen": true, "officers": true, "guards": true,
	"personnel": true, "paratroopers": true, "marines": true, "sailors": true,
	"conscripts": true, "gendarmes": true,
}

// lossWords: what befalls the forces a state reports on ("were killed",
// "had been wounded", "died", "missing").
var lossWords = map[string]bool{
	"killed": true, "wounded": true, "injured": true, "died": true,
	"dead": true, "missing": true, "hurt": true, "martyred": true,
}

// reportedOwnForces gives a bare force phrase ("12 soldiers", "police
// officers") the state that reports its loss: "Pakistan says 12 soldiers
// killed in Afghan border clash", "Israel said two soldiers were killed
// in Gaza". A state that reports bare forces killed or wounded speaks of
// its own; the place where they fell or the other side named after them
// is no sign of whose they are. The phrase must come right after the
// state's verb of saying (a number, "that" or "the" between allowed),
// have no state of its own, no "enemy" before it and no "of" after it,
// and be followed by the loss itself ("killed", "were wounded", "had been
// killed"). A state that reports its forces killing others ("said troops
// killed 12 militants") is left to the rules it had.
func (p *Pipeline) reportedOwnForces(sa *SentenceAnalysis) {
	toks := sa.Sentence.Tokens
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if len(g.Phrases) != 1 {
			continue
		}
		ph := &g.Phrases[0]
		if ph.Country != "" || ph.Foreign || len(ph.Sectors) != 1 || ph.Sectors[0] != "MIL" && ph.Sectors[0] != "COP" {
			continue
		}
		if !strings.HasPrefix(ph.Code, "---") || ph.End > len(toks) || !reportedForceNouns[toks[ph.End-1].Lower] {
			continue
		}
		if slices.ContainsFunc(toks[ph.Start:ph.End], func(t text.Token) bool { return t.Lower == "enemy" }) {
			continue
		}
		k := ph.Start - 1
		for k >= 0 && (toks[k].Tag == "CD" || toks[k].Lower == "that" || toks[k].Lower == "the") {
			k--
		}
		if k < 1 || !quoteSaying(&toks[k]) {
			continue
		}
		j := ph.End
		if j < len(toks) && toks[j].Lower == "of" {
			continue // "soldiers of the rebel army"
		}
		for j < len(toks) && j < ph.End+2 && (toks[j].Lemma == "be" || toks[j].Lemma == "have") {
			j++
		}
		if j >= len(toks) || !lossWords[toks[j].Lower] {
			continue
		}
		if c := p.reportingSpeakerState(sa, ph.Start); c != "" {
			ph.SetCountry(c)
		}
	}
}
