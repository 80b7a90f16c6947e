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
