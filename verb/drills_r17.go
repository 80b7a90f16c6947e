package verb

import "github.com/parley-events/parley/internal/wordset"

// civilDrillWords before a drill noun make it a civil one: "took part in
// an earthquake drill", "a fire drill", "the world's largest democratic
// exercise". Such a drill shows no force (150) and joins no forces (062).
var civilDrillWords = wordset.Of(
	"fire", "earthquake", "quake", "tsunami", "evacuation", "emergency", "safety",
	"disaster", "lockdown", "fitness", "democratic", "electoral", "voting",
	"consultation", "branding", "cost-cutting",
)

// civilDrill: a 150 or 062 match whose drill noun is a civil one.
func (s *sentence) civilDrill(m *Match) string {
	for k := m.Span[0]; k < m.Span[1] && k < len(s.toks); k++ {
		if !drillNouns.Has(s.toks[k].Lower) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			if civilDrillWords.Has(s.toks[j].Lower) {
				return "a civil drill or exercise shows no force"
			}
		}
	}
	return ""
}

// separateDrills: "held separate exercises", "their own drills": states
// that drill apart hold no exercise with each other.
func (s *sentence) separateDrills(m *Match) bool {
	for k := m.Span[0]; k < m.Span[1] && k < len(s.toks); k++ {
		switch s.toks[k].Lower {
		case "separate", "parallel", "own", "rival", "respective":
			return true
		}
	}
	return false
}
