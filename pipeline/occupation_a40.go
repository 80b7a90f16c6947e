package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/text"
)

// occupationWords mark an armed or ruling body as an occupier's: an
// outlet writing from an occupied land names the other side's army and
// administration "the occupation forces", "the occupying army", "the
// occupation authorities", with no state in the phrase. Like "the
// occupiers" (enemyWords) they are the speaking side's opponent, never
// the land's own state, which is what the story context would give them.
var occupationWords = map[string]bool{"occupation": true, "occupying": true}

// occupationSectors are the bodies "occupation" names a state by: its
// forces, police and administration. "Occupation" before other nouns
// (an occupation of a factory, "occupation workers") says nothing of a
// state.
var occupationSectors = map[string]bool{"MIL": true, "GOV": true, "COP": true, "SPY": true}

// occupationNamed: the bare armed or ruling phrase ph is an occupier's,
// by "occupation"/"occupying" in it ("Occupation forces raided Jenin",
// the sectors dictionary's "occupation forces") or just before it ("the
// occupation authorities allowed trucks in", where the dictionary's
// phrase is only "authorities").
func occupationNamed(toks []text.Token, ph *actor.Phrase) bool {
	armed := false
	for _, s := range ph.Sectors {
		if occupationSectors[s] {
			armed = true
		}
	}
	if !armed || ph.Start < 0 || ph.End > len(toks) {
		return false
	}
	for _, t := range toks[ph.Start:ph.End] {
		if occupationWords[t.Lower] {
			return true
		}
	}
	return ph.Start > 0 && occupationWords[toks[ph.Start-1].Lower]
}
