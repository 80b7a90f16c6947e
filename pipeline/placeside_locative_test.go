package pipeline

import (
	"testing"

	"github.com/parley-events/parley/text"
)

// TestLocativeClaimPlaces: a name the actor stage claims is still where the
// event happens when a locative preposition introduces it, with compass
// words and articles between them, and when it modifies a noun ("a Gaza
// Strip refugee camp"). The sentences are invented.
func TestLocativeClaimPlaces(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct {
		text, cameoRoot, place, country string
	}{
		{"Government troops shelled rebel positions in Western Iraq on Monday.", "19", "Iraq", "IRQ"},
		{"Israeli soldiers raided homes in a Gaza Strip refugee camp overnight.", "19", "Gaza Strip", "PSE"},
		{"Rebels attacked an army convoy in eastern Congo.", "19", "DR Congo", "COD"},
		{"Police arrested dozens of protesters across Turkey.", "17", "", "TUR"},
		{"Egyptian police dispersed demonstrators in Cairo on Friday.", "17", "Cairo", "EGY"},
		{"Turkish jets bombed targets in the Qandil mountains of northern Iraq.", "19", "Iraq", "IRQ"},
		{"Thousands of protesters marched through central London against the war.", "14", "London", "GBR"},
		{"Drones struck an oil depot in Russia's Krasnodar Territory.", "19", "Krasnodar Krai", "RUS"},
		{"Paramilitaries shelled the city of El Fasher in North Darfur.", "19", "El Fasher", "SDN"},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for _, e := range evs {
			if e.CAMEORoot != c.cameoRoot {
				continue
			}
			found = true
			l := e.Location
			if l == nil {
				t.Errorf("%q: event %s has no location, want %s", c.text, e.CAMEO, c.country)
				continue
			}
			if l.Country != c.country || (c.place != "" && l.Name != c.place) {
				t.Errorf("%q: located at %s (%s), want %s (%s)", c.text, l.Name, l.Country, c.place, c.country)
			}
		}
		if !found {
			t.Errorf("%q: no event with root %s in %+v", c.text, c.cameoRoot, evs)
		}
	}
}

// TestLocativeClaimsSplit checks which claims are released to the
// gazetteer: only those after a locative preposition, never after "to" or
// "from", and a sentence without released claims keeps its slice.
func TestLocativeClaimsSplit(t *testing.T) {
	tok := func(words ...string) *text.Sentence {
		s := &text.Sentence{}
		off := 0
		for _, w := range words {
			tag := "NN"
			switch w {
			case "the", "a":
				tag = "DT"
			}
			s.Tokens = append(s.Tokens, text.Token{Text: w, Lower: lowerASCII(w), Start: off, End: off + len(w), Tag: tag})
			s.Text += w + " "
			off += len(w) + 1
		}
		return s
	}
	cases := []struct {
		name     string
		s        *text.Sentence
		claims   [][2]int
		released int
	}{
		{"in", tok("fighting", "in", "Syria"), [][2]int{{12, 17}}, 1},
		{"in the western", tok("fighting", "in", "the", "western", "Syria"), [][2]int{{24, 29}}, 1},
		{"to stays", tok("troops", "to", "Syria"), [][2]int{{10, 15}}, 0},
		{"from stays", tok("envoys", "from", "Iran"), [][2]int{{12, 16}}, 0},
		{"subject stays", tok("Iran", "said"), [][2]int{{0, 4}}, 0},
		{"none", tok("Iran", "said"), nil, 0},
		{"mixed", tok("Iran", "fought", "in", "Iraq"), [][2]int{{0, 4}, {15, 19}}, 1},
		{"compass after of", tok("mountains", "of", "northern", "Iraq"), [][2]int{{22, 26}}, 1},
		{"through", tok("marched", "through", "London"), [][2]int{{16, 22}}, 1},
	}
	for _, c := range cases {
		kept, rel := locativeClaims(c.s, c.claims)
		if len(rel) != c.released || len(kept)+len(rel) != len(c.claims) {
			t.Errorf("%s: kept %v released %v, want %d released", c.name, kept, rel, c.released)
		}
	}
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
