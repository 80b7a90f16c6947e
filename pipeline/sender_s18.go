package pipeline

import (
	"github.com/parley-events/parley/actor"
)

// senderBy gives a bare sector that a reduced relative says a state sent
// or leads the country of that state: "troops deployed by Kenya clashed
// with al-Shabaab in Somalia" are Kenya's (KENMIL), not the scene's; "an
// envoy sent by the Vatican", "special forces sent by the United States",
// "a delegation led by the Chinese foreign minister". It is the
// by-phrase of "Kenyan-led" spelt out (actor.ledBy reads "US-led" the same
// way). A backer, trainer, funder or arms supplier is not read ("rebels
// backed by Rwanda", "militants trained by Pakistan"): such fighters stay
// the land's, as "Iranian-backed militias" do. Only a state the by-phrase
// names with its own words counts: a person with no country ("forces led
// by General Burhan") or an inferred country leaves the phrase to the
// rules after it. It reports whether it set the phrase.
func (p *Pipeline) senderBy(sa *SentenceAnalysis, ph *actor.Phrase) bool {
	toks := sa.Sentence.Tokens
	v := ph.End
	if v < len(toks) && toks[v].Lower == "," {
		v++ // "the troops, deployed by Chad last year, ..."
	}
	if v+2 >= len(toks) || toks[v].Tag != "VBN" || toks[v+1].Lower != "by" {
		return false
	}
	switch toks[v].Lower {
	case "sent", "dispatched", "deployed", "despatched", "led", "commanded", "headed", "seconded":
	default:
		return false
	}
	if len(ph.Sectors) > 0 && ph.Sectors[0] == "REF" {
		// Migrants or refugees "sent by Belarus" are people a state
		// pushes or expels, not its agents: they keep their own origin.
		return false
	}
	k := v + 2
	for k < len(toks) && toks[k].Tag == "DT" {
		k++
	}
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.Start < v+2 || g.Start > k || len(g.Phrases) == 0 {
			continue
		}
		o := &g.Phrases[0]
		if o.Start > k || !p.stateVoice(o) {
			return false
		}
		ph.SetCountry(o.Country)
		return true
	}
	return false
}

// stateVoice: the phrase names a state, with its own words (no inferred
// country), and is the state itself or one of its organs. A leader or
// sender who is only a national ("students led by a Turkish professor",
// "doctors sent by a Cuban charity") makes the group no more that state's
// than "Kenyan-led" would if it meant a Kenyan private person: only the
// state or its organs speak for the state. senderBy and sentForce
// (sentforce_s22.go) both ask it of the sender.
func (p *Pipeline) stateVoice(o *actor.Phrase) bool {
	if o.Country == "" || o.Inferred || !p.isState(o.Country) {
		return false
	}
	return len(o.Sectors) == 0 || stateOrganSector(o.Sectors[0])
}
