package pipeline

import "testing"

// TestF37JournaleseConsult: the journalese of calls, mediation, talks,
// signing and recognition that dev34 found missing (041, 045, 046, 054,
// 057, 010), each next to the literal sense that must stay silent.
func TestF37JournaleseConsult(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "rang a leader", text: "MOSCOW - The Russian president rang the German chancellor on Friday to discuss the gas crisis.", code: "041", src: "RUS", tgt: "DEU"},
		{why: "got on the phone to", text: "The Turkish president got on the phone to his Iranian counterpart late on Sunday.", code: "041", src: "TUR", tgt: "IRN"},
		{why: "played go-between", text: "Oman played go-between in secret talks between Iran and the United States.", code: "045", src: "OMN", tgt: "-"},
		{why: "came face to face at the table", text: "Sudan's army and the RSF came face to face at the negotiating table in Jeddah on Saturday.", code: "046", src: "SDN", tgt: "SDN"},
		{why: "signed on the dotted line", text: "Kosovo and Serbia signed on the dotted line in Washington on Friday.", code: "057", src: "KSV", tgt: "SRB"},
		{why: "inked a commitment", text: "India and Japan inked a commitment on a high-speed rail link on Monday.", code: "057", src: "IND", tgt: "JPN"},
		{why: "blessing to independence", text: "Russia gave its blessing to South Ossetia's independence on Tuesday.", code: "054", src: "RUS", tgt: "-"},
		{why: "weighed in on the unrest", text: "The Chinese foreign ministry weighed in on the unrest in Kazakhstan on Friday.", code: "010", src: "CHN", tgt: "-"},
		// must not
		{why: "bells rang", text: "Church bells rang out across Poland on Sunday for the late pope.", code: "041", none: true},
		{why: "got on a plane", text: "The Kenyan president got on a plane to Washington on Sunday.", code: "041", none: true},
		{why: "played a role in a film", text: "The Egyptian actor played a peacemaker in a film about the 1973 war.", code: "045", none: true},
		{why: "troops face to face", text: "Indian and Chinese troops came face to face in the Galwan valley on Monday.", code: "046", none: true},
		{why: "a pledge not to act is a promise", text: "Both militias signed a pledge not to use force against civilians.", code: "057", none: true},
		{why: "petition signed", text: "Thousands of Britons signed a petition against the new tax on Friday.", code: "057", none: true},
		{why: "blessing to a wedding", text: "The archbishop gave his blessing to the royal couple in Canterbury.", code: "054", none: true},
	})
}
