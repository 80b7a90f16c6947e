package pipeline

import "testing"

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
		{why: "keep: a bombing told further", text: "Islamic State claimed responsibility for the bombing of a church in Jolo that killed 20 people.", code: "183", src: "IMG", tgt: "PHL"},
		{why: "keep: a bombing condemned", text: "Britain condemned the bombing of a hospital in Aleppo.", code: "183", src: "-", tgt: "SYR"},
		{why: "keep: the attack reported, then claimed", text: "Al-Shabaab fighters attacked a hotel in Mogadishu, and the group claimed responsibility for the assault.", code: "18", src: "SOM", tgt: "SOM"},
	})
}
