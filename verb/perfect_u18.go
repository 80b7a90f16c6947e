package verb

import "github.com/parley-events/parley/actor"

// activePerfect: the "have" at v takes a past participle other than
// "been", an adverb or two allowed between ("have now surrendered").
func activePerfect(s *sentence, v int) bool {
	j := v + 1
	for j < len(s.toks) && j <= v+2 && s.toks[j].Tag == "RB" {
		j++
	}
	return j < len(s.toks) && s.toks[j].Tag == "VBN" && s.toks[j].Lower != "been"
}

// countedOpening: "about", "around" or "over" at k opens its clause with
// a number that counts the group g, the clause's subject, whose verb
// follows it: "About 2,000 Boko Haram fighters have surrendered to
// troops", "Over 300 protesters were detained". Like "more than" in
// countedSubject, the count is no place nor topic ("about", "over" as
// prepositions); a passive toll in the perfect stays out.
func (s *sentence) countedOpening(k int, g actor.Group) bool {
	if k+1 >= g.Start || s.toks[k+1].Tag != "CD" {
		return false
	}
	if k > 0 {
		switch s.toks[k-1].Lower {
		case ",", "and", "but", "when", "after", "as", "while", "before", "since", "where", "\"", "``":
		default:
			return false
		}
	}
	for j := k + 2; j < g.Start; j++ {
		if t := s.toks[j].Tag; t != "CD" && t != "JJ" && t != "DT" {
			return false // "about 20 km from Bamako, rebels": the count is of something else
		}
	}
	v := g.End
	if v < len(s.toks) && s.toks[v].Tag == "RB" {
		v++
	}
	if v >= len(s.toks) || !s.finite(v) {
		return false
	}
	if s.toks[v].Lemma == "have" {
		return activePerfect(s, v)
	}
	return true
}
