package pipeline

import "testing"

// TestX34OwnBlowReported: a speaker that reports its own side's blow at a
// party, beside that party's fire, gives a combat report, not an
// accusation (112) of that party; a speaker that reports only the other
// side's violence still accuses it. Every sentence was written for this
// test.
func TestX34OwnBlowReported(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded 112 at the party the speaker hit
		{why: "own jets down the other's drones", text: "Jordan's army said its jets had shot down three Syrian drones after Syrian gunners shelled a border post.", code: "112", none: true},
		{why: "own forces answer the other's fire", text: "Azerbaijan's defence ministry said its forces had destroyed Armenian artillery positions after Armenian troops fired on its posts.", code: "112", none: true},
		{why: "own troops kill the attackers", text: "Al Shabaab fighters attacked a base in Lamu, and the Kenyan army said it had killed 40 of the militants.", code: "112", none: true},
		// must not: the other side's violence alone
		{why: "another state's jets", text: "Syria said Turkish jets bombed villages near Afrin.", code: "112", src: "SYR", tgt: "TUR"},
		{why: "another state's missiles", text: "Ukraine's military said Russian missiles had struck a hospital in Kharkiv.", code: "112", src: "UKR", tgt: "RUS"},
	})
}

// TestX34AnnouncedOwnAct: "announce" with a clause whose act is the
// speaker's own state's, of any root, is that act: no statement (010)
// beside it. An announcement of another party's act, and "said" with the
// same clause, keep their statement. Every sentence was written for this
// test.
func TestX34AnnouncedOwnAct(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded 010 beside the act
		{why: "an ambassador recalled", text: "Ghana's president announced that Ghana would recall its ambassador from Burkina Faso.", code: "010", none: true},
		{why: "a withdrawal from a court", text: "Burundi announced it would withdraw from the International Criminal Court.", code: "010", none: true},
		{why: "troops sent", text: "Britain announced that it would deploy 800 soldiers to Estonia.", code: "010", none: true},
		// must not: another party's act announced; a said-clause
		{why: "another party's truce announced", text: "Egypt announced that Israel and Islamic Jihad had agreed to a truce.", code: "010", src: "EGY", tgt: "-"},
		{why: "said, not announced", text: "Ghana's president said that Ghana had recalled its ambassador from Burkina Faso.", code: "010", src: "GHA", tgt: "-"},
	})
}

// TestX34ForcedConsequence: ", forcing X to ..." after a protest or an
// act of violence tells what that act brought about, no second coercion
// (170); a finite "forced" and a participle after a non-violent measure
// stay. Every sentence was written for this test.
func TestX34ForcedConsequence(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded 170 beside the act
		{why: "a storming forces lawmakers out", text: "Protesters stormed the parliament in Skopje, forcing lawmakers to flee.", code: "170", none: true},
		{why: "shelling forces flights to stop", text: "Rebels shelled the airport in Goma on Sunday, forcing the United Nations to suspend flights.", code: "170", none: true},
		// must not: a finite verb, a participle after a measure
		{why: "a finite forced", text: "Kenya forced Somalia to withdraw its envoy.", code: "170", src: "KEN", tgt: "SOM"},
		{why: "after a freeze", text: "Hungary froze the bank accounts of the charity, forcing Oxfam to halt its work in the country.", code: "170", src: "HUN", tgt: "NGO"},
	})
}

// TestX34RejectedContent: an act only asked, offered or proposed in the
// object of a rejection is what was turned down, not done; a demand or a
// threat the rejecting party makes after a comma or "and" stays. Every
// sentence was written for this test.
func TestX34RejectedContent(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded the act turned down
		{why: "a request to meet rejected", text: "Myanmar's junta rejected the Thai envoy's request to meet Aung San Suu Kyi.", code: "04", none: true},
		{why: "an offer to mediate turned down", text: "Kenya turned down an offer by Uganda to mediate in the border dispute.", code: "04", none: true},
		{why: "a bid to join, vote refused", text: "Turkey refused to hold a vote on Finland's bid to join NATO.", code: "05", none: true},
		// must not: the rejecting party's own demand or threat
		{why: "a demand after a comma", text: "Kenya rejected the ceasefire plan, demanding that Uganda withdraw its troops from the border.", code: "10", src: "KEN", tgt: "UGA"},
		{why: "a threat after and", text: "Kenya rejected the ceasefire plan and threatened to expel Uganda's ambassador.", code: "13", src: "KEN", tgt: "UGA"},
	})
}
