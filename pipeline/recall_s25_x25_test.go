package pipeline

import (
	"strings"
	"testing"
)

// TestS25X25OwnedOrPunished: an act named after "responsibility for" (or
// "credit for") or after a court's sentence or conviction "for" is the act
// the claim or the ruling refers to, not an act of the sentence
// (verb/referred_x25.go, ownedOrPunished, asked by backgroundNominal); the
// claim (015) and the ruling stay, and so does an act a relative clause
// tells more of, an act condemned, and an act retaliated for.
func TestS25X25OwnedOrPunished(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "keep: the claim", text: "Boko Haram claimed responsibility for the bombing of a mosque in Maiduguri.", code: "015", src: "NGA", tgt: "-"},
		{why: "must not: the bombing claimed", text: "Boko Haram claimed responsibility for the bombing of a mosque in Maiduguri.", code: "18", none: true},
		{why: "must not: the massacre acknowledged", text: "The Serbian government acknowledged responsibility for the massacre of civilians in Racak.", code: "20", none: true},
		{why: "keep: the acknowledgement", text: "The Serbian government acknowledged responsibility for the massacre of civilians in Racak.", code: "015", src: "SRB", tgt: "-"},
		{why: "must not: the attacks a court sentenced for", text: "A Paris court sentenced Salah Abdeslam to life in prison for the attacks on the Bataclan theatre.", code: "18", none: true},
		{why: "keep: the sentence", text: "A Paris court sentenced Salah Abdeslam to life in prison for the attacks on the Bataclan theatre.", code: "116", src: "FRA", tgt: "-"},
		{why: "must not: the torture a court convicted for", text: "A German court convicted a Syrian colonel for the torture of detainees in Damascus.", code: "18", none: true},
		{why: "keep: the conviction", text: "A German court convicted a Syrian colonel for the torture of detainees in Damascus.", code: "116", src: "DEU", tgt: "SYR"},
		{why: "must not: a second act noun after and", text: "Al-Shabaab claimed responsibility for Saturday's suicide bombing and gun attack at a hotel in Mogadishu.", code: "18", none: true},
		{why: "keep: a bombing told further", text: "Islamic State claimed responsibility for the bombing of a church in Jolo that killed 20 people.", code: "183", src: "IMG", tgt: "PHL"},
		{why: "keep: a bombing condemned", text: "Britain condemned the bombing of a hospital in Aleppo.", code: "183", src: "-", tgt: "SYR"},
		{why: "keep: the attack reported, then claimed", text: "Al-Shabaab fighters attacked a hotel in Mogadishu, and the group claimed responsibility for the assault.", code: "18", src: "SOM", tgt: "SOM"},
	})
}

// TestS25X25NearMiss: an act one came close to, came within hours of or
// avoided did not happen (negated, verb/nearmiss_x25.go, nearMiss asked
// from modality); one "was about to" do is hypothetical, one "is about
// to" do future. A negated avoidance ("did not avoid striking") and a
// count after "about" stay as they were.
func TestS25X25NearMiss(t *testing.T) {
	p := newTestPipeline(t)
	checkModalityCases(t, p, []x25ModalityCase{
		{why: "came close to striking", text: "India came close to striking Pakistan in 2019.", code: "190", negated: true},
		{why: "narrowly avoided striking", text: "The coalition narrowly avoided striking a hospital in Sanaa.", code: "190", negated: true},
		{why: "keep: did not avoid striking", text: "The coalition did not avoid striking the hospital.", code: "190"},
		{why: "was about to storm", text: "The army was about to storm the parliament building.", code: "190", hypothetical: true},
		{why: "were about to arrest", text: "Police were about to arrest the opposition leader.", code: "173", hypothetical: true},
		{why: "keep: about as a count", text: "Police arrested about 200 protesters in Minsk.", code: "173"},
	})
}

// TestS25X25FigureChange: a statement that only passes on a figure that
// rose or fell to a level ("fell to a record low", "fell to 135,000") is
// no act (verb/figure_x25.go, figureChange, a sign for contentless); a
// statement whose content names a political act or actor stays.
func TestS25X25FigureChange(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "births to a record low", text: "Spain's statistics institute said births fell to a record low of 322,000 last year.", code: "01", none: true},
		{why: "births to a number", text: "Births in Taiwan fell to 135,000 last year, the interior ministry said.", code: "01", none: true},
		{why: "keep: attacks rose", text: "Ukraine said Russian attacks on Kharkiv rose to 40 a day.", code: "19", src: "RUS", tgt: "UKR"},
		{why: "keep: a strike's toll", text: "The death toll from the Israeli strike rose to 45, the Gaza health ministry said.", code: "010", src: "PSE", tgt: "-"},
		{why: "keep: relations grown", text: "Iran's foreign minister said relations with Saudi Arabia had grown to a new level.", code: "010", src: "IRN", tgt: "-"},
	})
}

// x25ModalityCase: the first event whose CAMEO starts with code must carry
// exactly these negated and hypothetical flags.
type x25ModalityCase struct {
	why, text, code       string
	negated, hypothetical bool
}

func checkModalityCases(t *testing.T, p *Pipeline, cases []x25ModalityCase) {
	t.Helper()
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for i := range evs {
			e := &evs[i]
			if !strings.HasPrefix(e.CAMEO, c.code) {
				continue
			}
			found = true
			if e.Modality.Negated != c.negated || e.Modality.Hypothetical != c.hypothetical {
				t.Errorf("%s: %q %s negated=%v hypothetical=%v, want %v %v", c.why, c.text, e.CAMEO, e.Modality.Negated, e.Modality.Hypothetical, c.negated, c.hypothetical)
			}
			break
		}
		if !found {
			t.Errorf("%s: %q coded no %s event; got %s", c.why, c.text, c.code, describe(evs))
		}
	}
}
