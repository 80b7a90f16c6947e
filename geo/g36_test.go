package geo

import (
	"strings"
	"testing"
)

// summaryCase is one row of a gazetteer table test: a sentence, an
// optional story focus, and the summary g36Summary must give.
type summaryCase struct{ sentence, focus, want string }

// checkSummaries runs a table of summaryCase rows with one set of tags.
func checkSummaries(t *testing.T, g *Gazetteer, tags map[string]string, cases []summaryCase) {
	t.Helper()
	for _, tc := range cases {
		if got := g36Summary(t, g, tc.sentence, tc.focus, tags); got != tc.want {
			t.Errorf("%q (focus %q): got %q, want %q", tc.sentence, tc.focus, got, tc.want)
		}
	}
}

// g36Summary resolves a sentence with an optional story focus and
// summarises its mentions as "text=Name/ALPHA3".
func g36Summary(t *testing.T, g *Gazetteer, sentence, focus string, tags map[string]string) string {
	t.Helper()
	var f *Focus
	if focus != "" {
		f = NewFocus()
		f.Add(focus, 3)
	}
	return mentionSummary(g.Mentions(naiveSentence(sentence, tags), nil, f))
}

var g36Tags = map[string]string{
	"arrested": "VBD", "attacked": "VBD", "men": "NNS", "shops": "NNS", "beside": "IN", "rioters": "NNS",
	"torched": "VBD", "buildings": "NNS", "killed": "VBD", "civilians": "NNS", "Police": "NNS", "Gunmen": "NNS",
}

// TestG36DistrictHamlet: a name before "district" names a district; a
// village abroad that shares its name (or its name with a letter
// doubled) is no reading of it without its state in the text.
func TestG36DistrictHamlet(t *testing.T) {
	g := gaz(t)
	checkSummaries(t, g, g36Tags, []summaryCase{
		// Wrong before: Luka, a village of 880 in Zagreb County.
		{"Police arrested five men in Luuka district.", "", ""},
		// Must not: a district's seat in the story's state, or in a
		// state the sentence names, stays.
		{"Police arrested five men in Luuka district.", "HRV", "Luuka district=Luka/HRV"},
		{"Police arrested five men in Luka district, Croatia.", "", "Luka district=Luka/HRV Croatia=Croatia/HRV"},
		{"Police arrested five men in Luuka district, Croatia.", "", "Luuka district=Luka/HRV Croatia=Croatia/HRV"},
		{"Police arrested five men in Wakiso district.", "", "Wakiso district=Wakiso/UGA"},
		{"Police arrested five men in Raqqa.", "", "Raqqa=Ar Raqqah/SYR"},
		{"Gunmen killed civilians in Shopian district.", "", "Shopian district=Shopian/IND"},
	})
}

// TestG36Neighbourhood: a city's quarter with a common name (Chinatown,
// Downtown) is in a city the text names or a state it is about, not the
// largest such quarter anywhere.
func TestG36Neighbourhood(t *testing.T) {
	g := gaz(t)
	checkSummaries(t, g, g36Tags, []summaryCase{
		// Wrong before: San Francisco's Chinatown.
		{"Gunmen attacked shops in Chinatown beside Honiara.", "", "Honiara=Honiara/SLB"},
		{"Rioters torched buildings in Chinatown.", "SLB", ""},
		// Must not: the quarter in a story about its state.
		{"Rioters torched buildings in Chinatown.", "USA", "Chinatown=Chinatown/USA"},
	})
}

// TestG36FuzzyModifier: a word opening the sentence or after "the" that
// modifies a common noun is no town one letter off it.
func TestG36FuzzyModifier(t *testing.T) {
	g := gaz(t)
	tags := map[string]string{"Truck": "NNP", "drivers": "NNS", "blockaded": "VBD", "bridge": "NN", "Hackers": "NNS",
		"stole": "VBD", "network": "NN", "residents": "NNS", "fled": "VBD", "the": "DT", "Troops": "NNS", "shelled": "VBD", "positions": "NNS"}
	checkSummaries(t, g, tags, []summaryCase{
		// Wrong before: Truckee, California; Ronan, Montana.
		{"Truck drivers blockaded the bridge between Canada and the United States.", "", "Canada=Canada/CAN the United States=United States/USA"},
		{"Hackers stole millions from the Ronin network, United States officials said.", "", "United States=United States/USA"},
		// Must not: a fuzzy match its state supports, not opening the
		// sentence, before a noun; an exact name opening the sentence.
		{"Troops shelled Bakhmoot positions in eastern Ukraine.", "", "Bakhmoot=Bakhmut/UKR Ukraine=Ukraine/UKR"},
		{"Mosul residents fled the fighting in Iraq.", "", "Mosul=Mosul/IRQ Iraq=Iraq/IRQ"},
	})
}

// TestG36SeatAbroad: a populous region outranks a small admin seat of its
// name abroad; a seat in its own state still wins.
func TestG36SeatAbroad(t *testing.T) {
	g := gaz(t)
	tags := map[string]string{"indicted": "VBN", "charges": "NNS", "Fighting": "NN", "went": "VBD", "Rebels": "NNS", "shelled": "VBD"}
	checkSummaries(t, g, tags, []summaryCase{
		// Wrong before: Florida, a department seat of 32,000 in Uruguay.
		{"He was indicted in Florida on drug charges.", "", "Florida=Florida/USA"},
		// Must not: the region's own seat of its name.
		{"Fighting went on in Idlib.", "", "Idlib=Idlib/SYR"},
		{"Rebels shelled Kandahar.", "", "Kandahar=Kandahār/AFG"},
	})
}

// TestG36BareLandform: a landform word standing alone ("the Valley") is
// the landform the story is about, never a town named "The Valley".
func TestG36BareLandform(t *testing.T) {
	g := gaz(t)
	tags := map[string]string{"extended": "VBD", "curfew": "NN", "kidnapped": "VBD", "workers": "NNS", "seized": "VBD", "tankers": "NNS", "Gunmen": "NNS"}
	checkSummaries(t, g, tags, []summaryCase{
		// Wrong before: The Valley, the capital of Anguilla.
		{"The governor extended the curfew in the Valley.", "", ""},
		// Must not: a region or a division of the word's own name.
		{"Iran seized two tankers in the Gulf.", "", "Iran=Iran/IRN Gulf=Persian Gulf/"},
		{"Gunmen kidnapped oil workers in the Delta.", "", "Delta=Delta/NGA"},
	})
}

// TestG36ShipName: a name right after a ship's noun is the ship's.
func TestG36ShipName(t *testing.T) {
	g := gaz(t)
	tags := map[string]string{"seized": "VBD", "ship": "NN", "intelligence": "NN", "docked": "VBD", "tanker": "NN"}
	checkSummaries(t, g, tags, []summaryCase{
		// Wrong before: Pueblo, Colorado.
		{"North Korea seized the American intelligence ship Pueblo off Wonsan.", "", "North Korea=North Korea/PRK Wonsan=Wŏnsan/PRK"},
		// Must not: the town after a preposition.
		{"The ship docked in Pueblo.", "", "Pueblo=Pueblo/USA"},
		{"Iran seized a tanker off Oman.", "", "Iran=Iran/IRN Oman=Oman/OMN"},
	})
}

// TestG36PersonFamily: a name whose possessive owns a family or a
// relative is a person's, no village of the surname.
func TestG36PersonFamily(t *testing.T) {
	g := gaz(t)
	tags := map[string]string{"granted": "VBD", "asylum": "NN", "family": "NN", "families": "NNS", "fled": "VBD", "relatives": "NNS"}
	checkSummaries(t, g, tags, []summaryCase{
		// Wrong before: El Castillo in Mexico.
		{"Mexico granted asylum to Castillo's family.", "MEX", "Mexico=Mexico/MEX"},
		{"Castillo's relatives fled.", "MEX", ""},
		// Must not: a city's or a country's families.
		{"Gaza's families fled.", "", "Gaza=Gaza/PSE"},
	})
}

// TestG36WeaponName: a capitalised name before a weapon's noun is the
// weapon's, unless a city or a state has it.
func TestG36WeaponName(t *testing.T) {
	g := gaz(t)
	tags := map[string]string{"fired": "VBD", "cruise": "NN", "missiles": "NNS", "rockets": "NNS", "base": "NN", "Syrian": "JJ", "air": "NN"}
	checkSummaries(t, g, tags, []summaryCase{
		// Wrong before: Tomahawk, Wisconsin.
		{"The United States fired 59 Tomahawk cruise missiles at a Syrian air base.", "", "The United States=United States/USA"},
		// Must not: a city before the weapon's noun.
		{"Militants fired Gaza rockets at Israel.", "", "Gaza=Gaza/PSE Israel=Israel/ISR"},
	})
}

// TestG36ClaimedModifier: a name after a claimed state's name is that
// state's thing, no town one letter off it.
func TestG36ClaimedModifier(t *testing.T) {
	g := gaz(t)
	tags := map[string]string{"stormed": "VBD", "Supporters": "NNS", "US": "NNP", "Capitol": "NNP", "shelled": "VBD", "Troops": "NNS"}
	for _, tc := range []struct {
		sentence, claim, want string
	}{
		// Wrong before: Capitola, California.
		{"Supporters stormed the US Capitol.", "US", ""},
		// Must not: an exact town after the claim, a fuzzy one after none.
		{"Troops shelled the Russian Kursk.", "Russian", "Kursk=Kursk/RUS"},
		{"Troops shelled Bakhmoot in eastern Ukraine.", "", "Bakhmoot=Bakhmut/UKR Ukraine=Ukraine/UKR"},
	} {
		var claimed [][2]int
		if tc.claim != "" {
			k := strings.Index(tc.sentence, tc.claim)
			claimed = [][2]int{{k, k + len(tc.claim)}}
		}
		// A story about the state behind the claim supports the guess.
		f := NewFocus()
		f.Add("USA", 3)
		f.Add("UKR", 3)
		f.Add("RUS", 3)
		if got := mentionSummary(g.Mentions(naiveSentence(tc.sentence, tags), claimed, f)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sentence, got, tc.want)
		}
	}
}
