package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// notSideCase: the first event of code must not have the state notTgt
// among its targets (or notSrc among its sources); "" skips a side.
type notSideCase struct {
	why, text      string
	code           string
	notSrc, notTgt string
}

func checkNotSides(t *testing.T, p *Pipeline, cases []notSideCase) {
	t.Helper()
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		var hit *event.Event
		for i := range evs {
			if e := &evs[i]; !e.Modality.Negated && (e.CAMEO == c.code || len(c.code) == 2 && e.CAMEORoot == c.code) {
				hit = e
				break
			}
		}
		if hit == nil {
			t.Errorf("%s: %q coded no %s event; got %s", c.why, c.text, c.code, describe(evs))
			continue
		}
		if c.notSrc != "" && hasCountry(hit.Source, c.notSrc) {
			t.Errorf("%s: %q source %s, must not be %s", c.why, c.text, actorCodes(hit.Source), c.notSrc)
		}
		if c.notTgt != "" && hasCountry(hit.Target, c.notTgt) {
			t.Errorf("%s: %q target %s, must not be %s", c.why, c.text, actorCodes(hit.Target), c.notTgt)
		}
	}
}

// TestS11SecondVerbDestination: after "and", a second verb that goes or
// sends somewhere ("fled to", "handed them over to", "marched to") names
// its own destination; the first verb's act neither happened there nor
// was aimed at it. A second verb with no destination shares the first's
// scene ("killed ... and wounded ... in Kabul").
func TestS11SecondVerbDestination(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "resignation before flight", text: "Bolivian President Evo Morales resigned and flew to Mexico after weeks of protests over a disputed election.", code: "0831", src: "BOL", tgt: "BOL"},
		{why: "arrest before handover", text: "Pakistani police arrested two suspects and handed them over to Afghanistan.", code: "173", src: "PAK", tgt: "PAK"},
		{why: "blockade before march", text: "Polish farmers blocked the border with Ukraine and marched to Warsaw to protest grain imports.", code: "144", src: "POL", tgt: "UKR"},
		// must-not: a shared scene stays
		{why: "shared scene of two harms", text: "Suicide bombers killed nine soldiers and wounded 30 civilians in Afghanistan on Friday.", code: "18", src: "-", tgt: "AFG"},
	})
	checkNotSides(t, p, []notSideCase{
		{why: "resignation, not a visit's host", text: "Bolivian President Evo Morales resigned and flew to Mexico after weeks of protests over a disputed election.", code: "0831", notTgt: "MEX"},
		{why: "arrest, not the receiving state", text: "Pakistani police arrested two suspects and handed them over to Afghanistan.", code: "173", notTgt: "AFG"},
		{why: "resignation before going into exile", text: "The Kyrgyz president stepped down and then fled to Kazakhstan following protests.", code: "0831", notTgt: "KAZ"},
	})
}
