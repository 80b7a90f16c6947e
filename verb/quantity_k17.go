package verb

import "github.com/parley-events/parley/actor"

// countedSubject: the "than" at k belongs to a count ("more than",
// "fewer than", "less than" and a number) that opens its clause, and
// the group g it counts is the clause's subject, with its verb right
// after it in the simple past or present: "More than 80 students were
// abducted from a boarding school", "More than 400 protesters were
// detained". Ordinary news puts the victims first; the count is no
// comparison. A count before the perfect ("More than 400 people have
// been killed since the war began") is a running toll, which stays out.
func (s *sentence) countedSubject(k int, g actor.Group) bool {
	if k < 1 {
		return false
	}
	switch s.toks[k-1].Lower {
	case "more", "fewer", "less":
	default:
		return false
	}
	if k >= 2 {
		switch s.toks[k-2].Lower {
		case ",", "and", "but", "when", "after", "as", "while", "before", "since", "where":
		default:
			return false // "more protesters than police": a comparison
		}
	}
	number := false
	for j := k + 1; j < g.Start; j++ {
		if s.toks[j].Tag == "CD" || s.toks[j].Lower == "dozen" || s.toks[j].Lower == "hundred" {
			number = true
		}
	}
	if !number || g.End >= len(s.toks) {
		return false
	}
	v := g.End
	if v < len(s.toks) && s.toks[v].Tag == "RB" {
		v++ // "were reportedly abducted"
	}
	if v >= len(s.toks) || !s.finite(v) {
		return false
	}
	switch s.toks[v].Lemma {
	case "have":
		// The toll is passive ("have been killed"); an active perfect
		// is the counted people's own act ("More than 200 al-Shabaab
		// fighters have surrendered to the army", "More than 3,000
		// nurses have walked out") (U18).
		return activePerfect(s, v)
	}
	return true
}
