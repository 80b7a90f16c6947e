package pipeline

import "testing"

// TestS11PlacesNearMiss: a place name one vowel off a place abroad, or
// matching one only abroad, must not carry the event, nor its sides, to
// that country. A fuzzy match needs its state supported by the text; a
// demonym before "town/village of X" says which state X is in; an unknown
// village takes that state. The sides are checked as well as the code,
// since a place's state can become a side.
func TestS11PlacesNearMiss(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text, code, src, tgt string // "-": side not checked
		place, country       string // event location; "" for none
	}{
		// No state named: no place beats a wrong one (was Kochi, Japan,
		// and the victims Japanese civilians).
		{"Islamic State fighters executed dozens of men in the village of Kocho.", "20", "-", "-", "", ""},
		// A demonym before the settlement word rules out look-alikes
		// abroad (was Degaña, Spain) and places an unknown name in its
		// state.
		{"Rioters torched shops in the Sri Lankan town of Digana.", "14", "LKA", "LKA", "Sri Lanka", "LKA"},
		{"Gunmen killed 12 worshippers in the Nigerian village of Dogon Dawa.", "18", "-", "NGA", "Nigeria", "NGA"},
		{"Militants attacked an army post near the Malian town of Boni.", "19", "MLI", "MLI", "Mali", "MLI"},
		{"Israeli troops raided the Palestinian village of Beita.", "19", "ISR", "PSE", "Palestine", "PSE"},
		{"Israeli forces demolished homes in the Palestinian village of Beita.", "17", "ISR", "PSE", "Palestine", "PSE"},
		{"Turkish jets struck the Iraqi village of Kocho, killing five civilians.", "19", "TUR", "IRQ", "Iraq", "IRQ"},
		{"Indian troops shelled the Pakistani village of Kocho.", "19", "IND", "PAK", "Pakistan", "PAK"},
		{"Saudi-led jets bombed the Yemeni village of Bani Qais.", "19", "SAU", "YEM", "Yemen", "YEM"},
		// A container of another state supports no look-alike (was
		// Inden, Germany, and a German target).
		{"Myanmar soldiers burned homes in the village of Inn Din in Rakhine state.", "17", "MMR", "MMR", "Rakhine", "MMR"},
		// Two names side by side in no common state are one unknown
		// name, not Tula in Russia (which made the soldiers Russian).
		{"Soldiers burned homes in Tula Toli, a village in Rakhine state.", "17", "MMR", "MMR", "Rakhine", "MMR"},
		// An appositive names the state (was Kochi, Japan; Degaña, Spain).
		{"Gunmen killed 11 villagers in Kocho, a village in northern Iraq.", "18", "-", "IRQ", "Iraq", "IRQ"},
		{"Police arrested 20 protesters in Digana in Sri Lanka's Kandy district.", "17", "LKA", "LKA", "Kandy", "LKA"},
		// Must-not: a fuzzy match whose state the sentence names, by its
		// name or its demonym, still resolves.
		{"Iraqi troops shelled militant positions in Mosool.", "19", "IRQ", "IRQ", "Mosul", "IRQ"},
		{"Troops shelled Bakhmoot in eastern Ukraine.", "19", "-", "UKR", "Bakhmut", "UKR"},
		// Must-not: a place of the demonym's own state is itself; a
		// demonym two states share filters nothing; "South Sudanese" is
		// one demonym.
		{"Houthi rebels shelled the Yemeni town of Hays.", "19", "YEM", "YEM", "Ḩays", "YEM"},
		{"Rebels attacked the Congolese town of Beni.", "19", "COD", "COD", "Beni", "COD"},
		{"Militants shelled the South Sudanese town of Malakal.", "19", "SSD", "SSD", "Malakal", "SSD"},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for i := range evs {
			e := &evs[i]
			if e.Modality.Negated || e.CAMEORoot != c.code {
				continue
			}
			found = true
			if c.src != "-" && !hasCountry(e.Source, c.src) {
				t.Errorf("%q: %s source %s, want %s", c.text, e.CAMEO, actorCodes(e.Source), c.src)
			}
			if c.tgt != "-" && !hasCountry(e.Target, c.tgt) {
				t.Errorf("%q: %s target %s, want %s", c.text, e.CAMEO, actorCodes(e.Target), c.tgt)
			}
			name, country := "", ""
			if e.Location != nil {
				name, country = e.Location.Name, e.Location.Country
			}
			if name != c.place || country != c.country {
				t.Errorf("%q: %s placed at %q/%q, want %q/%q", c.text, e.CAMEO, name, country, c.place, c.country)
			}
			break
		}
		if !found {
			t.Errorf("%q: no %s event; got %s", c.text, c.code, describe(evs))
		}
	}
}
