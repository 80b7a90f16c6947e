package verb

// D27: a state's leader "withdrew the United States from the Paris
// agreement": the object withdrawn from a treaty is the state, and the
// relations are reduced (160). Troops, police or fighters withdrawn from
// somewhere the sentence calls after an agreement ("withdrew its troops
// from the area covered by the ceasefire agreement") are a pull-back,
// which the 08 lines code; the 160 line does not take them.

// armedWithdrawn: the 160 match at m, headed by "withdraw", has armed
// men for its object; it returns why it is refused, or "". A state
// withdrawn is the party that leaves, not the one the relations are
// reduced with, so it is no target: the event keeps none ("withdrew the
// United States from the Paris agreement" USA→---).
func (s *sentence) armedWithdrawn(m *Match) string {
	if m.Head < 0 || m.Head >= len(s.toks) || s.toks[m.Head].Lemma != "withdraw" {
		return ""
	}
	for _, ph := range m.Target {
		for _, sec := range ph.Sectors {
			switch sec {
			case "MIL", "COP", "REB", "PKO", "UAF", "INS", "SPY":
				return "armed men withdrawn are a pull-back, not a treaty left"
			}
		}
	}
	if len(m.Target) > 0 {
		if t := m.Target[0]; t.Start > m.Head && t.End < len(s.toks) && s.toks[t.End].Lower == "from" {
			m.Target = nil // the state withdrawn leaves; it is no target
		}
	}
	return ""
}
