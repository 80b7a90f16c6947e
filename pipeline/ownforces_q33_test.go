package pipeline

import "testing"

// TestQ33ArmedSpeakerOwnUnits: an armed command named by its sector alone
// that reports what "its units" did owns them, so the act in its report is
// coded (the units are the command's, country from the story as the
// command's is); "its" after a body that reports nothing, or after a
// civilian body, keeps the state rule.
func TestQ33ArmedSpeakerOwnUnits(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "army announced its units liberated", text: "The army announced that its units had liberated the western districts of Mosul, state television said.", code: "192", src: "IRQ", tgt: "-"},
		{why: "armed forces said its units retook", text: "The armed forces said that its units had retaken the old quarter of Mosul.", code: "192", src: "IRQ", tgt: "-"},
		// must not: a civilian body's "its units" are no armed force
		{why: "a ministry's units are no command's", text: "The health ministry said its units had vaccinated children in Mosul.", code: "190", none: true},
	})
}
