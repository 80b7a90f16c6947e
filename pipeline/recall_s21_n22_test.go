package pipeline

import "testing"

// TestRecallN22 codes sentences written for N22's faults (twenty-first
// session): each row a general cause, with must-not rows where the rule
// must stay silent or keep the older reading.
func TestRecallN22(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// 1. Armed men entering a capital named as its state take it.
		{why: "fighters entered a capital", text: "Taliban fighters entered Kabul on Sunday as the president fled the country.", code: "192", src: "AFG", tgt: "AFG"},
		{why: "rebels entered a capital, year", text: "Houthi rebels entered Sanaa in September 2014 after weeks of protests.", code: "192", src: "YEMREB", tgt: "YEM"},
		{why: "a clause joined by and after the town", text: "Seleka rebels entered Bangui and the president fled to Cameroon.", code: "192", src: "CAFREB", tgt: "CAF"},
		{why: "the as-clause's subject is no town taken", text: "Jihadists entered Timbuktu in April 2012 as Malian soldiers withdrew.", code: "192", src: "-", tgt: "MLI"},
		{why: "rebel forces, another capital", text: "Rebel forces entered Tripoli on Sunday night.", code: "192", src: "LBYREB", tgt: "LBY"},
		{why: "a provincial city standing for its state", text: "Taliban fighters entered Kunduz at dawn.", code: "192", src: "AFGREB", tgt: "AFG"},
		{why: "must-not: a delegation entered a capital", text: "The delegation entered Kabul on Tuesday for talks with the Taliban.", code: "19", none: true},
		{why: "must-not: refugees entered a state", text: "Refugees entered Poland at the Medyka crossing.", code: "19", none: true},
		{why: "must-not: the metonym entered talks", text: "Kabul entered talks with Islamabad over the border dispute.", code: "19", none: true},
		{why: "must-not: refugees entered a capital", text: "Thousands of refugees entered Kinshasa from the east.", code: "19", none: true},
		{why: "must-not: a minister entered a capital", text: "The Iranian foreign minister entered Damascus on a surprise visit.", code: "19", none: true},
		// 2. A territory named like a state handed over.
		{why: "handed back, a territory named like a state", text: "Britain handed Hong Kong back to China in 1997.", code: "0874", src: "GBR", tgt: "CHN"},
		{why: "returned to X rule", text: "Portugal returned Macau to Chinese rule in 1999.", code: "0874", src: "PRT", tgt: "CHN"},
		{why: "a city standing for its state handed back", text: "The United States handed Okinawa back to Japan in 1972.", code: "0874", src: "USA", tgt: "JPN"},
		{why: "ceded", text: "Britain ceded Hong Kong to China.", code: "0874", src: "GBR", tgt: "CHN"},
		{why: "handed over at midnight", text: "Britain handed Hong Kong over to China at midnight.", code: "0874", src: "GBR", tgt: "CHN"},
		{why: "a territory no actor names", text: "Israel returned Sinai to Egypt in 1982 under the peace treaty.", code: "0874", src: "ISR", tgt: "EGY"},
		{why: "must-not: a letter handed back", text: "The minister handed the letter back to the ambassador.", code: "087", none: true},
		{why: "must-not: documents handed back to a state", text: "Britain handed the documents back to China.", code: "087", none: true},
		{why: "must-not: a suspect handed back", text: "Britain handed a Chinese suspect back to China.", code: "087", none: true},
		{why: "must-not: a case returned", text: "The court returned Kenya's case to the lower chamber.", code: "087", none: true},
		{why: "must-not: a drug lord handed over", text: "Mexico handed Guzman over to the United States.", code: "087", none: true},
		{why: "must-not: an envoy returned", text: "Turkey returned Sweden's ambassador to Stockholm.", code: "087", none: true},
		{why: "must-not: refugees handed back", text: "Turkey handed the Syrian refugees back to Syria.", code: "087", none: true},
		// 3. An aid agency that pauses or stops its work.
		{why: "the ICRC paused its work", text: "The ICRC paused its work in northern Mali after two of its staff were abducted.", code: "1623", src: "NGOHLHIRC", tgt: "MLI"},
		{why: "the abduction is of the agency's staff", text: "The ICRC paused its work in northern Mali after two of its staff were abducted.", code: "181", src: "-", tgt: "NGOHLHIRC"},
		{why: "UNHCR suspended its work", text: "UNHCR suspended its work in the camp after a staff member was killed.", code: "1623", src: "IGOUNOREFHCR", tgt: "-"},
		{why: "stopped its work is no strike for an aid agency", text: "Oxfam stopped its work in Yemen's Hodeidah province.", code: "1623", src: "NGODEVOXF", tgt: "YEM"},
		{why: "must-not: Oxfam's work stopped is no strike", text: "Oxfam stopped its work in Yemen's Hodeidah province.", code: "14", none: true},
		{why: "must-not: an army paused its operations", text: "The army paused its operations in Rafah for Ramadan.", code: "16", none: true},
		{why: "must-not: a rights group's work", text: "Amnesty International paused its work in Hong Kong.", code: "16", none: true},
		{why: "must-not: a union stopped its work", text: "The dockworkers' union stopped its work at the port of Antwerp.", code: "16", none: true},
		{why: "must-not: a firm paused its work", text: "Siemens paused its work in Russia after the invasion.", code: "16", none: true},
		// 4. A release demand is aimed at the holder.
		{why: "own fighters held by the army", text: "Boko Haram demanded the release of its fighters held by the Nigerian army.", code: "1053", src: "NGAREB", tgt: "NGAMIL"},
		{why: "own members held by police", text: "Kenya's opposition demanded the release of its members detained by police.", code: "1053", src: "KENOPP", tgt: "KENCOP"},
		{why: "captives of no named state held by a junta", text: "The EU demanded the release of journalists held by the junta in Niger.", code: "1053", src: "IGO", tgt: "NERGOV"},
		{why: "unchanged: a state's sailors held by another", text: "Ukraine demanded the release of its sailors held by Russia.", code: "1053", src: "UKR", tgt: "RUS"},
		{why: "unchanged: held in another state", text: "Canada demanded the release of its nationals held in China.", code: "1053", src: "CAN", tgt: "CHN"},
	})
}
