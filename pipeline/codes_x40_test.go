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

// TestX40ExileFlight: a flight into exile is a departure from one's own
// country, no visit to the host (04); a flight into a capital for talks
// stays a visit.
func TestX40ExileFlight(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// must not: a visit by air stays a visit
		{why: "flew into Khartoum for talks", text: "The Egyptian president flew into Khartoum on Sunday for talks with Sudanese leaders.", code: "042", src: "EGY", tgt: "SDN"},
	})
	checkRootNot(t, p, "04", "The ousted Malian president flew into exile in Senegal on Sunday.")
	checkRootNot(t, p, "04", "Liberian President Charles Taylor stepped down and flew into exile in Nigeria.")
}

// TestX40FleeToll: a flight forced as the second participle or predicate
// of an attack's harm is that attack's toll, no mass expulsion (201); an
// expulsion told by its own clause, or by another agent, stays.
func TestX40FleeToll(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "attacked a village, killing and forcing to flee", text: "Jihadists attacked a village in Burkina Faso, killing 30 people and forcing hundreds to flee.", code: "180", src: "BFA", tgt: "BFA"},
		// must not: an expulsion told by its own clause, or by another agent
		{why: "militias forced villagers to flee", text: "Militias forced thousands of villagers to flee their homes in Darfur.", code: "201", src: "SDN", tgt: "SDN"},
		{why: "forced Albanians to flee Kosovo", text: "Serbian forces forced thousands of ethnic Albanians to flee Kosovo.", code: "201", src: "SRB", tgt: "KSV"},
		{why: "another agent forced residents to flee", text: "Rebels shelled the town, and the army forced thousands of residents to flee.", code: "201", src: "-", tgt: "-"},
	})
	checkRootNot(t, p, "20", "Jihadists attacked a village in Burkina Faso, killing 30 people and forcing hundreds to flee.")
}

// TestX40ArmedDriven: fighters driven from ground lose it (192); people
// driven from their homes are expelled (201).
func TestX40ArmedDriven(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "drove the militants from the territory", text: "Iraqi forces drove the militants from the last territory they held along the Syrian border.", code: "192", src: "IRQ", tgt: "IRQ"},
		{why: "drove fighters from the port", text: "Kenyan troops drove al-Shabaab fighters from the port of Kismayo.", code: "192", src: "KEN", tgt: "SOM"},
		// must not: people driven from their homes stay expelled
		{why: "drove villagers from their homes", text: "Sudanese troops drove thousands of villagers from their homes in the Nuba Mountains.", code: "201", src: "SDN", tgt: "SDN"},
		{why: "drove families from their homes", text: "Lebanese troops drove Egyptian families from their homes.", code: "201", src: "LBN", tgt: "EGY"},
	})
	checkRootNot(t, p, "20", "Syrian troops drove the rebels from the town of Qusayr.")
}

// TestX40StrikeBlasts: explosions that rock a city while a state's forces
// strike it are that strike, no bombing by persons unknown; blasts at a
// rally with no strike told stay a bombing.
func TestX40StrikeBlasts(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "explosions rock as forces launch missiles", text: "Explosions rocked Baghdad at dawn on Thursday as U.S. forces launched cruise missiles at targets in the city.", code: "195", src: "USA", tgt: "IRQ"},
		// must not: blasts with no strike told stay a bombing
		{why: "blasts rocked a rally", text: "Two blasts rocked a political rally in the Pakistani city of Peshawar.", code: "183", src: "-", tgt: "PAK"},
	})
	checkRootNot(t, p, "18", "Explosions rocked Baghdad at dawn on Thursday as U.S. forces launched cruise missiles at targets in the city.")
	checkRootNot(t, p, "18", "Putin orders a military operation in Ukraine as explosions rock Kyiv")
}
