package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// rootEvents codes text and hands check every event of the root; a
// sentence with none of that root fails.
func rootEvents(t *testing.T, p *Pipeline, text, root string, check func(e *event.Event)) {
	t.Helper()
	found := false
	evs := codeText(t, p, "2024-05-01", text)
	for i := range evs {
		if evs[i].CAMEORoot == root {
			found = true
			check(&evs[i])
		}
	}
	if !found {
		t.Errorf("%q: no root %s event", text, root)
	}
}

// TestS22LeadTrailingCapital: a capital that reports the sentence from
// its end ("..., Moscow said") is the event's reporter, also when the
// clause before it ended on a place name, which used to swallow the
// capital into a list of places.
func TestS22LeadTrailingCapital(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, root, reporter string }{
		{"Ukrainian drones struck an oil depot in Bryansk, Moscow said.", "19", "RUS"},
		{"Chinese coast guard ships rammed a Philippine supply boat near Scarborough Shoal, Manila said on Monday.", "19", "PHL"},
		{"Israeli jets struck targets near Homs, Damascus said.", "19", "SYR"},
		{"Rwandan troops shelled positions near Goma, Kinshasa claimed.", "19", "COD"},
		// must-not: a capital in a list of places is no reporter.
		{"Russian jets bombed villages near Idlib, Aleppo and Hama on Sunday.", "19", ""},
	} {
		rootEvents(t, p, c.text, c.root, func(e *event.Event) {
			if e.Modality.ReportedBy != c.reporter {
				t.Errorf("%q: %s reported by %q, want %q", c.text, e.CAMEO, e.Modality.ReportedBy, c.reporter)
			}
		})
	}
}

// TestS22LeadAllegedDeedPlace: a place in what the held people are said
// to have done ("suspected of firing rockets at Israel") gives them no
// country; they are of the state that holds them. A place named after a
// noun of the allegation ("accused of blasphemy in Sialkot") is still
// where the event happened.
func TestS22LeadAllegedDeedPlace(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"deed's place after a gerund", "Lebanese troops arrested four men suspected of firing rockets at Israel.", "173", "LBN", "LBN"},
		{"deed's place after a gerund", "Spanish police arrested six men suspected of smuggling migrants into Italy.", "173", "ESP", "ESP"},
		{"deed's place after a gerund", "Moroccan police detained three men accused of planning attacks in Spain.", "173", "MAR", "MAR"},
		{"deed's place after a gerund", "Jordanian security forces arrested two men charged with smuggling weapons into Syria.", "173", "JOR", "!SYR"},
		// must-not: the event's own place, and a deed named by a noun.
		{"the event's own place", "Police arrested 30 protesters in Istanbul.", "173", "TUR", "TUR"},
		{"a deed named by a noun", "A mob lynched a Sri Lankan factory manager accused of blasphemy in Sialkot.", "18", "PAK", "LKA"},
	})
}

// TestS22LeadWantedPerson: a person "wanted in" a place is wanted by
// others; the arrest that follows is real, not a wish. A state that
// wanted to act is coded with the intent (13, 03), not as a wish.
func TestS22LeadWantedPerson(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text, root string
		wish       bool
	}{
		{"A Nigerian businessman wanted in Lagos was detained in London.", "17", false},
		{"A Kenyan journalist wanted in Nairobi was arrested in Kampala.", "17", false},
		{"Serbia wanted to attack Kosovo.", "13", false},
		{"Russia has wanted to join the WTO for years.", "03", false},
	} {
		rootEvents(t, p, c.text, c.root, func(e *event.Event) {
			if e.Modality.Hypothetical != c.wish {
				t.Errorf("%q: %s hypothetical %v, want %v", c.text, e.CAMEO, e.Modality.Hypothetical, c.wish)
			}
		})
	}
}
