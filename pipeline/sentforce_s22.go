package pipeline

import (
	"github.com/parley-events/parley/actor"
)

// sentForce gives a bare force that a state sends or deploys, told in the
// active voice, the sender's country: "Rwanda sent troops to help
// Mozambique fight insurgents" (the troops are RWAMIL, so the help is
// Rwanda's, not Mozambique's, whose place the bare troops took before),
// "Chad deployed 2,000 soldiers to fight jihadists in Mali". It is senderBy's "troops
// deployed by Kenya" in the other voice. Only armed or policing sectors
// count (people sent are not always the sender's: "sent migrants back"),
// only a state or one of its organs named as the verb's subject right
// before it, and only the verb's object right after it, across a
// determiner, a number or an adjective. It reports whether it set the
// phrase.
func (p *Pipeline) sentForce(sa *SentenceAnalysis, ph *actor.Phrase) bool {
	if len(ph.Sectors) == 0 {
		return false
	}
	switch ph.Sectors[0] {
	case "MIL", "COP", "SPY":
	default:
		return false
	}
	toks := sa.Sentence.Tokens
	if ph.End+1 >= len(toks) || toks[ph.End].Lower != "to" || toks[ph.End+1].Tag != "VB" {
		// Only a force sent to do something ("sent troops to help
		// Mozambique") is read here: it is that verb's subject, with
		// no other actor to take its country from. A force sent to a
		// place ("deployed soldiers to Cabo Delgado") keeps the
		// readings of the lines that send it there.
		return false
	}
	v := ph.Start - 1
	for n := 0; v > 0 && n < 3; n++ {
		switch toks[v].Tag {
		case "DT", "CD", "JJ", "JJR", "PRP$":
			v--
			continue
		}
		break
	}
	if v < 1 || !toks[v].IsVerb() || toks[v].Tag == "VBG" {
		return false
	}
	switch toks[v].Lemma {
	case "send", "deploy", "dispatch", "despatch", "rush", "fly", "airlift", "station", "second":
	default:
		return false
	}
	if toks[v].Tag == "VBN" && toks[v-1].Lemma == "be" {
		return false // "troops were sent": the passive's subject is the force
	}
	s := v - 1
	for s > 0 && (toks[s].Tag == "MD" || isAuxWord(toks[s].Lower) && toks[s].Lower != "to" || toks[s].Tag == "RB") {
		s--
	}
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.End != s+1 || len(g.Phrases) != 1 {
			continue
		}
		o := &g.Phrases[0]
		if !p.stateVoice(o) {
			return false
		}
		ph.SetCountry(o.Country)
		return true
	}
	return false
}
