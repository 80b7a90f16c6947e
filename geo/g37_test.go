package geo

import "testing"

var g37Tags = map[string]string{
	"boycotted": "VBD", "courts": "NNS", "killed": "VBD", "Lawyers": "NNS", "marched": "VBD",
	"Farmers": "NNS", "arrested": "VBD", "Police": "NNS", "men": "NNS",
}

// TestG37CityBeside: a region named like regions of two states (Punjab,
// India's and Pakistan's) is the one whose large city the sentence also
// names (cityBeside).
func TestG37CityBeside(t *testing.T) {
	g := gaz(t)
	checkSummaries(t, g, g37Tags, []summaryCase{
		// Wrong before: India's Punjab, a tie broken by order.
		{"Lawyers boycotted courts across Punjab after a colleague was killed in Lahore.", "", "Punjab=Punjab/PAK Lahore=Lahore/PAK"},
		{"Farmers marched across Punjab to Amritsar.", "", "Punjab=Punjab/IND Amritsar=Amritsar/IND"},
		// Must not: the region alone, and a region whose twin the city
		// does not name.
		{"Police arrested five men in Sindh.", "", "Sindh=Sindh/PAK"},
	})
}
