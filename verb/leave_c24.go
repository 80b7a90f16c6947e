package verb

import "strings"

// quitBody keeps a bare "quit|leave|exit +" (160) only when what is left
// is an international body and the leaver a state or its government:
// "Burundi left the International Criminal Court", "Mali, Burkina Faso
// and Niger quit ECOWAS". Any other thing left is a departure, not a
// tie cut ("the minister left Kenya", "the rebels quit the town"), and a
// body's name before a noun names a place or a gathering of it ("left
// the African Union summit", "left the UN compound"). It reports whether
// the match must be dropped.
func (s *sentence) quitBody(m *Match) bool {
	if m.EventCode() != "160" || m.Pattern == nil || len(m.Pattern.elems) != 2 {
		return false
	}
	if len(m.Source) == 0 || len(m.Target) == 0 {
		return true
	}
	for _, ph := range m.Target {
		if ph.Country != "" || !strings.HasPrefix(ph.Code, "IGO") {
			return true
		}
		if ph.End >= 0 && ph.End < len(s.toks) && s.toks[ph.End].IsNoun() {
			return true
		}
	}
	for _, ph := range m.Source {
		if ph.Country == "" || len(ph.Sectors) > 0 && !onlySectors(ph.Sectors, "GOV") {
			return true
		}
	}
	return false
}

// lastTroops keeps "the last ... left +" (0874) only for armed men: the
// last troops or peacekeepers to leave end a presence, the last
// diplomats or tourists to leave do not retreat. It reports whether the
// match must be dropped.
func (s *sentence) lastTroops(m *Match) bool {
	if m.EventCode() != "0874" || m.Span[0] < 0 || m.Span[0] >= len(s.toks) || s.toks[m.Span[0]].Lower != "last" {
		return false
	}
	for _, ph := range m.Source {
		for _, sec := range ph.Sectors {
			if sec == "MIL" || sec == "PKO" || sec == "REB" {
				return false
			}
		}
	}
	return true
}
