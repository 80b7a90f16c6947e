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

// TestL40UnderFrame: after the head, a gap that crossed a place and then
// "under" does not reach the agreement that phrase names: the deal the
// act follows is not its object ("pulled out of Goma under a deal" leaves
// no deal, 160). A treaty left is still left, and before the head or
// after a verb ("agreed to disarm under a ceasefire") the gap crosses.
func TestL40UnderFrame(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "pulled out of the deal", text: "Syria pulled out of the deal with Russia.", code: "160", src: "SYR", tgt: "RUS"},
		{why: "pulled out of a named treaty", text: "Russia pulled out of the Conventional Armed Forces in Europe treaty.", code: "160", src: "RUS", tgt: "-"},
	})
	// must not: a place left under a deal leaves no deal
	checkRootNot(t, p, "16", "Rwandan rebels pulled out of Kigali under a deal brokered by Kenya.")
	checkRootNot(t, p, "16", "The rebels pulled out of the town under an agreement mediated by the African Union.")
}

// TestL40GiveUp: "give up" relinquishes what one holds; a grant line
// ("give rights to", 0833) does not read it, so "would not give up its
// rights" is no refusal to yield (124).
func TestL40GiveUp(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "rights given to a minority", text: "Iraq gave more rights to the Kurds.", code: "0833", src: "IRQ", tgt: "IRQCVL"},
	})
	// must not: a state keeping its own rights
	checkRootNot(t, p, "12", "Athens said Greece would not give up its rights in the Aegean.")
	checkRootNot(t, p, "08", "Athens said Greece would not give up its rights in the Aegean.")
}

// TestL40WrittenReport: a speaker who "wrote" or "tweeted" that it had
// acted reports its own act as one who "said" it does: the act is
// reported, no separate statement (010) is coded beside it.
func TestL40WrittenReport(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "wrote in a post that he had ordered the closure", text: "In a post on X, the Czech foreign minister wrote that he had ordered the closure of the Russian consulate in Brno.", code: "161", src: "CZE", tgt: "RUS"},
	})
	// must not: the statement beside the reported act
	checkRootNot(t, p, "01", "In a post on X, the Czech foreign minister wrote that he had ordered the closure of the Russian consulate in Brno.")
}
