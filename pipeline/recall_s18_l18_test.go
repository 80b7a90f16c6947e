package pipeline

import "testing"

// TestRecallS18L18 keeps L18's rules of the eighteenth session: a
// relative clause on a sentenced defendant skipped whole, sentences
// passed only by courts and states, "upheld the sentence of", and
// wanted men or migrants handed over, a court's defendant read apart from
// the crime's object. Sentences written for this test.
func TestRecallS18L18(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// A relative clause between "sentenced" and "to" + penalty.
		{why: "relative clause with a to-phrase of its own", text: "A court in Osaka sentenced a former defence official who passed secrets to a Chinese agent to three years in prison.", code: "116", src: "JPN", tgt: "-"},
		{why: "relative clause, prison derived", text: "A court in Osaka sentenced a former defence official who passed secrets to a Chinese agent to three years in prison.", code: "173", src: "JPN", tgt: "-"},
		{why: "relative clause with a finite verb", text: "A Dutch court sentenced a nurse who poisoned three patients in Utrecht to life in prison.", code: "116", src: "NLD", tgt: "-"},
		{why: "relative clause between commas", text: "A court in Minsk sentenced the blogger, who had mocked the president online, to nine years in a penal colony.", code: "173", src: "BLR", tgt: "-"},
		{why: "relative clause, known defendant", text: "An Egyptian military court sentenced an officer who leaked documents to a newspaper to 15 years in prison.", code: "116", src: "EGY", tgt: "EGY"},
		{why: "relative clause, death sentence", text: "A Pakistani court sentenced a man who killed a police officer in Lahore to death.", code: "116", src: "PAK", tgt: "-"},
		{why: "must not: no penalty after the relative clause", text: "The court sentenced a teacher who complained to the ministry about the curriculum.", code: "173", none: true},
		{why: "must not: a death sentence derives no prison", text: "A Pakistani court sentenced a man who killed a police officer in Lahore to death.", code: "173", none: true},
		// Sentences passed by private people are metaphors.
		{why: "must not: voters sentence a party", text: "Voters in Canada sentenced the Liberal Party to a decade in opposition.", code: "116", none: true},
		{why: "must not: fans sentence a coach", text: "Fans in Argentina sentenced the coach to years of exile.", code: "116", none: true},
		{why: "must not: fans sentence a coach, no prison", text: "Fans in Argentina sentenced the coach to years of exile.", code: "173", none: true},
		{why: "a state sentences", text: "Iran sentenced a Swedish tourist to ten years in prison.", code: "116", src: "IRN", tgt: "SWE"},
		{why: "a military court sentences", text: "A military court in Kinshasa sentenced 25 soldiers to death.", code: "116", src: "COD", tgt: "-"},
		// "upheld the sentence of".
		{why: "upheld the sentence of", text: "Saudi Arabia's top court upheld the death sentence of the Saudi cleric.", code: "116", src: "SAU", tgt: "SAU"},
		{why: "confirmed the conviction of", text: "Turkey's appeals court confirmed the conviction of the Kurdish politician.", code: "116", src: "TUR", tgt: "-"},
		{why: "must not: upheld a tradition of", text: "The Indian prime minister upheld the tradition of the Republic Day parade.", code: "11", none: true},
		// Wanted men and migrants handed over.
		{why: "wanted man surrendered", text: "Georgia surrendered the wanted oligarch to Ukraine.", code: "063", src: "GEO", tgt: "UKR"},
		{why: "suspects surrendered, a capital", text: "Albania surrendered two fugitive suspects to Rome on Friday.", code: "063", src: "ALB", tgt: "ITA"},
		{why: "must not: a force surrenders", text: "The militants surrendered to the Nigerian army in Borno.", code: "063", none: true},
		{why: "migrants repatriated", text: "Algeria repatriated 400 migrants to Niamey.", code: "174", src: "DZA", tgt: "NER"},
		{why: "must not: bodies repatriated", text: "Algeria repatriated the bodies of 12 migrants to Niger.", code: "174", none: true},
		{why: "fugitive returned in the passive", text: "The fugitive banker was handed over to Moldova by Romanian police.", code: "063", src: "ROU", tgt: "MDA"},
		// A court's defendant: not the crime's object, and of the court's state.
		{why: "crime's object is no target", text: "A court in Rabat jailed the singer for three years for insulting the Saudi king.", code: "116", src: "MAR", tgt: "MAR"},
		{why: "crime's object is no target, 173", text: "A Tunisian court sentenced the comedian to two years in prison for mocking the French ambassador.", code: "173", src: "TUN", tgt: "TUN"},
		{why: "must not: a named defendant before the crime stays", text: "An Iranian court sentenced a German citizen to ten years for spying for Israel.", code: "116", src: "IRN", tgt: "DEU"},
		{why: "defendant with no country takes the court's", text: "A court in Tunis refused bail to the opposition figure Abir Moussi.", code: "173", src: "TUN", tgt: "TUN"},
		{why: "must not: a fugitive travels", text: "The fugitive banker returned to Moldova by car.", code: "063", none: true},
	})
}
