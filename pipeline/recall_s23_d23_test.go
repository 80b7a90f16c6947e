package pipeline

import "testing"

// TestS23D23Recall: causes found on dev23 (the English-language press of
// South Asia, the Latin American press in English and in translation,
// long-form magazine and think-tank analysis), each checked on sentences
// written for this test, not taken from the set.
func TestS23D23Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// attribution_d23.go: a state's trailing report of its own past act is no statement
		{why: "result, service said", text: "Gabriel Boric won Chile's presidential run-off with 55 percent of the vote, the electoral service said.", code: "010", none: true},
		{why: "a government's act, office said", text: "Nepal's government dissolved the House of Representatives on Friday, the prime minister's office said.", code: "010", none: true},
		{why: "told reporters", text: "Sri Lanka's cabinet approved a new anti-terror bill on Tuesday, the government spokesman told reporters.", code: "010", none: true},
		{why: "police act, minister announced", text: "Colombian police seized four tonnes of cocaine in Buenaventura, the defence minister announced.", code: "010", none: true},
		// must-not: another state's act, people who are no organ of the state,
		// a stance with a modal or in the present, a leading speaker
		{why: "another state's act", text: "Kim Jong Un visited a munitions factory in the north, the South Korean defence ministry said.", code: "010", src: "KOR", tgt: "-"},
		{why: "modal content, trailing speaker", text: "Indian troops will stay on the border, the army chief said.", code: "010", src: "IND", tgt: "-"},
		{why: "modal content, talks", text: "Talks on the border would resume next month in Kathmandu, Nepal's foreign minister said.", code: "010", src: "NPL", tgt: "-"},
		{why: "present content, trailing speaker", text: "The border is calm and the situation is under control, Bangladesh's home minister said.", code: "01", src: "BGD", tgt: "-"},
		{why: "told, content about the hearer", text: "Peru's envoy told Chile the talks had gone well.", code: "01", src: "PER", tgt: "-"},
		{why: "leading speaker, past content", text: "Brazil's foreign minister said on Tuesday that the talks had gone well.", code: "01", src: "BRA", tgt: "-"},
		// text/estimated_d23.go, verb/estimated_d23.go: "an estimated 300" is a quantity
		{why: "an estimated, detained: no statement", text: "Police detained an estimated 300 protesters in Dhaka on Sunday.", code: "01", none: true},
		{why: "an estimated, deported: no statement", text: "Iran deported an estimated 400,000 Afghans last year.", code: "01", none: true},
		{why: "an estimated, ordered to leave", text: "Pakistan ordered an estimated 1.7 million undocumented Afghans to leave the country.", code: "174", src: "PAK", tgt: "AFG"},
		{why: "a reported, arrested", text: "Police arrested a reported 200 opposition supporters in Karachi.", code: "173", src: "PAK", tgt: "PAK"},
		// must-not: a verb of estimating with its own subject stays a verb
		{why: "the ministry estimated", text: "Colombia's defence ministry estimated that the ELN had 5,000 fighters.", code: "010", src: "COL", tgt: "-"},
		{why: "a state estimated, number after", text: "Colombia estimated 5,000 ELN fighters were active in Arauca.", code: "010", src: "COL", tgt: "-"},
		// verb/aspect_d23.go: an aspect verb before the act tried opens no clause
		{why: "started disengaging", text: "Armenian and Azerbaijani troops started disengaging along the border on Monday.", code: "087", src: "ARM", tgt: "AZE"},
		{why: "began disengaging", text: "Thai and Cambodian forces began disengaging near the Preah Vihear temple.", code: "087", src: "THA", tgt: "KHM"},
		{why: "began to disengage", text: "The two armies began to disengage along the Line of Actual Control.", code: "087", src: "-", tgt: "-"},
		{why: "continued pounding", text: "Artillery units continued pounding rebel positions near Goma.", code: "194", src: "COD", tgt: "-"},
		// must-not: another verb's gap still stops at the aspect verb
		{why: "stopped attending, and began shelling", text: "Russian diplomats stopped attending the meetings, and Ukrainian forces began shelling Donetsk.", code: "194", src: "UKR", tgt: "-"},
		{why: "stopped attending: no de-escalation", text: "Russian diplomats stopped attending the meetings, and Ukrainian forces began shelling Donetsk.", code: "087", none: true},
		// 08-yield.txt: captives handed back to their state
		{why: "captured pilot handed back to", text: "Pakistan handed the captured pilot back to India at the Wagah border crossing on Friday.", code: "0841", src: "PAK", tgt: "IND"},
		{why: "handed back soldiers to", text: "Azerbaijan handed back five captured soldiers to Armenia on Tuesday.", code: "0841", src: "AZE", tgt: "ARM"},
		{why: "fishermen handed back to", text: "Sri Lanka handed the detained fishermen back to India at sea on Monday.", code: "0841", src: "LKA", tgt: "IND"},
		// must-not: things handed back are no persons released
		{why: "documents handed back", text: "Britain handed the documents back to China.", code: "0841", none: true},
		{why: "trucks handed back", text: "Azerbaijan handed back the seized trucks to Armenia.", code: "0841", none: true},
		// 19-fight.txt: aircraft named by their model
		{why: "shot down a MiG-21", text: "Pakistan shot down an Indian MiG-21 over Kashmir on Wednesday.", code: "190", src: "PAK", tgt: "IND"},
		{why: "an F-16 shot down a Su-24", text: "A Turkish F-16 shot down a Russian Su-24 near the Syrian border in 2015.", code: "190", src: "TUR", tgt: "RUS"},
		{why: "downed a Ka-52", text: "Ukrainian forces downed a Russian Ka-52 near Bakhmut.", code: "190", src: "UKR", tgt: "RUS"},
		// must-not: a plan shot down
		{why: "a proposal shot down", text: "Pakistan shot down the proposal for a new MiG-21 museum.", code: "19", none: true},
	})
}
