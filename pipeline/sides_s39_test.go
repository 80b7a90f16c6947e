package pipeline

import "testing"

// TestS39MilitaryInquiry: an investigation a state's armed forces open
// into a killing, a strike or a raid is aimed at their own state, not at
// the victims or the place; a named suspect, an agent after "by" and a
// civilian investigator keep their readings.
func TestS39MilitaryInquiry(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "the Pentagon, an air strike on a hospital", text: "The Pentagon opened an investigation on Monday into the air strike that hit a clinic in Helmand.", code: "09", src: "USA", tgt: "USA"},
		{why: "the army, the killing of a reporter during a raid", text: "Israel's army opened an investigation into the killing of a Reuters cameraman during a raid in Nablus.", code: "09", src: "ISR", tgt: "ISR"},
		{why: "the military, the deaths of aid workers", text: "The Israeli military launched an inquiry into the deaths of three aid workers in a drone strike.", code: "09", src: "ISR", tgt: "ISR"},
		// must not: a named suspect of another state stays the target
		{why: "into Hamas's attack", text: "The Israeli military opened an investigation into Hamas's rocket strike on Ashkelon.", code: "09", src: "ISR", tgt: "PSE"},
	})
	checkNotDyads(t, p, []notDyad{
		// must not: an agent named with "by" is the one looked into
		{why: "killed by Russian troops", text: "The Ukrainian army opened an investigation into the killing of civilians by Russian troops in Bucha.", code: "09", src: "UKRMIL", tgt: "UKR"},
		// must not: a civilian investigator looks into the act where it happened
		{why: "police are no armed forces", text: "Kenyan police opened an investigation into the killing of a British tourist in Lamu.", code: "09", src: "KENCOP", tgt: "KEN"},
	})
}

// TestS39FounderJoins: "founder" joins a founder to the body he founded,
// so a founder arrested abroad is that body's actor, not the place's
// state, and a known founder is one actor with his body.
func TestS39FounderJoins(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a founder of the Zetas cartel", text: "US agents arrested Miguel Trevino, a founder of the Zetas cartel, at a ranch in Texas.", code: "173", src: "USA", tgt: "MEX"},
		{why: "Hamas co-founder", text: "Hamas co-founder Mahmoud Zahar called on Egypt to open the Rafah crossing.", code: "02", src: "PSE", tgt: "EGY"},
		// must not: a founder of a body of no state stays without one
		{why: "the founder of a charity", text: "Police in Lagos arrested the founder of a charity.", code: "173", src: "NGA", tgt: "---NGO"},
	})
}

// TestS39RebuffReceived: a rebuff or a rejection drawn "from" a party is
// that party's rejection of the subject (a converse frame, as criticism
// drawn is); a rebuff given keeps its own subject.
func TestS39RebuffReceived(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "drawing a rebuff from", text: "Japan offered to host talks on the dispute, drawing a curt rebuff from Beijing.", code: "12", src: "CHN", tgt: "JPN"},
		{why: "received a rejection from", text: "Ukraine's peace plan received a firm rejection from Russia.", code: "12", src: "RUS", tgt: "UKR"},
		// must not: a rebuff given stays the subject's
		{why: "rebuffed", text: "India rebuffed the offer from Washington.", code: "12", src: "IND", tgt: "-"},
	})
}
