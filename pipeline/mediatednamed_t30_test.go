package pipeline

import "testing"

// TestT30MediatedNamed: a mediation that found no parties takes the
// other states its sentence names, as actors or places; reporters named
// after the act and the mediator's own state are no parties.
func TestT30MediatedNamed(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		// each had no target before
		{"a deal's party named in its terms", "Egypt brokered a deal under which Hamas will free ten hostages.", "045", "EGY", "PSE"},
		{"a truce's party after 'under which'", "The war ended in 1994 with a truce brokered by Iran, under which Armenian forces kept the region they held.", "045", "IRN", "ARM"},
		{"where the truce took effect", "A truce brokered by the United Nations took effect in Libya on Sunday.", "045", "-", "LBY"},
		// must not
		{"reporters after the act", "Oman mediated a prisoner swap last week, officials in Washington and Tehran said.", "045", "OMN", ""},
		{"the mediator's own capital", "The emir of Qatar mediated talks in Doha on Monday.", "045", "QAT", ""},
	})
}
