package pipeline

import (
	"strings"
	"testing"
)

// d20Case: an event of code with a source country and every one of the
// target countries listed (comma-separated); none: no event of the code
// may have a target of that country (or any target, when tgt is "").
type d20Case struct {
	why, text string
	code      string
	src, tgt  string
	none      bool
}

// TestS20D20Recall codes sentences written for D20's causes in the
// registers of live blogs and posts, long-form analysis, and the Latin
// American and Southeast Asian press (none taken from dev20): a mediation
// (045) whose parties are the sides of the sentence's other act
// (pipeline/mediated_d20.go), a broker named in a relative clause on the
// deal ("a deal that Qatar had brokered", 04-consult.txt), and
// capitalised "the Palace" and "the Executive" as the story's government
// (actors/sectors.txt), and people a state's force shoots followed by a
// participle of protest (175, verb/protestdeaths_d20.go). The must-not rows
// keep a mediator's own act, an unknown party, Crystal Palace, an
// executive order, the Executive Yuan, a demonym with no protest,
// kidnappers marching hostages, a raid on a hideout, border crossers and
// gunmen out.
func TestS20D20Recall(t *testing.T) {
	p := newTestPipeline(t)
	cases := []d20Case{
		// Mediation toward each party of the act brokered.
		{why: "deal that X had brokered", text: "Lebanon and Israel agreed to demarcate their maritime border in a deal that the United States had brokered.", code: "045", src: "USA", tgt: "LBN,ISR"},
		{why: "exchange that X mediated", text: "Russia and Ukraine exchanged 200 prisoners of war under a deal that the United Arab Emirates had mediated.", code: "045", src: "ARE", tgt: "RUS,UKR"},
		{why: "tried to mediate a blockade", text: "Armenia closed its border with Turkey and imposed an embargo that Georgia tried for months to mediate.", code: "045", src: "GEO", tgt: "ARM,TUR"},
		{why: "truce mediated, release stated", text: "Colombia freed 30 ELN prisoners on Friday as part of a truce mediated by Cuba and Norway.", code: "045", src: "CUB", tgt: "COL"},
		{why: "restored ties in a deal", text: "Rwanda restored diplomatic relations with Burundi in a deal that Tanzania had brokered.", code: "045", src: "TZA", tgt: "RWA,BDI"},
		{why: "own act gives no parties", text: "Egypt, which mediated the truce, condemned Israel's strike on Rafah.", code: "045", tgt: "ISR", none: true},
		{why: "unknown party gives none", text: "Gunmen released 40 hostages on Monday as part of a truce mediated by Kenya.", code: "045", tgt: "KEN", none: true},
		{why: "a signer is no broker", text: "Kenya signed the deal that ended the dispute with Uganda.", code: "045", tgt: "UGA", none: true},
	}
	checkD20Cases(t, p, cases)
	checkRootCases(t, p, []rootCase{
		// "the Palace" and "the Executive": the story's government.
		{why: "the Palace accused", text: "In Manila, the Palace accused the opposition senators of spreading propaganda about the South China Sea.", code: "112", src: "PHL", tgt: "-"},
		{why: "the Palace accused a person", text: "The Palace accused Vice President Sara Duterte of threatening the life of the President, Philippine officials said.", code: "112", src: "PHL", tgt: "PHL"},
		{why: "the Palace condemned", text: "President Marcos' spokesman said the Palace condemned the Chinese coast guard's attack on Philippine navy boats.", code: "111", src: "PHL", tgt: "CHN"},
		{why: "the Executive declared", text: "In Peru, the Executive declared a state of emergency in Lima and Callao after a wave of extortion killings.", code: "1724", src: "PER", tgt: "-"},
		{why: "the Executive expelled", text: "The Executive expelled the Mexican ambassador from Quito, Ecuador's foreign ministry said.", code: "161", src: "ECU", tgt: "MEX"},
		{why: "Crystal Palace is a club", text: "Crystal Palace beat Manchester United in London on Saturday.", code: "19", none: true},
		{why: "an executive order", text: "President Biden signed an executive order on Taiwan on Monday.", code: "010", none: true},
		{why: "the Executive Yuan", text: "The Executive Yuan approved a special defence budget in Taipei on Thursday.", code: "010", none: true},
		// A state's force that shoots people at a protest: repression.
		{why: "participle protesting", text: "Peruvian soldiers shot dead six farmers protesting against the mine in Apurimac.", code: "175", src: "PER", tgt: "PER"},
		{why: "participle demonstrating", text: "Kenyan police shot dead three people demonstrating against the finance bill in Nairobi.", code: "175", src: "KEN", tgt: "KEN"},
		{why: "marching on the capital", text: "Security forces killed 12 miners marching on the capital, the union said.", code: "175", src: "-", tgt: "-"},
		{why: "demonym with no protest", text: "Israeli troops shot dead two Palestinians in Jenin.", code: "175", none: true},
		{why: "marching hostages", text: "Police killed three suspected kidnappers marching hostages through the forest.", code: "175", none: true},
		{why: "stormed a hideout", text: "Soldiers shot dead five people when they stormed the rebel hideout in Mindanao.", code: "175", none: true},
		{why: "crossing the border", text: "Turkish troops killed 12 Syrians crossing the border near Kilis.", code: "175", none: true},
		{why: "gunmen are no state force", text: "Gunmen shot dead four people protesting against the mine in Guerrero.", code: "175", none: true},
	})
}

func checkD20Cases(t *testing.T, p *Pipeline, cases []d20Case) {
	t.Helper()
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for i := range evs {
			e := &evs[i]
			if e.Modality.Negated || e.CAMEO != c.code {
				continue
			}
			if c.none {
				if c.tgt == "" && len(e.Target) > 0 || c.tgt != "" && hasCountry(e.Target, c.tgt) {
					t.Errorf("%s: %q coded %s %s>%s, want no such target", c.why, c.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
				}
				continue
			}
			ok := hasCountry(e.Source, c.src)
			for _, w := range strings.Split(c.tgt, ",") {
				ok = ok && hasCountry(e.Target, w)
			}
			if ok {
				found = true
			}
		}
		if !c.none && !found {
			t.Errorf("%s: %q coded no %s %s>%s; got %s", c.why, c.text, c.code, c.src, c.tgt, describe(evs))
		}
	}
}
