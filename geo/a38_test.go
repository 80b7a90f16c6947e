package geo

import "testing"

var a38Tags = map[string]string{
	"Cameroon": "NN", "Mozambique": "NN", "Analysis": "NN", "separatist": "JJ", "fighters": "NNS",
	"tortured": "VBD", "teacher": "NNS", "insurgents": "NNS", "stormed": "VBD", "troops": "NNS",
	"entered": "VBD", "region": "NN", "town": "NN", "Insurgents": "NNS",
}

// TestA38CountryLabel: a country's name and a colon opening a sentence
// ("Cameroon: ...", a digest's or headline's label) is a place mention
// that says where the sentence's events are, though the tagger calls
// its word a common noun (labelCountry, countryLabel).
func TestA38CountryLabel(t *testing.T) {
	g := gaz(t)
	checkSummaries(t, g, a38Tags, []summaryCase{
		// Wrong before: no mention of the label, and South Africa's more
		// populous North West.
		{"Cameroon: separatist fighters in North-West region tortured a teacher.", "", "Cameroon=Cameroon/CMR North-West region=North-West/CMR"},
		{"Mozambique: insurgents stormed the town.", "", "Mozambique=Mozambique/MOZ"},
		// Must not: a label that is no country's name, and a country
		// with no colon after it.
		{"Analysis: troops entered Palma.", "", "Palma=Palma/ESP"},
	})
}

// TestA38BracketContainer: a province or country in brackets right after
// a town ("Palma town (Cabo Delgado)") contains it, as one after a comma
// does, so a larger namesake abroad is no reading of the town
// (containerGap).
func TestA38BracketContainer(t *testing.T) {
	g := gaz(t)
	checkSummaries(t, g, a38Tags, []summaryCase{
		// Wrong before: Palma de Mallorca.
		{"Insurgents stormed Palma town (Cabo Delgado).", "", "Palma town=Palma/MOZ Cabo Delgado=Cabo Delgado Province/MOZ"},
		// Must not: the comma container as before, and the town alone.
		{"Insurgents stormed Palma, Cabo Delgado.", "", "Palma=Palma/MOZ Cabo Delgado=Cabo Delgado Province/MOZ"},
		{"Analysis: troops entered Palma.", "", "Palma=Palma/ESP"},
	})
}
