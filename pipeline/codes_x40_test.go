package pipeline

import "testing"

// TestX40SuspendedConstitution: suspending a constitution is rule by
// decree (172, as the 17-coerce.txt line codes it), not a concession on
// the state's institutions (0834); amending one stays a reform.
func TestX40SuspendedConstitution(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "army chief suspended the constitution", text: "Thailand's army chief suspended the constitution after the coup.", code: "172", src: "THA", tgt: "THA"},
		{why: "suspended the constitution and dissolved parliament", text: "The Fijian military suspended the constitution and dissolved parliament.", code: "172", src: "FJI", tgt: "FJI"},
		// must not: an amendment is still a change of institutions
		{why: "amended the constitution", text: "Kazakhstan amended the constitution after the protests.", code: "0834", src: "KAZ", tgt: "KAZ"},
	})
	checkRootNot(t, p, "08", "Thailand's army chief suspended the constitution after the coup.")
}

// TestX40CoordinatedAdjective: "coordinated" tagged an adjective before
// its noun ("coordinated attacks") tells how the attacks were made, no
// cooperation between parties (06); the verb still codes it.
func TestX40CoordinatedAdjective(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "coordinated its air strikes with", text: "Jordan coordinated its air strikes with the US-led coalition.", code: "062", src: "JOR", tgt: "-"},
		{why: "coordinated patrols", text: "Kenyan and Somali troops coordinated patrols along the border.", code: "062", src: "KEN", tgt: "SOM"},
		// must not: the attack is coded, the adjective is not
		{why: "in coordinated attacks", text: "Gunmen killed 40 villagers in coordinated attacks on three villages in Nigeria.", code: "180", src: "-", tgt: "NGA"},
	})
	checkRootNot(t, p, "06", "Gunmen killed 40 villagers in coordinated attacks on three villages in Nigeria.")
	checkRootNot(t, p, "06", "Militants launched coordinated attacks on police posts in northern Kenya.")
	checkRootNot(t, p, "06", "Iran and Iraq launched a coordinated offensive against Kurdish rebels.")
}
