package geo

import "testing"

// TestL38ContainerOfAnotherState: a container after a small town supports
// the town's reading only when it is in the town's own state. "Solhan
// (Sahel region)" names Burkina Faso's Sahel; the one Solhan the gazetteer
// holds is in Turkey, and before this rule any container at all made it
// the place.
func TestL38ContainerOfAnotherState(t *testing.T) {
	g := gaz(t)
	tags := map[string]string{"Gunmen": "NNS", "attacked": "VBD", "region": "NN", "town": "NN"}
	checkSummaries(t, g, tags, []summaryCase{
		// Wrong before: Solhan=Solhan/TUR.
		{"Gunmen attacked Solhan (Sahel region).", "", "Sahel region=Sahel/"},
		{"Gunmen attacked Solhan, Sahel region.", "", "Sahel region=Sahel/"},
		// Must not: a container of the town's own state still supports it,
		// and a town named alone keeps what it had.
		{"Gunmen attacked Palma town (Cabo Delgado).", "", "Palma town=Palma/MOZ Cabo Delgado=Cabo Delgado Province/MOZ"},
		{"Gunmen attacked Solhan, Bingol.", "", "Solhan=Solhan/TUR Bingol=Bingöl/TUR"},
		{"Gunmen attacked Solhan.", "", ""},
	})
}
