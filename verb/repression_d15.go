package verb

import "github.com/parley-events/parley/internal/wordset"

// crowdNouns head an object that is a crowd of protesters.
var crowdNouns = wordset.Of("protesters", "protestors", "demonstrators", "marchers", "mourners", "rioters")

// shootingVerbs: the verbs whose fight or assault lines a shooting or a
// killing of protesters comes through ("shot dead", "killed", "gunned
// down", "fired on").
var shootingVerbs = wordset.Of("kill", "shoot", "shot", "gun", "fire", "open")

// protestersShot: police, soldiers or security forces who shoot or kill
// protesters use violent repression (175), as CAMEO defines it, however
// the weapon is named; the shooting and killing lines of 18 and 19 would
// code a fight ("Sudanese security forces shot dead 15 protesters" is
// 175, not 193). Every source must be a state's armed or police force, so
// "gunmen shot dead two protesters" stays an assault, and every target a
// crowd of protesters, so "police shot dead three robbers" stays a fight.
func (s *sentence) protestersShot(m *Match) {
	c := m.EventCode()
	if len(c) < 3 || c[0] != '1' || c[1] != '8' && c[1] != '9' || len(m.Source) == 0 || len(m.Target) == 0 || !shootingVerbs.Has(s.toks[m.Head].Lemma) && !shootingVerbs.Has(s.toks[m.Head].Lower) {
		return
	}
	for _, ph := range m.Source {
		if !onlySectors(ph.Sectors, "COP", "MIL", "SPY") {
			return
		}
	}
	for _, ph := range m.Target {
		if ph.End < 1 || ph.End > len(s.toks) || !crowdNouns.Has(s.toks[ph.End-1].Lower) {
			return
		}
	}
	m.Code = "175"
}
