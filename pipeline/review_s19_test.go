package pipeline

import "testing"

// Review of the nineteenth session's rules (R19): sentences of our own on
// which a rule added this session misfired, next to the rule's intended
// cases, which must keep coding.

// TestReviewS19SettlersOwnState: the lead's settlersAssault (settlers_lead.go)
// made every settlers' riot an attack on a community (180), also a riot
// against their own state's police or army over an outpost's evacuation,
// and one the text itself calls a riot. Those stay 145; torching another
// people's homes and cars stays 180.
func TestReviewS19SettlersOwnState(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "intended: settlers torch cars in a Palestinian village", text: "Armed settlers set fire to several vehicles in Turmus Ayya on Sunday.", code: "180", src: "ISRSET", tgt: "PSE"},
		{why: "intended: settlers torch Palestinian cars", text: "Settlers set fire to Palestinian cars near Ramallah on Friday.", code: "180", src: "ISRSET", tgt: "PSE"},
		{why: "must not: settlers clash with their own police over an evacuation", text: "Hundreds of settlers burned tyres and clashed with Israeli police to protest the evacuation of the Amona outpost.", code: "180", src: "-", tgt: "-", none: true},
		{why: "their own police: still a riot", text: "Hundreds of settlers burned tyres and clashed with Israeli police to protest the evacuation of the Amona outpost.", code: "145", src: "-", tgt: "ISRCOP"},
		{why: "must not: settlers who riot after a demolition", text: "Settlers rioted in Hebron after the army demolished an outpost.", code: "180", src: "-", tgt: "-", none: true},
		{why: "must not: a riot in their own state", text: "Settlers rioted in Jerusalem after the army demolished an illegal outpost.", code: "180", src: "-", tgt: "-", none: true},
	}, sideFull)
}

// TestReviewS19AgentlessPublicWarning: the lead's agentlessThing
// (verb/passive_object.go) read "A warning was issued to motorists ... about
// black ice" as a threat (130) to the public. A warning or threat with
// nobody as its source and only the civilian public as its target is an
// advisory; aid sent to the public, and warnings to states, still code.
func TestReviewS19AgentlessPublicWarning(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "intended: a warning to a state", text: "A warning was issued to Iran over its enrichment of uranium.", code: "13", src: "0", tgt: "IRN"},
		{why: "intended: sanctions on a state", text: "Fresh sanctions were imposed on Belarus after the disputed election.", code: "163", src: "0", tgt: "BLR"},
		{why: "intended: aid sent to civilians", text: "Humanitarian aid was sent to civilians in Gaza.", code: "07", src: "0", tgt: "PSECVL"},
		{why: "must not: a road warning to motorists", text: "A warning was issued to motorists in Scotland about black ice on the roads.", code: "13", src: "-", tgt: "-", none: true},
		{why: "must not: a hurricane warning to residents", text: "A warning was issued to residents of coastal Florida ahead of Hurricane Milton.", code: "13", src: "-", tgt: "-", none: true},
		{why: "must not: a flood warning to villagers", text: "A flood warning was issued to villagers along the Indus river.", code: "13", src: "-", tgt: "-", none: true},
		{why: "must not: a travel warning to tourists", text: "A travel warning was issued to tourists heading to Bali.", code: "13", src: "-", tgt: "-", none: true},
	}, sideNobody)
}

// TestReviewS19K19Misfires: K19's new lines read sport and business.
// A repulse with no party as the repeller ("The goalkeeper repelled
// attacks") tells no force; protests "drawn from" people no actor line
// knows ("from Amazon's rivals in Brussels") are not aimed at the place's
// state; "ordered residents not to leave" is no expulsion (review_r19.go).
func TestReviewS19K19Misfires(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "intended: an army repels an attack", text: "Kenyan troops beat back an al-Shabaab attack on their base in Lamu.", code: "190", src: "KENMIL", tgt: "-"},
		{why: "intended: soldiers repel a jihadist attack", text: "Malian soldiers repelled a jihadist attack on their base near Mopti.", code: "190", src: "MLIMIL", tgt: "-"},
		{why: "intended: a tax draws farmers' protests", text: "The new tax drew protests from thousands of farmers in Delhi.", code: "141", src: "INDAGR", tgt: "-"},
		{why: "intended: an evacuation order ahead of an offensive", text: "Russian forces ordered residents of Kherson to leave ahead of their offensive.", code: "201", src: "RUSMIL", tgt: "-"},
		{why: "must not: a goalkeeper repels attacks", text: "The goalkeeper repelled attacks from the French strikers all afternoon.", code: "19", src: "-", tgt: "-", none: true},
		{why: "must not: a defence beats back attacks", text: "Liverpool's defence beat back attack after attack from the Spanish forwards.", code: "19", src: "-", tgt: "-", none: true},
		{why: "must not: a merger draws rivals' objections", text: "The merger drew protests from Amazon's rivals in Brussels.", code: "14", src: "-", tgt: "-", none: true},
		{why: "must not: an order to stay", text: "Hamas ordered residents of Gaza City not to leave their homes.", code: "20", src: "-", tgt: "-", none: true},
	}, sideFull)
}

// TestReviewS19CourtInjunction: D19's prohibitory-orders line (172,
// 17-coerce.txt) also read a court's injunction in a civil case; its
// must-not example ("The court issued orders on the petition") lacks the
// word "prohibitory" and could not fail. A court's prohibitory order is no
// ban on gatherings (review_r19.go, courtInjunction).
func TestReviewS19CourtInjunction(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "intended: authorities ban gatherings in a city", text: "Authorities imposed prohibitory orders in Srinagar ahead of the anniversary of the strike.", code: "172", src: "-", tgt: "-"},
		{why: "intended: a state extends the orders", text: "Pakistan extended prohibitory orders in Lahore for three more days.", code: "172", src: "PAK", tgt: "-"},
		{why: "must not: a court's injunction against a builder", text: "The court issued prohibitory orders against the builder.", code: "17", src: "-", tgt: "-", none: true},
		{why: "must not: a high court restrains a firm", text: "The Lahore High Court issued prohibitory orders restraining the company from selling the land.", code: "17", src: "-", tgt: "-", none: true},
	}, sideFull)
}

// TestReviewS19OnlookerSigning: D19's "witnessed the signing of" line
// (057) made a mayor who watched two car makers sign, and tourists at a
// treaty's signing, parties to it. Leaders who watch their governments'
// agreements signed stay (review_r19.go, onlookerSigning).
func TestReviewS19OnlookerSigning(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "intended: two presidents witness their agreements", text: "Putin and Erdogan witnessed the signing of a memorandum on gas supplies.", code: "057", src: "RUSGOV", tgt: "TURGOV"},
		{why: "intended: between their own governments", text: "The Indian and Bangladeshi prime ministers witnessed the signing of seven agreements between their governments.", code: "057", src: "INDGOV", tgt: "BGDGOV"},
		{why: "must not: a mayor watches two firms sign", text: "The mayor of Lyon witnessed the signing of a memorandum between two car makers.", code: "05", src: "-", tgt: "-", none: true},
		{why: "must not: tourists at a treaty's signing", text: "Tourists witnessed the signing of the peace treaty in 1919.", code: "05", src: "-", tgt: "-", none: true},
	}, sideFull)
}
