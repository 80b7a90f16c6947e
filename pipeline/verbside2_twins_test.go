package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// TestVaguerTwin: one act described twice in a sentence, once by a victim
// verb and once by a specific nominal, is coded once, at its specific
// code; a specific code of another PLOVER type is another act and stays.
func TestVaguerTwin(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct {
		text     string
		want     []string // codes that must be present
		dontWant []string
	}{
		{"Five Afghan civilians were killed in an air strike by American forces.", []string{"195"}, []string{"190"}},
		{"Ethiopian troops retook the town from Eritrean forces after heavy fighting with Eritrean forces.", []string{"192"}, nil},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		got := map[string]bool{}
		for _, e := range evs {
			got[e.CAMEO] = true
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: no %s; got %s", c.text, w, describe(evs))
			}
		}
		for _, w := range c.dontWant {
			if got[w] {
				t.Errorf("%q: vaguer twin %s kept; got %s", c.text, w, describe(evs))
			}
		}
	}
}

// TestOpponentIsNoPartner: whom coordinated partners act against takes no
// part in their reciprocal event.
func TestOpponentIsNoPartner(t *testing.T) {
	p := newTestPipeline(t)
	text := "The Nigerian army and Cameroonian troops conducted joint operations against Boko Haram."
	evs := codeText(t, p, "2024-05-01", text)
	partners := 0
	for _, e := range evs {
		if e.CAMEORoot != "06" {
			continue
		}
		for _, side := range [][]event.Actor{e.Source, e.Target} {
			if hasCountry(side, "NGAREB") {
				t.Errorf("%q: Boko Haram is a party to %s %s>%s", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
		partners++
	}
	if partners == 0 {
		t.Errorf("%q: no cooperation coded; got %s", text, describe(evs))
	}
}
