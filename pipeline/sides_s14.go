package pipeline

import (
	"slices"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/geo"
)

// placeBeforeStory is placeBefore read against the story's other places
// (S14): a town's name before a local body ("Victoria police", "Hamilton
// police") is the town of that name in the state the story's other places
// lie in, when it has one, not a capital of the name elsewhere that wins
// only on rank: "Victoria police charged two men over the attack in
// Melbourne" is AUSCOP (Victoria, the state Melbourne is in), not
// Seychelles'; "A gunman opened fire at a Toronto mall. Hamilton police
// arrested a suspect" is CANCOP, not New Zealand's. Only when the name alone resolved to
// a state no other place of the story (its own sentence, the three before
// it and the one after) lies in is the sentence read again, with those
// states as its focus, and the name's best reading in one of them, a
// first-level region or a town of 100,000 people or more, is taken.
func (p *Pipeline) placeBeforeStory(a *Analysis, i int, sa *SentenceAnalysis, ph *actor.Phrase) string {
	c := p.placeBefore(sa, ph)
	if c == "" {
		return ""
	}
	gp, ok := p.Places.(GeoPlacer)
	if !ok {
		return c
	}
	toks := sa.Sentence.Tokens
	k := ph.Start - 1
	var states [4]string
	others := states[:0]
	for j := max(0, i-3); j <= i+1 && j < len(a.Sentences); j++ {
		if a.Sentences[j].Discarded != "" && j != i {
			continue
		}
		for _, m := range a.Sentences[j].plainMentions(gp.G) {
			if j == i && m.Start <= toks[k].Start && m.End >= toks[k].End {
				continue // the name itself
			}
			if m.Best == nil || m.Best.Country == "" || !p.isState(m.Best.Country) {
				continue
			}
			if m.Best.Country == c {
				return c // another place of the story agrees
			}
			if len(others) < cap(states) && !slices.Contains(others, m.Best.Country) {
				others = append(others, m.Best.Country)
			}
		}
	}
	if len(others) == 0 {
		return c
	}
	f := geo.NewFocus()
	for _, o := range others {
		f.Add(o, 3)
	}
	for _, m := range gp.G.Mentions(&sa.Sentence, nil, f) {
		if m.Start > toks[k].Start || m.End < toks[k].End {
			continue
		}
		for _, cand := range m.Candidates {
			if slices.Contains(others, cand.Country) && (cand.Precision == geo.PrecisionAdmin1 || cand.Precision == geo.PrecisionCity && cand.Population >= 100000) {
				return cand.Country
			}
		}
		break
	}
	return c
}
