package verb

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// protestingParticiples: a participle right after the people shot says
// they were protesting ("killed nine coca growers protesting against the
// eradication drive").
// A crowd occupying, blocking or picketing a place protests as well
// ("opened fire on students occupying universities", R33).
var protestingParticiples = wordset.Of("protesting", "demonstrating", "rallying", "marching", "occupying", "blocking", "picketing")

// shotAtProtestD20 widens killedAtProtest (protestdeaths_d19.go) for a
// target phrase of a state's force's shooting: the people shot are
// followed by a participle of protest ("security forces killed nine coca
// growers protesting in support of Morales"). Two wider readings were
// tried and dropped because they cost held-out recall: a people named by
// its demonym during protests ("shot dead 17 Palestinians during
// protests"), and people shot "when" a force "cleared" a protest camp.
func (s *sentence) shotAtProtestD20(ph *actor.Phrase) bool {
	return s.protestingAfter(ph.End)
}

// wordsShotAtProtestD20 is shotAtProtestD20 for a line whose own words
// hold the people shot (no target phrase): the first bystander noun
// within six words of the head.
func (s *sentence) wordsShotAtProtestD20(head int) bool {
	for k := head + 1; k < len(s.toks) && k <= head+6; k++ {
		if bystanderNouns.Has(s.toks[k].Lower) {
			return s.protestingAfter(k + 1)
		}
	}
	return false
}

// protestingAfter: a participle of protest at k. "Marching" and
// "rallying" need no object after them ("marching on the capital"), so
// "kidnappers marching hostages through the forest" are no marchers.
func (s *sentence) protestingAfter(k int) bool {
	if k < 1 || k >= len(s.toks) || !protestingParticiples.Has(s.toks[k].Lower) {
		return false
	}
	if w := s.toks[k].Lower; (w == "marching" || w == "rallying") && k+1 < len(s.toks) {
		switch tg := s.toks[k+1].Tag; {
		case strings.HasPrefix(tg, "NN"), tg == "DT", tg == "CD", tg == "PRP", tg == "JJ":
			return false
		}
	}
	return true
}
