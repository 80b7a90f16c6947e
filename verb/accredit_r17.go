package verb

import "slices"

// accreditedPress: "accredit" accepts an envoy's mission (050) only when
// what it accredits is a state's agent: "The Italian league accredited
// Chinese journalists for the derby" and "the commission accredited
// Kenyan observers" give press or election passes, no diplomatic tie.
// A target phrase of a sector other than government says so.
func (s *sentence) accreditedPress(m *Match) string {
	if s.toks[m.Head].Lemma != "accredit" || len(m.Target) == 0 {
		return ""
	}
	for _, ph := range m.Target {
		if len(ph.Sectors) == 0 || slices.Contains(ph.Sectors, "GOV") {
			return ""
		}
	}
	return "accredited people of no state office: a pass, not a mission"
}
