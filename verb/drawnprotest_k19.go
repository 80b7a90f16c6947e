package verb

// drawnProtest: protests an act "drew" or "sparked" from a party are that
// party's: a crowd's are a demonstration (141), a state's or a
// government's an official complaint (114), as a state that "protests"
// lodges one (stateProtest). "The decision drew protests from Beijing"
// is CHN's 114, "drew protests from thousands of workers" stays 141.
func (s *sentence) drawnProtest(m *Match) bool {
	if m.EventCode() != "141" || len(m.Source) == 0 || !s.toks[m.Head].IsVerb() {
		return false
	}
	switch s.toks[m.Head].Lemma {
	case "spark", "trigger", "provoke", "ignite", "unleash", "prompt", "draw", "attract":
	default:
		return false
	}
	k := m.Source[0].Start - 1
	for k > m.Head && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "CD") {
		k-- // "from the Chinese government"
	}
	return k > m.Head && s.toks[k].Lower == "from"
}
