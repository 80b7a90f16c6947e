package pipeline

import "testing"

// TestR35BWarnedNoThat: a warning to a named party whose clause drops
// "that" ("warned Israel it would face") is a threat (130), as it is
// with "that"; a warning to no one named stays uncoded.
func TestR35BWarnedNoThat(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "warned X it would face", text: "Iran's supreme leader warned Israel it would face a harsh response.", code: "130", src: "IRN", tgt: "ISR"},
		{why: "warns X it would be at war", text: "Putin warns NATO it would be \"at war\" with Russia if Kyiv fires Western missiles into Russia", code: "130", src: "RUS", tgt: "IGO"},
		// must not
		{why: "no party warned", text: "Analysts warned it would take years for prices to fall.", code: "130", none: true},
		{why: "warned of snow", text: "Forecasters warned of heavy snow in Moscow this week.", code: "130", none: true},
	})
}

// TestR35BPeaceForceCut: a UN or peacekeeping force cut in size in a
// state is peacekeepers withdrawn (1661); a state cutting its own forces
// abroad, or a UN force expanded, is not.
func TestR35BPeaceForceCut(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "UN force cut", text: "The Security Council voted to cut the UN force in Rwanda from 2,500 troops to 270.", code: "1661", src: "IGO", tgt: "RWA"},
		// must not
		{why: "own forces cut", text: "Britain cut its forces in Afghanistan to 5,000.", code: "166", none: true},
		{why: "UN force expanded", text: "The Security Council voted to expand the UN force in Rwanda.", code: "166", none: true},
	})
}

// TestR35BParliamentSetAlight: protesters who set fire to a parliament
// riot (145), as when they torch, loot or vandalise it; a fire with no
// one who set it is no event.
func TestR35BParliamentSetAlight(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "parliament set alight", text: "Protesters set fire to parliament in Burkina Faso", code: "145", src: "BFA", tgt: "BFA"},
		// must not
		{why: "fault set fire", text: "An electrical fault set fire to the parliament in Ouagadougou.", code: "145", none: true},
	})
}

// TestR35BLandedInCapitalToLead: police or troops that land in a capital
// to lead or join a multinational or peacekeeping mission protect the
// capital's state (074), as they do when they land in the state itself;
// officials who come to discuss the mission pay a visit.
func TestR35BLandedInCapitalToLead(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "landed in a capital to lead", text: "The first 400 Kenyan police officers landed in Port-au-Prince to lead the multinational mission against the gangs.", code: "074", src: "KEN", tgt: "HTI"},
		// must not
		{why: "came to discuss", text: "Kenyan officials landed in Port-au-Prince to discuss the multinational mission.", code: "074", none: true},
	})
}

// TestR35BMonitorsCamerasRemoved: a state that takes down a monitoring
// body's cameras ends its monitoring, as expelling its inspectors does
// (1662); cameras that belong to no named body are left alone.
func TestR35BMonitorsCamerasRemoved(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "IAEA cameras removed", text: "Iran removed 27 IAEA surveillance cameras from its nuclear sites.", code: "1662", src: "IRN", tgt: "IGO"},
		// must not
		{why: "own cameras removed", text: "Police removed surveillance cameras from the square.", code: "1662", none: true},
	})
}

// TestR35BMassViolenceUnleashed: mass violence unleashed on a people is
// unconventional mass violence (200); plain violence unleashed stays an
// assault (18).
func TestR35BMassViolenceUnleashed(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "mass violence unleashed", text: "Islamic State fighters unleashed mass violence on the Yazidis of Sinjar.", code: "200", src: "-", tgt: "-"},
		// must not
		{why: "violence unleashed", text: "Security forces unleashed violence against Sudanese protesters.", code: "200", none: true},
	})
}

// TestR35BCoercionSteppedUp: coercion or intimidation of a party stepped
// up is coercion (170), as pressure on it stepped up is; trade stepped
// up is not.
func TestR35BCoercionSteppedUp(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "coercion stepped up", text: "Beijing stepped up its coercion of Taiwan on Wednesday.", code: "170", src: "CHN", tgt: "TWN"},
		// must not
		{why: "trade stepped up", text: "Beijing stepped up its trade with Taiwan on Wednesday.", code: "170", none: true},
	})
}
