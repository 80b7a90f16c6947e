package pipeline

import "testing"

// Second review of the eighteenth session's rules (R18b): sentences of
// our own on which a rule that landed after the first review misfired,
// next to the rule's intended cases, which must keep coding.

// TestReviewS18bPrivateMeasures: V18's lockdowns ordered (1723), places
// closed by order (172), migrants returned (174) or intercepted (173),
// and the older "intercept +" show of force (150) are an authority's
// measures; a school, a firm, a church, a charity's rescue ship or a
// reporter doing them codes none of those (verb/measure_r18b.go).
func TestReviewS18bPrivateMeasures(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "intended: border police intercept migrants", text: "Hungarian police intercepted 300 migrants at the Serbian border.", code: "173", src: "HUNCOP", tgt: "-"},
		{why: "intended: a state's guards return migrants", text: "Tunisia's national guard returned 200 migrants to the Algerian border.", code: "174", src: "TUNMIL", tgt: "-"},
		{why: "intended: returned, passive with an agent", text: "Hundreds of migrants were returned to Libya by the coast guard last week.", code: "174", src: "LBYMIL", tgt: "-"},
		{why: "intended: a state orders a lockdown", text: "China ordered a lockdown of Shanghai after a surge in COVID cases.", code: "1723", src: "CHN", tgt: "-"},
		{why: "intended: mosques closed by order", text: "The Kenyan government ordered the closure of mosques in Mombasa.", code: "172", src: "KENGOV", tgt: "-"},
		{why: "must not: a school's lockdown", text: "The school announced a lockdown after reports of a gunman nearby.", code: "1723", src: "-", tgt: "-", none: true},
		{why: "must not: a university's lockdown of its campus", text: "The university announced a lockdown of its campus after a shooting nearby.", code: "1723", src: "-", tgt: "-", none: true},
		{why: "must not: a firm closes its own shops", text: "The company announced the closure of its shops in Germany.", code: "172", src: "-", tgt: "-", none: true},
		{why: "must not: a chain closes its own stores", text: "The supermarket chain announced the closure of its stores in Scotland.", code: "172", src: "-", tgt: "-", none: true},
		{why: "must not: a church closes churches", text: "The Catholic archdiocese announced the closure of three churches in Boston.", code: "172", src: "-", tgt: "-", none: true},
		{why: "must not: a church closes churches (Anglican)", text: "The Church of England announced the closure of 20 churches in rural Yorkshire.", code: "172", src: "-", tgt: "-", none: true},
		{why: "must not: a rescue ship lands migrants", text: "The rescue ship Ocean Viking returned 120 migrants to the port of Lampedusa.", code: "174", src: "-", tgt: "-", none: true},
		{why: "must not: a charity crew lands migrants", text: "The Sea-Watch crew returned the migrants to the port of Pozzallo.", code: "174", src: "-", tgt: "-", none: true},
		{why: "must not: a reporter meets migrants", text: "The Mexican journalist intercepted the migrants at the border to interview them.", code: "1", src: "-", tgt: "-", none: true},
		{why: "must not: a reporter meets migrants (BBC)", text: "The BBC reporter intercepted the migrants near Calais to film their crossing.", code: "1", src: "-", tgt: "-", none: true},
	}, sideFull)
}

// TestReviewS18bSparkedPrivately: the lead's sparkedPrivately kept any
// protest sparked by a "decision", "ruling", "ban" or "plan", whoever
// owned it ("The referee's decision", "the club's decision to sack the
// coach"); a doer noun possessed by no political actor is now private
// (privatelyOwned). Its check for an actor before the verb compared a
// byte offset with a token index, which only a sentence's first bytes
// passed; it compares offsets now, so "The court's verdict" keeps its
// protest by its owner, not by the noun.
func TestReviewS18bSparkedPrivately(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "intended: a court's verdict", text: "The court's verdict sparked protests outside the building in Dhaka.", code: "141", src: "-", tgt: "BGDJUD"},
		{why: "intended: a president's decision", text: "The Senegalese president's decision to postpone the election sparked protests in Dakar.", code: "141", src: "-", tgt: "SENGOV"},
		{why: "intended: a parliament's vote", text: "The Georgian parliament's vote on the foreign agents law sparked protests in Tbilisi.", code: "141", src: "-", tgt: "GEOLEG"},
		{why: "must not: a referee's decision", text: "The referee's decision sparked protests from the Mexican players.", code: "14", src: "-", tgt: "-", none: true},
		{why: "must not: an umpire's ruling", text: "The umpire's ruling provoked protests from the Indian batsmen.", code: "14", src: "-", tgt: "-", none: true},
		{why: "must not: a league's ban on away fans", text: "The league's new ban on away fans sparked protests from supporters in Glasgow.", code: "14", src: "-", tgt: "-", none: true},
		{why: "must not: a coach's decision", text: "The coach's decision to drop the captain triggered protests from fans in Lagos.", code: "14", src: "-", tgt: "-", none: true},
		{why: "must not: a club's decision", text: "The club's decision to sack the coach sparked protests from fans in Milan.", code: "14", src: "-", tgt: "-", none: true},
		{why: "must not: a festival's decision", text: "The festival's decision to cancel the concert sparked protests from ticket holders in Madrid.", code: "14", src: "-", tgt: "-", none: true},
	}, sideFull)
}

// TestReviewS18bAngerWithoutDoer: V18's "X angered Y by (with) ..."
// coded Y's disapproval of nobody when X, a noun, names no actor ("The
// English batsman infuriated Australia with a slow century" was 110
// AUS>-); it now gives nothing, as an angered party that is no actor
// does (verb/measure_r18b.go). The act-noun line keeps its events with
// no doer named.
func TestReviewS18bAngerWithoutDoer(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "intended: a state angers another by an act", text: "The Indian government angered Ottawa by expelling Canadian diplomats.", code: "110", src: "CAN", tgt: "INDGOV"},
		{why: "intended: a leader riles a bloc", text: "The Hungarian prime minister riled Brussels with his veto of the aid package.", code: "110", src: "-", tgt: "HUNGOV"},
		{why: "intended: the act-noun line, no doer named", text: "The Swedish Koran burning infuriated Turkey.", code: "110", src: "TUR", tgt: "-"},
		{why: "must not: a batsman's slow century", text: "The English batsman infuriated Australia with a slow century.", code: "11", src: "-", tgt: "-", none: true},
		{why: "must not: a singer's cancelled concert", text: "The Swedish singer angered Turkey by cancelling her concert in Istanbul.", code: "11", src: "-", tgt: "-", none: true},
	}, sideFull)
}
