package geo

import "testing"

// TestG35PersonCue: a name told of as a person (its relatives, its
// lawyer, an act done only to people) is no village of that surname.
func TestG35PersonCue(t *testing.T) {
	g := gaz(t)
	tags := map[string]string{
		"granted": "VBD", "sought": "VBD", "demanded": "VBD", "scarred": "VBN", "Protests": "NNS", "Protesters": "NNS",
		"Families": "NNS", "demanding": "VBG", "spread": "NN", "children": "NNS", "prisoners": "NNS", "hostages": "NNS",
	}
	for _, tc := range []struct {
		sentence string
		focus    string // a state the story is about, "" for none
		want     string // "text=Name/ALPHA3" per mention
	}{
		// Wrong before: El Castillo in Colombia or Mexico.
		{"Protests demanding the release of Castillo spread.", "", ""},
		{"Prosecutors sought the arrest of Castillo.", "", ""},
		{"Mexico granted asylum to Castillo's wife and children.", "MEX", "Mexico=Mexico/MEX"},
		// Must not: the name after a locative word, a city of its own, a
		// people the name modifies, a country's children.
		{"Police shot two protesters in Castillo, Colombia.", "", "Castillo=El Castillo/COL Colombia=Colombia/COL"},
		{"Protesters demanded the release of Kabul's prisoners.", "", "Kabul=Kabul/AFG"},
		{"Families demanded the release of Gaza hostages.", "", "Gaza=Gaza/PSE"},
		{"The war has scarred Syria's children.", "", "Syria=Syria/SYR"},
	} {
		var f *Focus
		if tc.focus != "" {
			f = NewFocus()
			f.Add(tc.focus, 1)
		}
		if got := mentionSummary(g.Mentions(naiveSentence(tc.sentence, tags), nil, f)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestG35RouteEnds: a road named by the two towns it joins is placed at
// the first, in their state.
func TestG35RouteEnds(t *testing.T) {
	g := gaz(t)
	for _, tc := range []struct {
		sentence string
		want     string // "text=Name/ALPHA3" per mention
	}{
		// Wrong before: the hyphenated pair named nothing.
		{"Gunmen kidnapped passengers from a bus on the Abuja-Kaduna highway.", "Abuja=Abuja/NGA"},
		{"Bandits attacked travellers on the Lahore-Islamabad motorway.", "Lahore=Lahore/PAK"},
		// Must not: two states' capitals, whose small namesakes share a
		// state; a pair with a country; a pair before no road noun.
		{"Police blocked the Paris-Moscow road.", ""},
		{"Rockets hit the Israel-Gaza road.", ""},
		{"Talks on the Abuja-Kaduna plan resumed.", ""},
	} {
		if got := mentionSummary(g.Mentions(naiveSentence(tc.sentence, map[string]string{"Gunmen": "NNS", "Bandits": "NNS", "Rockets": "NNS", "Talks": "NNS"}), nil, nil)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestG35NamedStateDivision: a first-level division of a state the
// sentence names outranks a city of its name abroad.
func TestG35NamedStateDivision(t *testing.T) {
	g := gaz(t)
	for _, tc := range []struct {
		sentence string
		want     string // "text=Name/ALPHA3" per mention
	}{
		// Wrong before: Natal, Brazil (763,000).
		{"South Africa's government lifted the state of emergency in Natal.", "South Africa=South Africa/ZAF Natal=KwaZulu-Natal/ZAF"},
		// Must not: bare, or with Brazil named, the city stays.
		{"Police fired on protesters in Natal.", "Natal=Natal/BRA"},
		{"Brazil's president visited Natal.", "Brazil=Brazil/BRA Natal=Natal/BRA"},
		// Must not: a named state's division that is the larger city's
		// name stays the city ("Kandahar", an admin seat).
		{"Afghanistan's army said fighting went on in Kandahar.", "Afghanistan=Afghanistan/AFG Kandahar=Kandahār/AFG"},
	} {
		if got := mentionSummary(g.Mentions(naiveSentence(tc.sentence, map[string]string{"lifted": "VBD", "fired": "VBD", "protesters": "NNS", "visited": "VBD", "went": "VBD"}), nil, nil)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sentence, got, tc.want)
		}
	}
}
