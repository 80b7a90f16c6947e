package pipeline

import "testing"

// TestL40DriveNeedsObject: "drive ... from" is an expulsion (201) only
// when someone is driven: an actor right after the verb. Without one,
// "drive" is driving a vehicle, and a to-infinitive "to drive from next
// year" or "drove from the capital" expels no one.
func TestL40DriveNeedsObject(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "people driven from their homes", text: "Lebanese troops drove Egyptian families from their homes.", code: "201", src: "LBN", tgt: "EGY"},
		{why: "villagers driven from their land", text: "Sudanese militias drove Masalit villagers from their land.", code: "201", src: "SDN", tgt: "SDN"},
	})
	// must not: driving a vehicle, with no one driven
	checkRootNot(t, p, "20", "The Kuwaiti government said it would allow foreign residents to drive from next year.")
	checkRootNot(t, p, "20", "The Afghan delegation drove from Kabul to Jalalabad on Monday.")
	checkRootNot(t, p, "13", "The Kuwaiti government said it would allow foreign residents to drive from next year.")
}
