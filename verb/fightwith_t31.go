package verb

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// fightWith: the fight noun at j is followed by "with" and a named
// party ("in a clash with Chinese troops", "during a gunfight with
// rebels", "in an encounter with security forces"): the party the
// victims fought. Soldiers "killed in a clash with" another state's
// troops were killed by those troops, as "a clash with Chinese soldiers
// killed 20 Indian soldiers" (clashWith) says with the clash as subject.
// An article or adjectives may stand between "with" and the party;
// a party named only as a modifier ("with Russian-made weapons") is no
// foe.
func (s *sentence) fightWith(j int) int {
	k := j + 1
	if k >= len(s.toks) || s.toks[k].Lower != "with" {
		return -1
	}
	for k++; k < len(s.toks) && k <= j+4; k++ {
		if gi := s.inGroup[k]; gi >= 0 {
			if s.modifierOnly(gi) || len(s.groups[gi].Phrases) == 0 || len(s.groups[gi].Phrases[0].Sectors) == 0 && s.groups[gi].Phrases[0].Country == "" {
				return -1
			}
			return gi
		}
		if t := &s.toks[k]; t.Tag != "DT" && t.Tag != "JJ" {
			return -1
		}
	}
	return -1
}

// fightNouns: a fight between two sides, whose "with" names the other.
var fightNouns = wordset.Of("clash", "clashes", "fighting", "gunfight", "gunfights",
	"gunbattle", "gunbattles", "skirmish", "skirmishes", "battle", "battles",
	"firefight", "firefights", "confrontation", "shootout", "face-off", "encounter")

// fightFoe: the phrase is named after "<fight noun> with" (articles and
// adjectives between): the other side of a fight, not the agent of a
// one-sided attack. A speaker that tells its losses in a clash reports
// the fight; it does not accuse the foe (accusations).
func (s *sentence) fightFoe(p actor.Phrase) bool {
	k := p.Start - 1
	for k > 0 && k < len(s.toks) && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ") {
		k--
	}
	return k > 0 && k < len(s.toks) && s.toks[k].Lower == "with" && fightNouns.Has(s.toks[k-1].Lower)
}
