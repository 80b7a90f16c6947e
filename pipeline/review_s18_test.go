package pipeline

import "testing"

// Review of the eighteenth session's rules (R18): sentences of our own on
// which a rule added this session misfired, next to the rule's intended
// cases, which must keep coding.

// TestReviewS18SenderBy: S18's senderBy (sender_s18.go) gave a bare
// sector the country of whoever a reduced relative says sent or led it.
// People a state pushes out ("migrants sent by Belarus", "refugees sent
// by Britain to Rwanda") are not its agents, and a leader who is only a
// national ("led by an Iranian poet", "by a Chinese engineer") does not
// make the group that state's: only the state or one of its organs.
func TestReviewS18SenderBy(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "intended: troops deployed by a state", text: "Troops deployed by Kenya clashed with al-Shabaab fighters in Gedo.", code: "19", src: "KENMIL", tgt: "-"},
		{why: "intended: soldiers commanded by a state's officers", text: "Soldiers commanded by Russian officers attacked Ukrainian positions near Bakhmut.", code: "19", src: "RUSMIL", tgt: "-"},
		{why: "must not: migrants a state pushed across a border", text: "Border guards detained migrants sent by Belarus across the Lithuanian border.", code: "173", src: "-", tgt: "BLRREF", none: true},
		{why: "must not: refugees a state sent away", text: "Refugees sent by Britain to Rwanda protested in Kigali.", code: "1", src: "-", tgt: "GBRREF", none: true},
		{why: "must not: protesters led by a foreign poet", text: "Demonstrators led by an Iranian poet stormed the parliament in Baku.", code: "14", src: "IRNCVL", tgt: "-", none: true},
		{why: "must not: workers led by a foreign engineer", text: "Workers led by a Chinese engineer blocked the road to the mine in Zambia.", code: "14", src: "CHNLAB", tgt: "-", none: true},
	}, sideFull)
}

// TestReviewS18PrivateReceipts: S18's converse frames "received an
// apology (a complaint, a visit) from" (01-13 lines) coded service
// between private parties: an airline's complaints from passengers, a
// dean's visit to a student. With a state, an organ or a group on either
// side they stay (verb/received_r18.go).
func TestReviewS18PrivateReceipts(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "intended: an apology received from a state", text: "Turkey received a formal apology from the Netherlands over the incident.", code: "055", src: "NLD", tgt: "TUR"},
		{why: "intended: a visit received from a ruler", text: "Egypt received a visit from the Emir of Qatar.", code: "042", src: "QAT", tgt: "EGY"},
		{why: "intended: a complaint received by an embassy", text: "The Indian embassy received a complaint from Nepal over the new map.", code: "114", src: "NPL", tgt: "IND"},
		{why: "must not: an airline's complaints from passengers", text: "The Kenyan airline received complaints from passengers about delays.", code: "114", src: "-", tgt: "-", none: true},
		{why: "must not: a dean visits a student", text: "The Chinese student received a visit from the university's dean.", code: "042", src: "-", tgt: "-", none: true},
	}, sideCountry)
}

// TestReviewS18SiteTakers: D18's "occupiers" and "invaders" (sectors.txt
// MIL, enemy_d18.go) read people who took a building or a field as a
// belligerent's enemy: South Korea's or India's "occupiers of the
// factory" became North Korean or Pakistani troops, pitch invaders an
// army. A common noun naming the place taken makes them civilians
// (siteTaker); "the occupiers" bare or "of Crimea" stay the enemy.
func TestReviewS18SiteTakers(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "intended: the occupiers shelled, Ukraine speaks", text: "The Ukrainian army said the occupiers shelled Kherson overnight.", code: "194", src: "RUSMIL", tgt: "-"},
		{why: "intended: occupiers of a named region", text: "Ukrainian forces said they had killed 200 occupiers of Crimea.", code: "190", src: "UKRMIL", tgt: "RUSMIL"},
		{why: "must not: sit-in at a factory", text: "South Korean police arrested the occupiers of the factory in Ulsan.", code: "173", src: "-", tgt: "PRKMIL", none: true},
		{why: "must not: occupiers of a temple", text: "Indian police evicted the occupiers of a temple in Ayodhya.", code: "174", src: "-", tgt: "PAKMIL", none: true},
		{why: "must not: pitch invaders", text: "Police arrested two pitch invaders during the match between Brazil and Argentina.", code: "173", src: "-", tgt: "---MIL", none: true},
	}, sideFull)
}
