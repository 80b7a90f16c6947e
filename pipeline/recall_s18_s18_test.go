package pipeline

import (
	"strings"
	"testing"
)

// s18Case: an event of root (or full code) code whose source codes to
// src exactly and whose target has country tgt ("-" any); with none,
// no event of the code may have that source.
type s18Case struct {
	why, text, code, src, tgt string
	none                      bool
}

func checkS18Cases(t *testing.T, p *Pipeline, cases []s18Case) {
	t.Helper()
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for i := range evs {
			e := &evs[i]
			if e.Modality.Negated || !strings.HasPrefix(e.CAMEO, c.code) {
				continue
			}
			if actorCodes(e.Source) == c.src && (c.tgt == "-" || hasCountry(e.Target, c.tgt)) {
				found = true
				break
			}
		}
		if found == c.none {
			want := "an"
			if c.none {
				want = "no"
			}
			t.Errorf("%s: %q: want %s %s event %s>%s; got %s", c.why, c.text, want, c.code, c.src, c.tgt, describe(evs))
		}
	}
}

// TestRecallS18Sender: a bare sector that a reduced relative says a
// state sent, deployed or leads is that state's, not the scene's nor
// the story's (sender_s18.go). Backers, trainers and people with no
// country say nothing of whose the fighters are.
func TestRecallS18Sender(t *testing.T) {
	p := newTestPipeline(t)
	checkS18Cases(t, p, []s18Case{
		{why: "troops deployed by a state, fighting in another", text: "Troops deployed by Kenya clashed with al-Shabaab fighters in Somalia.", code: "19", src: "KENMIL", tgt: "SOM"},
		{why: "soldiers sent by a neighbour", text: "Soldiers sent by Rwanda attacked Congolese army positions near Goma.", code: "19", src: "RWAMIL", tgt: "COD"},
		{why: "envoy sent by a state", text: "An envoy sent by the Vatican met Ukrainian President Volodymyr Zelenskiy in Kyiv.", code: "040", src: "VATGOV", tgt: "UKR"},
		{why: "capital as the sender", text: "Diplomats sent by Beijing urged Myanmar to hold talks.", code: "02", src: "CHNGOV", tgt: "MMR"},
		{why: "force led by a state", text: "Forces led by the United Arab Emirates attacked Houthi positions in Hodeidah.", code: "19", src: "AREMIL", tgt: "YEM"},
		{why: "comma before the participle", text: "The troops, deployed by Chad last year, clashed with Boko Haram fighters in Nigeria.", code: "19", src: "TCDMIL", tgt: "NGA"},
		{why: "sent by ... to the scene", text: "Police officers sent by Kenya to Haiti arrested a gang leader in Port-au-Prince.", code: "173", src: "KENCOP", tgt: "HTI"},

		// must-not: a backer or trainer is not the fighters' state.
		{why: "backed by", text: "Rebels backed by Rwanda captured the town of Goma in eastern Congo.", code: "19", src: "RWAREB", tgt: "-", none: true},
		{why: "trained by", text: "Militants trained by Pakistan attacked an Indian army camp in Kashmir.", code: "19", src: "PAKREB", tgt: "-", none: true},
		// must-not: a commander with no state leaves the scene's army.
		{why: "led by a general", text: "Forces led by General Abdel Fattah al-Burhan attacked Khartoum.", code: "19", src: "SDNMIL", tgt: "SDN"},
		// must-not: an owner's neighbour is not the owner.
		{why: "by a possessive phrase with no state", text: "Police officers deployed by Haiti's neighbour arrested gang members in Port-au-Prince.", code: "173", src: "DOMCOP", tgt: "-", none: true},
	})
}

// TestRecallS18Received: "X received N from Z" where N is an act Z does
// to X (an apology, a warning, a protest, a visit, intelligence,
// condolences) codes Z → X, a converse frame, as "received threats
// from" and "drew criticism from" already did. Bare "intelligence"
// received is information, not Z's spies.
func TestRecallS18Received(t *testing.T) {
	p := newTestPipeline(t)
	checkS18Cases(t, p, []s18Case{
		{why: "apology got", text: "Qatar got an apology from Egypt after the television broadcast.", code: "055", src: "EGY", tgt: "QAT"},
		{why: "written apology", text: "The Philippines received a written apology from China over the collision.", code: "055", src: "CHN", tgt: "PHL"},
		{why: "warning with an infinitive", text: "Lebanon received a warning from Israel to stay out of the conflict.", code: "130", src: "ISR", tgt: "LBN"},
		{why: "plural warnings", text: "North Macedonia received warnings from Bulgaria over the language dispute.", code: "130", src: "BGR", tgt: "MKD"},
		{why: "formal complaint", text: "Moldova received a formal complaint from Romania about the treatment of its citizens.", code: "114", src: "ROU", tgt: "MDA"},
		{why: "protest to an embassy", text: "The Chinese embassy received a protest from Vietnam over the oil rig.", code: "114", src: "VNM", tgt: "CHN"},
		{why: "visit from a minister", text: "Iraq received a visit from the Iranian foreign minister on Sunday.", code: "042", src: "IRNGOV", tgt: "IRQ"},
		{why: "state visit", text: "Ethiopia received a state visit from Kenya's president.", code: "042", src: "KENGOV", tgt: "ETH"},
		{why: "intelligence received", text: "Kenya received intelligence from Britain about the plot.", code: "064", src: "GBR", tgt: "KEN"},
		{why: "information received", text: "Jordan received information from Saudi Arabia about the smuggling network.", code: "064", src: "SAU", tgt: "JOR"},
		{why: "condolences received", text: "Morocco received condolences from Algeria after the earthquake.", code: "018", src: "DZA", tgt: "MAR"},
		{why: "messages of sympathy", text: "Indonesia received messages of sympathy from Australia after the tsunami.", code: "018", src: "AUS", tgt: "IDN"},

		// must-not: the receiver is not the one who apologised.
		{why: "apology not reversed", text: "Colombia received an apology from Venezuela for the incursion.", code: "055", src: "COL", tgt: "-", none: true},
		// must-not: an apology demanded is no apology made.
		{why: "apology demanded", text: "Colombia demanded an apology from Venezuela for the incursion.", code: "055", src: "VEN", tgt: "-", none: true},
		// must-not: bare intelligence received is not the giver's spies.
		{why: "no spies in received intelligence", text: "Israel received intelligence from Jordan about the planned attack.", code: "043", src: "ISR", tgt: "JOR", none: true},
		// must-not: information from officials after a gap is no sharing.
		{why: "information on a fire", text: "The minister received information on the fire from local officials.", code: "064", src: "---GOV", tgt: "-", none: true},
		// must-not: a service named by its country stays the service.
		{why: "US intelligence said", text: "US intelligence said Russia was preparing an attack.", code: "010", src: "USASPY", tgt: "-"},
	})
}

// TestRecallS18Paren: an aside in brackets between a subject and its
// verb is skipped as a comma or dash aside is: nothing inside it is the
// subject, and a pattern's gap begun inside it ends at ")".
func TestRecallS18Paren(t *testing.T) {
	p := newTestPipeline(t)
	checkS18Cases(t, p, []s18Case{
		{why: "protest of the main verb, not 'holds ... protest'", text: "The Philippines (which holds the ASEAN chair) protested to China over the water cannon attack.", code: "114", src: "PHL", tgt: "CHN"},
		{why: "an actor inside the brackets is not the subject", text: "Germany (which holds the rotating EU presidency) urged Turkey to release the journalists.", code: "02", src: "DEU", tgt: "TUR"},
		{why: "whose-aside in brackets", text: "Pakistan (whose army has staged military exercises near the border) warned India against an attack.", code: "13", src: "PAK", tgt: "IND"},
		{why: "the bloc named inside", text: "Hungary (which has blocked EU aid to Ukraine for months) criticised Brussels over the sanctions.", code: "111", src: "HUN", tgt: "-"},

		// must-not: the gap of "hold ... protest" does not leave the brackets.
		{why: "no 141 from 'holds ... protested'", text: "Russia (which holds the rotating chair) protested to Somalia.", code: "141", src: "RUS", tgt: "-", none: true},
		// must-not: brackets crossed whole inside a pattern still match.
		{why: "talks (aside) with", text: "Indonesia held talks (the first in a decade) with Malaysia on the border.", code: "040", src: "IDN", tgt: "MYS"},
		{why: "deal (aside) with", text: "Ghana signed a deal (worth $2 billion) with China to build roads.", code: "057", src: "GHA", tgt: "CHN"},
		// must-not: an acronym in brackets keeps its body the subject.
		{why: "acronym in brackets", text: "The African Union (AU) suspended Mali after the coup.", code: "16", src: "IGOAFRAFU", tgt: "MLI"},
	})
}

// TestRecallS18SentFromCapital: a capital after "a warning (threat,
// protest, complaint, condolences) from" names its state, as after
// "criticism from" (actor.sentActs); a capital that modifies a noun
// after it stays a place.
func TestRecallS18SentFromCapital(t *testing.T) {
	p := newTestPipeline(t)
	checkS18Cases(t, p, []s18Case{
		{why: "warning from Moscow", text: "Kiev received a stern warning from Moscow on Friday.", code: "130", src: "RUS", tgt: "UKR"},
		{why: "protest from Beijing", text: "Manila received a formal protest from Beijing over the reef.", code: "114", src: "CHN", tgt: "PHL"},
		{why: "condolences from Tokyo", text: "Seoul received condolences from Tokyo after the ferry disaster.", code: "018", src: "JPN", tgt: "KOR"},
		{why: "complaint from Kampala", text: "Kenya received a complaint from Kampala about the arrests.", code: "114", src: "UGA", tgt: "KEN"},

		// must-not: fans from a city are no state's threat.
		{why: "capital modifying a noun", text: "The team faced threats from London fans.", code: "130", src: "GBR", tgt: "-", none: true},
		{why: "residents of a capital", text: "A protest from Nairobi residents blocked the highway.", code: "14", src: "KEN", tgt: "-", none: true},
	})
}
