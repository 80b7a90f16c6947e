package verb

import "github.com/parley-events/parley/internal/wordset"

// drillNouns name a military exercise.
var drillNouns = wordset.Of("exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "wargames", "war-games")

// sharedDrills: armed forces of two or more states that hold, end or
// take part in one exercise together hold it with each other, which is
// military cooperation (062), not a show of force at no one (150):
// "Russia and China held naval manoeuvres in the Sea of Japan",
// "Indian and French naval ships wrapped up a five-day exercise". A
// single state's drills, or drills near someone named, stay 150; the
// pipeline then pairs the coordinated subject as it does for talks.
func (s *sentence) sharedDrills(m *Match) {
	if m.EventCode() != "150" || m.Passive || len(m.Target) > 0 || len(m.Source) < 2 {
		return
	}
	drill := false
	for k := m.Span[0]; k < m.Span[1] && k < len(s.toks); k++ {
		if drillNouns.Has(s.toks[k].Lower) {
			drill = true
			break
		}
	}
	if !drill || s.separateDrills(m) {
		return
	}
	for _, ph := range m.Source {
		if ph.Country == "" || ph.Inferred {
			return
		}
	}
	for _, ph := range m.Source[1:] {
		if ph.Country != m.Source[0].Country {
			m.Code = "062"
			return
		}
	}
}
