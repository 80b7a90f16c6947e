package verb

import "github.com/parley-events/parley/internal/wordset"

// clauseAuxes are the auxiliaries that may stand between a that-clause's
// subject and its verb ("that his fighters had abducted").
var clauseAuxes = wordset.Of("had", "has", "have", "was", "were", "is", "are", "did")

// thatClauseVerb reports whether the verb at k, inside the span of a
// pattern headed at m.Head, is the finite verb of a that-clause of its
// own: "that", an actor as its subject, at most an auxiliary, then the
// verb ("said in a video released on Monday that his fighters had
// abducted the schoolgirls"). A clause with its own subject tells its own
// act, which the pattern's gap only passed over on the way to a later
// word (R36); the roots that read a that-clause for their code
// (statements, appeals, demands, blame, rejections, threats, inquiries)
// keep its words, as their own rules say what the clause adds.
func (s *sentence) thatClauseVerb(p *Pattern, m *Match, k int) bool {
	switch p.Root() {
	case "01", "02", "03", "09", "10", "11", "12", "13":
		return false
	}
	switch s.toks[k].Tag {
	case "VBD", "VBZ", "VBP":
	case "VBN":
		if k == 0 || !clauseAuxes.Has(s.toks[k-1].Lower) {
			return false
		}
	default:
		return false
	}
	e := k
	if e > 0 && clauseAuxes.Has(s.toks[e-1].Lower) {
		e--
	}
	if e == 0 || s.inGroup[e-1] < 0 {
		return false
	}
	g := s.groups[s.inGroup[e-1]]
	if g.End != e || g.Start < 1 || g.Start-1 <= m.Head {
		return false
	}
	j := g.Start - 1
	// "that his fighters": a possessive or an article may open the
	// subject before the actor phrase itself.
	for j > m.Head && j >= g.Start-2 && s.toks[j].Lower != "that" {
		switch s.toks[j].Tag {
		case "PRP$", "DT":
			j--
			continue
		}
		return false
	}
	return j > m.Head && s.toks[j].Lower == "that"
}
