package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
)

// mediatedNamed: a mediation (045) that found no parties, neither its own
// nor from another act of the sentence (mediatedParties, mediatedOthers),
// mediates between the states the sentence names other than the
// mediator's own, as actors or as places: "a ceasefire brokered by
// Russia, under which Armenia ceded three districts, ended the war that an
// Azerbaijani offensive began" RUS→ARM+AZE, "a memorandum between the
// Indonesian government and the Free Aceh Movement, mediated by Finland's
// former president" FIN→IDN, "a truce brokered by the UN took effect in
// Yemen" IGO→YEM. A broker brokers between others, and the others a
// sentence about a brokered deal names are that deal's parties. Names that
// are no party (a reporter after the act, a helper, where a force came
// from: noParty) do not count, and neither do more than three states,
// which a sentence lists for another reason. When the mediator does
// another act in the sentence, the states named are that act's, as
// mediatedOthers holds.
func (p *Pipeline) mediatedNamed(out []event.Event, i int, sa *SentenceAnalysis, head int) {
	ev := &out[i]
	if ev.CAMEO != "045" || len(ev.Target) != 0 || len(ev.Source) == 0 {
		return
	}
	for j := range out {
		if j != i && out[j].SentenceIndex == ev.SentenceIndex && out[j].CAMEO != "045" && sharesCode(out[j].Source, ev.Source) {
			return // "Egypt, which mediated the truce, condemned the strike": the mediator's own act names others
		}
	}
	own := map[string]bool{}
	for _, a := range ev.Source {
		if a.Country == "" && a.Code == "" {
			return
		}
		own[a.Country] = true
		own[a.Code] = true
	}
	toks := sa.Sentence.Tokens
	var others []string
	note := func(k int, c string) {
		if c == "" || own[c] || noParty(toks, k, head) || !p.isState(c) {
			return
		}
		for _, o := range others {
			if o == c {
				return
			}
		}
		others = append(others, c)
	}
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			if ph := &sa.Groups[gi].Phrases[pi]; !ph.Inferred {
				note(ph.Start, ph.Country)
			}
		}
	}
	if gp, ok := p.Places.(GeoPlacer); ok {
		for _, m := range sa.plainMentions(gp.G) {
			if m.Best != nil {
				note(tokenAt(toks, m.Start), actor.CameoCountry(m.Best.Country))
			}
		}
	}
	if len(others) == 0 || len(others) > 3 {
		return
	}
	for _, c := range others {
		ev.Target = append(ev.Target, p.stateSide(c)...)
	}
}
