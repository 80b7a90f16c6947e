package pipeline

import "testing"

// TestS24X24InquiryTrip: a trip made to investigate, examine or inspect
// is the inquiry alone, not a visit (042) beside it; with no inquiry
// coded from its verb, an inquirers' trip is recoded as one (090)
// (pipeline/precision_x24.go, inquiryTrip). Trips for talks, state
// visits and trips made for another purpose stay visits.
func TestS24X24InquiryTrip(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "investigators arrive to investigate", text: "A team of UN investigators arrived in Damascus on Monday to investigate the reported use of sarin.", code: "09", src: "-", tgt: "-"},
		{why: "must not: no visit beside the inquiry", text: "A team of UN investigators arrived in Damascus on Monday to investigate the reported use of sarin.", code: "042", none: true},
		{why: "inspectors travel to inspect", text: "IAEA inspectors travelled to Pyongyang to inspect the Yongbyon reactor.", code: "09", src: "-", tgt: "-"},
		{why: "must not: inspectors' trip is no visit", text: "IAEA inspectors travelled to Pyongyang to inspect the Yongbyon reactor.", code: "042", none: true},
		{why: "experts fly in to examine", text: "A WHO team flew to Kinshasa to examine the outbreak of a new fever.", code: "042", none: true},
		{why: "inspectors arrive to assess, recoded", text: "IAEA inspectors arrived in Iran to assess the damage to the Fordow site.", code: "090", src: "IGO", tgt: "IRN"},
		{why: "must not: assessment trip is no visit", text: "IAEA inspectors arrived in Iran to assess the damage to the Fordow site.", code: "042", none: true},
		{why: "keep: a trip for talks", text: "The Iranian foreign minister arrived in Riyadh on Tuesday for talks with Saudi officials.", code: "042", src: "IRN", tgt: "SAU"},
		{why: "keep: a trip to pledge help", text: "The US secretary of state flew to Kyiv to pledge more military aid.", code: "042", src: "USA", tgt: "UKR"},
		{why: "keep: a minister assessing is visiting", text: "The German foreign minister visited Kyiv to assess the situation.", code: "042", src: "DEU", tgt: "UKR"},
		{why: "must not: a minister assessing is no inquiry", text: "The German foreign minister visited Kyiv to assess the situation.", code: "09", none: true},
		{why: "keep: an inquiry in another clause", text: "The Japanese prime minister arrived in Seoul, and police began to investigate a bomb threat.", code: "042", src: "JPN", tgt: "KOR"},
	})
}

// TestS24X24NamingTwin: ", calling it ..." after a rejection, a demand or
// a denial gives the reason for that act and is no second disapproval
// (111) (pipeline/precision_x24.go, namingTwin); after other acts, and as
// an appeal ("calling on", "calling for"), it stays.
func TestS24X24NamingTwin(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "rejected, calling it", text: "Moscow rejected the OSCE report, calling it biased.", code: "12", src: "RUS", tgt: "-"},
		{why: "must not: the name given to a rejection", text: "Moscow rejected the OSCE report, calling it biased.", code: "11", none: true},
		{why: "must not: results rejected as a sham", text: "The opposition rejected the official results in Kinshasa, calling them a sham.", code: "11", none: true},
		{why: "demanded, calling the detention", text: "Hanoi demanded the release of 12 fishermen held by China, calling the detention illegal.", code: "10", src: "VNM", tgt: "CHN"},
		{why: "must not: the name given to a demand", text: "Hanoi demanded the release of 12 fishermen held by China, calling the detention illegal.", code: "11", none: true},
		{why: "must not: demanded that, calling", text: "Baghdad demanded that Turkey pull its troops out of Bashiqa, calling their presence illegal.", code: "11", none: true},
		{why: "must not: a denial's reason", text: "Rwanda denied that its troops had crossed into Congo, calling the reports fabricated by its enemies.", code: "11", none: true},
		{why: "keep: the denial itself", text: "Rwanda denied that its troops had crossed into Congo, calling the reports fabricated by its enemies.", code: "016", src: "RWA", tgt: "-"},
		{why: "keep: criticised, calling it", text: "Pakistan criticised India's new visa rules, calling them discriminatory.", code: "11", src: "PAK", tgt: "IND"},
		{why: "keep: a name after an expulsion", text: "Ankara expelled the Dutch ambassador, calling the Netherlands a fascist state.", code: "11", src: "TUR", tgt: "NLD"},
		{why: "keep: a name after talks suspended", text: "Beijing suspended trade talks with Canberra, calling Australia's inquiry demand a provocation.", code: "11", src: "CHN", tgt: "AUS"},
		{why: "keep: the rejection itself", text: "Iran rejected the American proposal, calling it a trap.", code: "12", src: "IRN", tgt: "USA"},
		{why: "keep: calling on after a rejection", text: "Serbia rejected the EU report and condemned Kosovo, calling on Pristina to respect the deal.", code: "11", src: "SRB", tgt: "-"},
	})
}

// TestS24X24GenericAct: a present-tense clause with an adverb of habit or
// a schedule ("every two weeks", "each year", "usually", "rarely") tells
// how things go, and codes nothing (pipeline/precision_x24.go,
// genericAct); past acts, acts in another clause, and present-tense
// headlines without such a word still code.
func TestS24X24GenericAct(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a briefing every Monday", text: "The Kenyan defence ministry holds a news briefing on operations against al Shabaab every Monday.", code: "01", none: true},
		{why: "a briefing every two weeks", text: "Ghana's army holds a news conference on its operations every two weeks, usually on a Friday.", code: "01", none: true},
		{why: "must not: no act from a schedule's nouns", text: "Ghana's army holds a news conference on its operations every two weeks, usually on a Friday.", code: "19", none: true},
		{why: "usually mediates", text: "Egypt usually mediates between Israel and Hamas.", code: "04", none: true},
		{why: "rarely criticises", text: "Iran rarely criticises Russia in public.", code: "11", none: true},
		{why: "marked each year", text: "The Indian army's founding is marked each year on January 15.", code: "01", none: true},
		{why: "keep: the past act beside a habit", text: "Hamas fighters usually fire rockets at Israeli towns at night, and on Monday Israel struck Gaza.", code: "190", src: "ISR", tgt: "PSE"},
		{why: "keep: a habit in the past tense is history", text: "Iran rarely criticised Russia until it seized the tanker.", code: "17", src: "-", tgt: "-"},
		{why: "keep: a headline in the present", text: "Police arrest 17 after clash with protesters in Kathmandu", code: "173", src: "NPL", tgt: "-"},
		{why: "keep: a war's nightly attacks", text: "Russian drones strike Kharkiv every night, the city's mayor says.", code: "19", src: "RUS", tgt: "UKR"},
		{why: "keep: regularly is left alone", text: "The Chinese coast guard regularly fires water cannon at Philippine boats.", code: "17", src: "CHN", tgt: "PHL"},
		{why: "keep: a weekly act in the past", text: "Police arrested 40 protesters who gather every Friday outside parliament in Tbilisi.", code: "173", src: "GEO", tgt: "-"},
	})
}

// TestS24X24SettingSummit: a pair's summit after "at" or "during", once
// another act has been told, is where that act was done, not a
// consultation of its own (pipeline/precision_x24.go, settingSummit); a
// summit as the subject stays one.
func TestS24X24SettingSummit(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "apologised at a summit", text: "The Indian prime minister apologised at the India-Africa summit in Delhi for the remarks of his minister.", code: "04", none: true},
		{why: "keep: the act done at the summit", text: "The Indian prime minister apologised at the India-Africa summit in Delhi for the remarks of his minister.", code: "055", src: "IND", tgt: "-"},
		{why: "told at a summit", text: "Russia will supply Egypt with more wheat, Vladimir Putin told his Egyptian counterpart at the first Russia-Africa summit in Sochi.", code: "04", none: true},
		{why: "keep: a summit opened", text: "The India-Africa summit opened in Delhi on Monday.", code: "040", src: "IND", tgt: "-"},
		{why: "keep: a summit held", text: "A Russia-Africa summit was held in Sochi.", code: "040", src: "RUS", tgt: "-"},
		{why: "keep: leaders met at a summit", text: "US and Chinese leaders met at the APEC summit in Lima.", code: "044", src: "USA", tgt: "CHN"}, // 044: a third state's venue (thirdPlace, session 36)
	})
}
