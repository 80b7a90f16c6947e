package pipeline

import (
	"strings"
	"testing"
)

// TestRecallN22 codes sentences written for N22's faults (twenty-first
// session): each row a general cause, with must-not rows where the rule
// must stay silent or keep the older reading.
func TestRecallN22(t *testing.T) {
	p := newTestPipeline(t)
	checkN22(t, p, []rootCase{
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
		// 8. Diplomats expelled, counted; the reaction aimed at the expeller.
		{why: "a count of a state's diplomats expelled", text: "Mali's military rulers expelled two of Sweden's diplomats.", code: "161", src: "MLIGOV", tgt: "SWE"},
		{why: "its diplomats, counted, after a reaction", text: "Sweden condemned the move after Mali's military rulers expelled two of its diplomats.", code: "161", src: "MLIGOV", tgt: "SWE"},
		{why: "the move condemned is the expeller's", text: "Sweden condemned the move after Mali's military rulers expelled two of its diplomats.", code: "111", src: "SWE", tgt: "MLIGOV"},
		{why: "the decision criticised, a when clause", text: "Kenya criticised the decision when Uganda closed the border.", code: "111", src: "KEN", tgt: "UGA"},
		{why: "the move welcomed", text: "Japan welcomed the move after China lifted its ban on seafood.", code: "051", src: "JPN", tgt: "CHN"},
		{why: "must-not: a count of miners is deported", text: "Mali's junta expelled dozens of Swedish miners.", code: "16", none: true},
		{why: "must-not: the judge's own police is no target", text: "Sweden condemned the move after its own police arrested two activists.", code: "111", src: "SWE", tgt: "SWE", none: true},
		// 9. "expelled him" after an envoy named.
		{why: "him is the envoy recalled", text: "Serbia recalled its ambassador to Montenegro after Podgorica expelled him.", code: "161", src: "MNE", tgt: "SRB"},
		{why: "him is the envoy recalled, another pair", text: "Germany recalled its envoy after Moscow expelled him over the spy row.", code: "161", src: "RUS", tgt: "DEU"},
		{why: "must-not: an activist expelled is deported", text: "Police arrested the activist and Thailand expelled him to Laos.", code: "16", none: true},
		// 11. A politician's attacks at a rally, in a speech or a post are words.
		{why: "attacks at a rally", text: "Trump stepped up his attacks on Harris at a rally.", code: "111", src: "USA", tgt: "-"},
		{why: "an attack in a post", text: "Milei launched a fresh attack on Lula in a post on X.", code: "111", src: "ARG", tgt: "BRA"},
		{why: "attacks during a campaign rally", text: "Modi intensified his attacks on Rahul Gandhi during a campaign rally in Bihar.", code: "111", src: "IND", tgt: "IND"},
		{why: "must-not: an army's attacks on a city", text: "Russian forces stepped up their attacks on Kharkiv.", code: "11", none: true},
		{why: "must-not: a state's attacks reported in a speech", text: "Russia stepped up its attacks on Kharkiv, Zelensky said in a speech.", code: "11", none: true},
		{why: "must-not: rebels' attacks told in a speech", text: "Houthi rebels stepped up their attacks on shipping, the group's leader said in a televised speech.", code: "11", none: true},
	})
}

// checkN22 is checkRootCases where a sentence codes the same code twice
// ("recalled its ambassador after Podgorica expelled him": 161 both
// ways): a row is met by any unnegated event of its code with its sides.
// A must-not row with sides forbids only that event of the code.
func checkN22(t *testing.T, p *Pipeline, cases []rootCase) {
	t.Helper()
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for i := range evs {
			e := &evs[i]
			if e.Modality.Negated || !strings.HasPrefix(e.CAMEO, c.code) || !c.none && e.CAMEO != c.code && len(c.code) > 2 {
				continue
			}
			if (c.src == "" || c.src == "-" || hasCountry(e.Source, c.src)) && (c.tgt == "" || c.tgt == "-" || hasCountry(e.Target, c.tgt)) {
				found = true
				break
			}
		}
		if found == c.none {
			t.Errorf("%s: %q coded %s; want %v of %s %s>%s", c.why, c.text, describe(evs), !c.none, c.code, c.src, c.tgt)
		}
	}
}
