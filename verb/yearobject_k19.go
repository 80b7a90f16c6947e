package verb

import "github.com/parley-events/parley/actor"

// yearObject: the preposition at k governs a year right after it, and the
// group g after the year is the subject of a finite verb: "In 1990 Iraq
// invaded Kuwait", "In 1066 William the Conqueror invaded England" (no
// comma after the fronted date). The year is the preposition's object, so
// the group stands in no prepositional phrase (K19).
func (s *sentence) yearObject(k int, g actor.Group) bool {
	if k+2 != g.Start || g.End >= len(s.toks) || !s.finite(g.End) {
		return false
	}
	switch s.toks[k].Lower {
	case "in", "since", "until", "by", "during", "before", "after":
	default:
		return false
	}
	y := s.toks[k+1]
	if y.Tag != "CD" || len(y.Text) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if y.Text[i] < '0' || y.Text[i] > '9' {
			return false
		}
	}
	return true
}
