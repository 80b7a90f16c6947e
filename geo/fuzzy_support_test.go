package geo

import (
	"strings"
	"testing"
)

// TestFuzzySupport checks that a match one vowel off a place needs the
// place's state supported by the sentence or the story: a locative word
// before a big city abroad is no support ("the village of Kocho" is not
// Kochi in Japan), while a country, a demonym, a container of the same
// state or a strong focus is.
func TestFuzzySupport(t *testing.T) {
	g := gaz(t)
	for _, tc := range []struct {
		sentence string
		tags     map[string]string
		focus    map[string]float64
		want     string // "text=Name/ALPHA3" per mention, space-separated
	}{
		// No state named anywhere: no place beats a wrong country.
		{"Militants executed dozens of men in the village of Kocho.", nil, nil, ""},
		{"Rioters burned shops in the town of Digana on Sunday.", nil, nil, ""},
		{"Gunmen opened fire in Mosool on Friday.", nil, nil, ""},
		// A container of another state does not support the look-alike:
		// the unknown village is left to the region.
		{"Soldiers burned homes in the village of Inn Din in Rakhine state.", nil, nil, "Rakhine state=Rakhine/MMR"},
		// The sentence names the state: the fuzzy match stands.
		{"Police raided homes in Mosool, Iraq.", nil, nil, "Mosool=Mosul/IRQ Iraq=Iraq/IRQ"},
		{"Troops shelled Bakhmoot in eastern Ukraine.", nil, nil, "Bakhmoot=Bakhmut/UKR Ukraine=Ukraine/UKR"},
		{"Militants seized Kidel in Mali.", nil, nil, "Kidel=Kidal/MLI Mali=Mali/MLI"},
		// A demonym names it too.
		{"Nigerian troops retook Maidugiri on Monday.", map[string]string{"Nigerian": "JJ"}, nil, "Maidugiri=Maiduguri/NGA"},
		// So does a strong story focus, but not a passing one.
		{"Gunmen opened fire in Mosool on Friday.", nil, map[string]float64{"IRQ": 4}, "Mosool=Mosul/IRQ"},
		{"Gunmen opened fire in Mosool on Friday.", nil, map[string]float64{"IRQ": 0.5}, ""},
		// Aliases are no guesses: they resolve with nothing to support them.
		{"Fighting raged near Idleb on Monday.", nil, nil, "Idleb=Idlib/SYR"},
		{"Rebels shelled Saraqeb on Monday.", nil, nil, "Saraqeb=Saraqib/SYR"},
		{"Airstrikes hit Hims overnight.", nil, nil, "Hims=Homs/SYR"},
	} {
		s := naiveSentence(tc.sentence, tc.tags)
		f := focusOf(tc.focus)
		if got := mentionSummary(g.Mentions(s, nil, f)); got != tc.want {
			t.Errorf("%q (focus %v):\n got  %q\n want %q", tc.sentence, tc.focus, got, tc.want)
		}
		if got := mentionSummary(g.MentionsFast(s, nil, f)); got != tc.want {
			t.Errorf("%q (focus %v) MentionsFast:\n got  %q\n want %q", tc.sentence, tc.focus, got, tc.want)
		}
	}
}

// TestSettlementDemonym checks "the Sri Lankan town of X": the demonym
// says which state X is in, so candidates abroad are no reading of it,
// and an unknown X takes the demonym's state, as an unknown place before
// a country does.
func TestSettlementDemonym(t *testing.T) {
	g := gaz(t)
	for _, tc := range []struct {
		sentence string
		want     string
	}{
		// A look-alike abroad is dropped; the place is in the state.
		{"Rioters torched shops in the Sri Lankan town of Digana.", "Digana=Sri Lanka/LKA"},
		{"Jihadists killed 16 soldiers outside the Malian town of Dioura.", "Dioura=Mali/MLI"},
		// Unknown places take the demonym's state.
		{"Gunmen killed 12 worshippers in the Nigerian village of Dogon Dawa.", "Dogon Dawa=Nigeria/NGA"},
		{"Gunmen killed five villagers in the Burkinabe village of Solhan.", "Solhan=Burkina Faso/BFA"},
		// Words between the demonym and the settlement word.
		{"Rebels shelled the northern Syrian border town of Azaz.", "Azaz=I‘zāz/SYR"},
		{"Gunmen raided the Nigerian farming village of Dogon Dawa.", "Dogon Dawa=Nigeria/NGA"},
		{"Rioters torched shops in the Sri Lankan hill town of Digana.", "Digana=Sri Lanka/LKA"},
		// A place of the demonym's state still resolves as itself.
		{"Protesters blocked roads in the Lebanese town of Zahle.", "Zahle=Zahlé/LBN"},
		{"Police fired tear gas in the Kenyan town of Kisii.", "Kisii=Kisii/KEN"},
		// Must-not: a demonym that describes people, not the settlement,
		// filters nothing ("Syrian" here is the troops').
		{"Syrian troops entered the town of Tal Afar in Iraq.", "Tal Afar=Tall ‘Afar/IRQ Iraq=Iraq/IRQ"},
		// A two-word demonym is read whole, and its compass word is no
		// region ("South" is a region of Cameroon).
		{"Fighting hit the South Sudanese town of Malakal.", "Malakal=Malakal/SSD"},
		{"North Korean troops crossed into South Korea.", "South Korea=South Korea/KOR"},
		// Must-not: a demonym two states share filters nothing
		// ("Congolese" is either Congo's; Beni is in the DRC).
		{"Rebels attacked the Congolese town of Beni.", "Beni=Beni/COD"},
		// Must-not: a demonym that names a people, not the state: a
		// refugee camp, "ethnic", or a region known by that name abroad.
		{"Shells hit the Palestinian refugee camp of Yarmouk.", ""},
		{"Fighting erupted in the ethnic Armenian region of Nagorno-Karabakh.", "Nagorno-Karabakh=Nagorno-Karabakh/AZE"},
		{"Shells hit the Armenian region of Nagorno-Karabakh.", "Nagorno-Karabakh=Nagorno-Karabakh/AZE"},
		// Must-not: a capitalised word that is no demonym.
		{"Fighters held the Kurdish town of Kobane.", "Kobane=‘Ayn al ‘Arab/SYR"},
	} {
		s := naiveSentence(tc.sentence, nil)
		if got := mentionSummary(g.Mentions(s, nil, nil)); got != tc.want {
			t.Errorf("%q:\n got  %q\n want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestSettlementNameWhole checks that a settlement's two-word name after
// "the village of" is one name: places matching its words side by side
// (Tula in Russia, Toli in China) are no reading of it.
func TestSettlementNameWhole(t *testing.T) {
	g := gaz(t)
	for _, tc := range []struct {
		sentence string
		want     string
	}{
		{"Troops torched houses in the village of Tula Toli.", "Tula Toli=nil"},
		{"Troops burned the village of Tula Toli in Rakhine state.", "Tula Toli=Rakhine/MMR Rakhine state=Rakhine/MMR"},
		// Without the settlement word, pieces in no common state are no
		// place at all; pieces a state shares stay ("Moscow Russia").
		{"Soldiers burned homes in Tula Toli, a village in Rakhine state.", "Rakhine state=Rakhine/MMR"},
		{"Protests spread to Moscow Russia on Monday.", "Moscow=Moscow/RUS Russia=Russia/RUS"},
		// A word the gazetteer does not know in a name after a
		// settlement word makes the name unknown, not nothing.
		{"Jets bombed the Yemeni village of Bani Qais.", "Bani Qais=Yemen/YEM"},
		{"Jets bombed the village of Bani Qais near Sanaa.", "Bani Qais=Sanaa/YEM Sanaa=Sanaa/YEM"},
		// Must-not: without the settlement word it names something else.
		{"They met Bani Qais on Monday.", ""},
		// Must-not: a whole two-word name still matches whole, and two
		// places joined by "and" stay two.
		{"Gunmen attacked the town of Bani Walid.", "Bani Walid=Bani Walid/LBY"},
		{"Shells hit the towns of Aleppo and Idlib.", "Aleppo=Aleppo/SYR Idlib=Idlib/SYR"},
	} {
		s := naiveSentence(tc.sentence, nil)
		if got := mentionSummary(g.Mentions(s, nil, nil)); got != tc.want {
			t.Errorf("%q:\n got  %q\n want %q", tc.sentence, got, tc.want)
		}
	}
}

func mentionSummary(ms []Mention) string {
	var got []string
	for _, m := range ms {
		if m.Best == nil {
			got = append(got, m.Text+"=nil")
			continue
		}
		got = append(got, m.Text+"="+m.Best.Name+"/"+m.Best.Country)
	}
	return strings.Join(got, " ")
}

// FuzzSettlementPhrases runs Mentions over text shaped like the phrases
// these rules read ("the Sri Lankan town of", "the South Sudanese",
// "the village of Tula Toli"), cut and mutated: the rules index tokens
// before and after a name, so short and broken input must not panic, and
// every mention's span must be the text it names.
func FuzzSettlementPhrases(f *testing.F) {
	for _, s := range []string{
		"Rioters torched shops in the Sri Lankan town of Digana.",
		"the ethnic Armenian region of Nagorno-Karabakh", "of", "town of", "Sri Lankan town of",
		"South Sudanese", "South", "the village of Tula Toli in Rakhine state",
		"the Nigerian farming village of Dogon Dawa", "\xffLankan town of X", "Malian of",
	} {
		f.Add(s)
	}
	g := gaz(f)
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			return
		}
		sent := naiveSentence(s, nil)
		for _, m := range g.MentionsFast(sent, nil, nil) {
			if m.Start < 0 || m.End > len(s) || m.Start > m.End || s[m.Start:m.End] != m.Text {
				t.Fatalf("bad span %d:%d %q in %q", m.Start, m.End, m.Text, s)
			}
		}
	})
}

// TestFocusAbroad checks that a village abroad, supported only by a
// locative word, is dropped when a strong story focus lies on another
// state, and kept when the focus or the sentence supports its state.
func TestFocusAbroad(t *testing.T) {
	g := gaz(t)
	for _, tc := range []struct {
		sentence string
		focus    map[string]float64
		want     string
	}{
		{"Gunmen killed 30 people in the village of Solhan.", map[string]float64{"BFA": 4}, ""},
		// Must-not: no focus, a weak focus, or the focus on its state.
		{"Gunmen killed 30 people in the village of Solhan.", nil, "Solhan=Solhan/TUR"},
		{"Gunmen killed 30 people in the village of Solhan.", map[string]float64{"BFA": 1}, "Solhan=Solhan/TUR"},
		{"Gunmen killed 30 people in the village of Solhan.", map[string]float64{"BFA": 3, "TUR": 1}, "Solhan=Solhan/TUR"},
		// Must-not: the sentence names the state.
		{"Police detained 30 people in the village of Solhan in Turkey.", map[string]float64{"BFA": 4}, "Solhan=Solhan/TUR Turkey=Türkiye/TUR"},
		// Must-not: a village in the focus state.
		{"Gunmen killed 12 people in the village of Tillia.", map[string]float64{"NER": 4}, "Tillia=Tillia/NER"},
	} {
		s := naiveSentence(tc.sentence, nil)
		f := focusOf(tc.focus)
		if got := mentionSummary(g.Mentions(s, nil, f)); got != tc.want {
			t.Errorf("%q (focus %v):\n got  %q\n want %q", tc.sentence, tc.focus, got, tc.want)
		}
	}
}
