package verb

// crowdStorm: a crowd that storms a named institution riots (145), as it
// does a building the pattern names ("protesters stormed the
// parliament"): "Protesters stormed Congress", "Supporters of Jair
// Bolsonaro stormed the Supreme Court" were force (190) because the
// general "storm +" pattern reads any actor stormed as a military
// assault. Every source must be a crowd: civilians, the opposition, a
// party, workers or students, or a person's following ("supporters of
// the former president" carry the person's own code); armed men, police
// and states keep 190 (armedStorm, policeStorm).
func (s *sentence) crowdStorm(m *Match) {
	if m.EventCode() != "190" || len(m.Source) == 0 || s.toks[m.Head].Lemma != "storm" {
		return
	}
	for _, ph := range m.Source {
		if onlySectors(ph.Sectors, "CVL", "OPP", "PTY", "LAB", "EDU") {
			continue
		}
		if len(ph.Parts) > 0 && followerNoun(ph.Parts[0].Entry.Alias) && !armedSectors(ph.Sectors) {
			continue
		}
		return
	}
	m.Code = "145"
}

func followerNoun(alias string) bool {
	switch alias {
	case "supporters", "followers", "loyalists", "supporter", "follower", "loyalist":
		return true
	}
	return false
}
