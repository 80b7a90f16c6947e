package geo

import "testing"

var a39Tags = map[string]string{
	"Gunmen": "NNS", "killed": "VBD", "farmers": "NNS", "Insurgents": "NNS", "stormed": "VBD", "town": "NN",
}

// TestA39BracketRegion: a bracketed region of one state after a place
// ("Guma (Benue)") chooses among the places of that name; with none of
// them in that state, the region places the mention (bracketRegion).
func TestA39BracketRegion(t *testing.T) {
	g := gaz(t)
	checkSummaries(t, g, a39Tags, []summaryCase{
		// Wrong before: Guma in Xinjiang, the only Guma known.
		{"Gunmen killed farmers in Guma (Benue).", "", "Guma=Benue State/NGA Benue=Benue State/NGA"},
		// Must not: a bracketed region with the place in it, as before,
		// and the place with no bracket.
		{"Insurgents stormed Palma town (Cabo Delgado).", "", "Palma town=Palma/MOZ Cabo Delgado=Cabo Delgado Province/MOZ"},
		{"Gunmen killed farmers in Guma.", "", "Guma=Guma/CHN"},
	})
}
