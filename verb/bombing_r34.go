package verb

// armyBombing: a state, its forces or an alliance of states that bomb a
// place, a camp or a party use air power (195), as the noun already says
// (forcesBombing): "Colombian forces bombed a FARC camp", "Israel bombed
// the port of Hodeidah". Armies bomb from the air; a ground army shells.
// The verb lines code 190 for any agent, and nonStateBombing has already
// taken armed groups' bombings to 183, so only states' are left here.
func (s *sentence) armyBombing(m *Match) {
	if m.EventCode() != "190" || s.toks[m.Head].IsNoun() || !stateForces(m) {
		return
	}
	m.Code = "195"
}
