package geo

import "testing"

// TestFeatureNames checks that rivers, mountains and structures named
// after a place are not taken for the place, and that structures named
// after a city still place an event in that city.
func TestFeatureNames(t *testing.T) {
	g := gaz(t)
	for _, tc := range []struct {
		sentence string
		tags     map[string]string
		want     string // "text=Name/ALPHA3" per mention, space-separated
	}{
		// A name one vowel off a town is not the town after "the": rivers.
		{"Angry workers blocked the bridge spanning the Rhine from France to Germany.", nil, "France=France/FRA Germany=Germany/DEU"},
		{"Troops crossed the Rhine near Cologne.", nil, "Cologne=Köln/DEU"},
		// Nature words after a name: no town, no country.
		{"German forces crossed the Rhine River on Monday.", map[string]string{"German": "JJ"}, ""},
		{"Troops reached the Jordan River.", nil, ""},
		{"Rebels retreated to the Nuba Mountains.", nil, ""},
		// ... but an area keeps its name.
		{"Fighting flared across the Sinai Peninsula.", nil, "Sinai Peninsula=Sinai/EGY"},
		// Structures named after a state or region are not in it.
		{"Protesters blocked the Europe Bridge near Strasbourg.", nil, "Strasbourg=Strasbourg/FRA"},
		{"Crowds rallied in Palestine Square in Tehran.", nil, "Tehran=Tehran/IRN"},
		// Structures named after a city are in it.
		{"Gunmen attacked Kabul Airport on Monday.", nil, "Kabul=Kabul/AFG"},
		{"They met at the Baghdad Hotel.", nil, "Baghdad=Baghdad/IRQ"},
		// A place word that starts a name is still read with it.
		{"Ships sailed into Port Said on Monday.", nil, "Port Said=Port Said/EGY"},
		// A populous region outranks a small town of its name; a city or
		// an admin seat keeps its own name.
		{"Protests spread across England on Monday.", nil, "England=England/GBR"},
		{"Troops were sent to Virginia.", nil, "Virginia=Virginia/USA"},
		{"Regime forces shelled Idlib.", map[string]string{"Regime": "NN"}, "Idlib=Idlib/SYR"},
		// A compass word and a country are part of the country, not a
		// town of that name abroad; a country's own name stays whole.
		{"Israeli jets struck targets in South Lebanon.", map[string]string{"Israeli": "JJ"}, "Lebanon=Lebanon/LBN"},
		{"Fighting raged in South Sudan.", nil, "South Sudan=South Sudan/SSD"},
		// A compass word and a capital or a city of a million whose whole
		// name is only a village abroad (exact or one vowel off) is the
		// half of a divided city; a compass-named city stays whole.
		{"Guards shot him in East Berlin in 1962.", nil, "Berlin=Berlin/DEU"},
		{"Police said riots erupted in West Berlin.", nil, "Berlin=Berlin/DEU"},
		{"Police said riots erupted in East London.", nil, "East London=East London/ZAF"},
		{"Police said riots erupted in East Orange.", nil, "East Orange=East Orange/USA"},
		{"Police said riots erupted in East Hampton.", nil, "East Hampton=East Hampton/USA"},
		{"Settlers moved into East Jerusalem.", nil, "East Jerusalem=East Jerusalem/PSE"},
		// A name written with its Arabic article prefers the town whose
		// name keeps it (g33); without the article the larger seat wins.
		{"The emir arrived in Al-Ula to attend the summit.", nil, "Al-Ula=Al-`Ula/SAU"},
		{"Tourists arrived in Ula on Monday.", nil, "Ula=Ula/TUR"},
		// Two bare one-word towns side by side are a person's name.
		{"They sent condolences to the family of Lee Rigby.", nil, ""},
		{"Clashes erupted in Aleppo and Idlib.", nil, "Aleppo=Aleppo/SYR Idlib=Idlib/SYR"},
		// English exonyms reach the city, not a namesake abroad.
		{"Police raided homes in Frankfurt and Seville.", nil, "Frankfurt=Frankfurt am Main/DEU Seville=Sevilla/ESP"},
	} {
		s := naiveSentence(tc.sentence, tc.tags)
		ms := g.Mentions(s, nil, nil)
		if got := mentionSummary(ms); got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q\n%s", tc.sentence, got, tc.want, dump(ms))
		}
	}
}

// TestNamedOf: a water word or a state's description that "of" and a name
// follow is not the region the word means alone.
func TestNamedOf(t *testing.T) {
	g := gaz(t)
	for _, tc := range []struct{ sentence, want string }{
		{"Fishing boats were seized in the Gulf of Thailand.", "Thailand=Thailand/THA"},
		{"The Gulf state of Qatar hosted the talks.", "Qatar=Qatar/QAT"},
		{"A tanker was seized in the Gulf on Monday.", "Gulf=Persian Gulf/"},
		{"Protesters rallied in the Kurdistan region of Iraq.", "Kurdistan region=Kurdistan/ Iraq=Iraq/IRQ"},
	} {
		if got := mentionSummary(g.Mentions(naiveSentence(tc.sentence, nil), nil, nil)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sentence, got, tc.want)
		}
	}
}
