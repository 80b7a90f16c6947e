package verb

import "slices"

// weaponPartner (S38): a weapon that opens an [agentless] line ("missiles
// struck", "drones hit") and ends a subject coordinated after an armed
// actor ("American and British warplanes and cruise missiles struck
// targets across Iraq", "Russian drones and missiles hit Kyiv") is fired
// by that actor: the two nouns are one subject of one verb. The weapon,
// no actor itself, hid the actor from the subject walk, and the blow had
// no agent. Only "and" with at most two plain lower-case modifiers of the
// weapon ("cruise", "ballistic") between, and only an armed actor (MIL
// sector) whose phrase ends right before "and", count: "Iraqi officials
// and missiles" names no one firing. It returns the actor's group or -1.
func (s *sentence) weaponPartner(start int) int {
	k := start - 1
	for n := 0; n < 2 && k > 0 && s.inGroup[k] < 0 && s.toks[k].Text == s.toks[k].Lower && (s.toks[k].Tag == "NN" || s.toks[k].Tag == "JJ"); n++ {
		k--
	}
	if k < 1 || s.toks[k].Lower != "and" {
		return -1
	}
	gi := s.inGroup[k-1]
	if gi < 0 || s.groups[gi].End != k {
		return -1
	}
	for _, ph := range s.groups[gi].Phrases {
		if ph.Country != "" && slices.Contains(ph.Sectors, "MIL") {
			return gi
		}
	}
	return -1
}
