package pipeline

import "testing"

// TestS33HostStateTarget: a state's strike on the sites or fighters of a
// non-state armed group inside another state is force used on that state
// (hostStateTarget): the target is the host state, as "Houthi targets in
// Yemen" is Yemen. A named person killed, a strike on one's own ground
// and a strike on two states at once keep the group.
func TestS33HostStateTarget(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "Islamic State targets in a state", text: "Jordanian jets bombed Islamic State targets in Libya overnight.", code: "195", src: "JOR", tgt: "LBY"},
		{why: "hideouts of a group inside another state", text: "Iranian jets bombed suspected hideouts of the Pakistani Taliban inside Afghanistan.", code: "195", src: "IRN", tgt: "AFG"},
		{why: "fighters in a state", text: "French jets carried out air strikes against Islamic State fighters in northern Somalia.", code: "195", src: "FRA", tgt: "SOM"},
		// must not: one's own ground, two states, a named leader
		{why: "own ground", text: "Pakistani jets bombed militant hideouts in Waziristan, the army said.", code: "195", src: "PAK", tgt: "PAK"},
		{why: "two states", text: "Turkish jets struck 32 PKK targets in Iraq and Syria.", code: "195", src: "TUR", tgt: "TUR"},
		{why: "own group's men abroad", text: "Turkish jets killed 20 PKK militants in northern Iraq.", code: "19", src: "TUR", tgt: "TUR"},
		{why: "a place after another preposition", text: "Pakistani troops killed nine militants in a raid near the Afghan border.", code: "19", src: "PAK", tgt: "PAK"},
		{why: "a named leader killed", text: "A US drone strike killed Maher al-Agal, a leader of Islamic State, in Syria.", code: "19", src: "USA", tgt: "IMG"},
	})
}
