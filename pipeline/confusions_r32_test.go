package pipeline

import "testing"

// TestR32MutualHalt: parties that agree to stop attacking each other, or
// to end hostilities, agree a truce (0871), as "agreed to a ceasefire"
// does; one side's own halt stays an intent to de-escalate (0356), and a
// strike on targets is no labour strike.
func TestR32MutualHalt(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "stop attacking each other", text: "Qatar said Israel and Hezbollah had agreed to stop attacking each other along the border.", code: "0871", src: "ISR", tgt: "LBN"},
		{why: "halt strikes on each other's ports", text: "Eritrea and Ethiopia agreed to halt strikes on each other's ports, the mediators said.", code: "0871", src: "ERI", tgt: "ETH"},
		{why: "cease hostilities", text: "The army and the rebels agreed to cease hostilities in Darfur for two weeks.", code: "0871", src: "-", tgt: "-"},
		// must not: one side's halt is its intent, a strike on a target is
		// not labour unrest, and a labour strike called off stays 0352
		{why: "one side's own offensive", text: "Turkey agreed to halt its offensive in northern Syria.", code: "0356", src: "TUR", tgt: "-"},
		{why: "one side's halt is no truce", text: "Turkey agreed to halt its offensive in northern Syria.", code: "0871", none: true},
		{why: "a labour strike", text: "Nigerian doctors agreed to call off their strike over unpaid wages.", code: "0352", src: "NGA", tgt: "-"},
	})
}

// TestR32IrregularVictims: armed men outside a state's forces who kill
// people the pattern names only in words ("killed some 300 people", no
// actor for a target) use unconventional violence (180), as they do when
// the victims are a civilian actor; policemen or soldiers named first keep
// the fight (190), as does a state's own troops.
func TestR32IrregularVictims(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "raided and killed some people", text: "Gunmen raided the town and killed some 300 people.", code: "180", src: "-", tgt: "-"},
		{why: "rebels, a mining site", text: "Rebels raided a mining site and killed some 40 people.", code: "180", src: "-", tgt: "-"},
		// must not: armed victims named first, and a state's own troops
		{why: "policemen first", text: "Gunmen stormed the town and killed some 12 policemen and 40 people.", code: "180", none: true},
		{why: "a state's troops", text: "Malian troops raided the town and killed some 20 people.", code: "180", none: true},
	})
}
