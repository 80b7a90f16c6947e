package pipeline

import (
	"strings"
	"testing"
)

// TestS35LoneOtherParty: a statement, appeal, intent, meeting,
// cooperative act, demand, disapproval, rejection, threat, cut or assault
// by a state's actor that names no party of its own is aimed at the one
// other state its sentence names (loneOtherState, late). A place, a
// plan's subject and a sentence that names no other state give none.
func TestS35LoneOtherParty(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a comment declined about another state's remarks", text: "The Chinese embassy in Wellington declined to comment when asked about the New Zealand prime minister's remarks.", code: "011", src: "CHN", tgt: "NZL"},
		{why: "a trial another state called a sham", text: "A court in Moscow sentenced the American reporter to 12 years in prison after a trial that the White House called a sham.", code: "111", src: "USA", tgt: "RUS"},
		{why: "duties laid on another state's goods", text: "Ottawa hit back with 25 percent duties on billions of dollars' worth of American goods.", code: "163", src: "CAN", tgt: "USA"},
		{why: "a friendship hailed during a visit", text: "Serbia's president hailed the ironclad friendship during the Chinese leader's visit.", code: "051", src: "SRB", tgt: "CHN"},
	})
	// must not: a place, a plan's subject or a sentence naming no other
	// state gives no target
	for _, tc := range []struct{ why, text, root, tgt string }{
		{"the subject of a plan", "Yugoslavia rejected the peace plan for Kosovo, the news agency said.", "12", "KSV"},
		{"a speech's venue", "Germany's chancellor said inflation had eased, in a speech in Paris.", "01", "FRA"},
		{"a weather forecast", "Japan's weather agency said a typhoon would hit the Philippines on Friday.", "01", "PHL"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", tc.text) {
			if e.CAMEORoot == tc.root && hasCountry(e.Target, tc.tgt) {
				t.Errorf("%s: %q coded %s %s>%s, want no %s target", tc.why, tc.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), tc.tgt)
			}
		}
	}
	for _, e := range codeText(t, p, "2024-05-01", "Russia's foreign ministry declined to comment on Tuesday.") {
		if e.CAMEO == "011" && len(e.Target) > 0 {
			t.Errorf("no one named: coded %s %s>%s, want no target", e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

// TestS35LoneBody: with no other state named, the one intergovernmental
// body a sentence names is the party of an act that names none
// (loneOtherState, late). A body named in a relative clause that
// describes the object is no party.
func TestS35LoneBody(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "inspectors refused entry", text: "Iran refused on Tuesday to allow UN nuclear inspectors into a disputed military site near Isfahan.", code: "12", src: "IRN", tgt: "IGO"},
		{why: "suspects pledged to a tribunal", text: "Serbia pledged on Friday to hand over any war crimes suspects to the UN tribunal.", code: "0313", src: "SRB", tgt: "IGO"},
		{why: "a threat to an alliance's supply lines", text: "Pakistan threatened to cut off NATO supply lines if drone strikes continued.", code: "13", src: "PAK", tgt: "IGO"},
	})
	// must not: a body in a relative clause that describes the object
	for _, e := range codeText(t, p, "2024-05-01", "Yugoslavia rejected the peace plan, which would have allowed NATO troops into Kosovo.") {
		if e.CAMEORoot == "12" && len(e.Target) > 0 {
			t.Errorf("a body in a relative clause: coded %s %s>%s, want no target", e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

// TestS35OwnYield: an intent to ease or a refusal to ease restrictions,
// dissent or military engagement, and a symbolic act or an expression
// of sympathy, that name no other party, are aimed at the actor's own
// state (ownDomestic, late). A state the sentence names takes them
// first, and a crowd of no state gets none.
func TestS35OwnYield(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "military operations halted at home", text: "Ethiopia's government said on Monday it would halt its military operations in the Amhara region.", code: "0356", src: "ETH", tgt: "ETH"},
		{why: "homage paid at home", text: "South Korea's president paid homage at the national cemetery in Seoul on Thursday.", code: "017", src: "KOR", tgt: "KOR"},
		{why: "an emergency law kept", text: "Egypt's military rulers refused to lift the emergency law.", code: "1241", src: "EGY", tgt: "EGY"},
		// must not: a state the sentence names is the party
		{why: "sympathy over another state's disaster", text: "Japan's prime minister expressed condolences over the earthquake in Turkey.", code: "018", src: "JPN", tgt: "TUR"},
	})
	// must not: a crowd of no state is given no state
	for _, e := range codeText(t, p, "2024-05-01", "Thousands of people laid flowers at the memorial.") {
		if e.CAMEO == "017" && len(e.Target) > 0 {
			t.Errorf("a crowd of no state: coded %s %s>%s, want no target", e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

// TestS35MutualPair: two states that pledge, meet or cooperate about
// "their" affair, with no target, act towards each other, each way
// (mutualPair). An act of two states on a third thing keeps its sides.
func TestS35MutualPair(t *testing.T) {
	p := newTestPipeline(t)
	for _, tc := range []struct{ text, code string }{
		{"Thailand and Cambodia pledged on Monday to resolve their border dispute peacefully.", "037"},
		{"Vietnam and China vowed on Tuesday to settle their maritime disputes through negotiations.", "037"},
	} {
		evs := codeText(t, p, "2024-05-01", tc.text)
		var ways int
		for _, e := range evs {
			if strings.HasPrefix(e.CAMEO, tc.code) && len(e.Source) == 1 && len(e.Target) == 1 && e.Source[0].Country != e.Target[0].Country {
				ways++
			}
		}
		if ways < 2 {
			t.Errorf("%q: want %s both ways; got %s", tc.text, tc.code, describe(evs))
		}
	}
	// must not: a material act of two states on others is not mutual
	for _, e := range codeText(t, p, "2024-05-01", "Malaysia and Indonesia took in 7,000 migrants whose boats had been pushed back from their shores.") {
		if e.CAMEORoot == "07" && (hasCountry(e.Target, "MYS") || hasCountry(e.Target, "IDN")) {
			t.Errorf("aid taken in: coded %s %s>%s, want no pair", e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

// TestS35ClaimedSides: a claim of responsibility and the one act of
// violence its sentence tells share their sides (claimedSides); with two
// acts of violence the claim could be of either and nothing is given.
func TestS35ClaimedSides(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "the claimant is the agent", text: "Drone attacks hit Saudi oil facilities; the Houthis claimed responsibility.", code: "19", src: "YEM", tgt: "SAU"},
		{why: "the claimant is the agent", text: "A bomb blast killed a Russian colonel in Moscow; Ukraine's intelligence service claimed responsibility.", code: "18", src: "UKR", tgt: "RUS"},
	})
	// must not: two acts of violence, either could be the one claimed
	for _, e := range codeText(t, p, "2024-05-01", "A car bomb killed 12 people in Mogadishu and another blast hit Kismayo; al-Shabaab claimed responsibility.") {
		if (e.CAMEORoot == "18" || e.CAMEORoot == "19") && len(e.Source) > 0 {
			t.Errorf("two acts: coded %s %s>%s, want no agent", e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

// TestS35MutualHosted: a host or a mediator with no guests named hosts
// the two parties of the mutual act its sentence tells (mutualHosted);
// a host that is a party itself keeps its own target.
func TestS35MutualHosted(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "talks hosted in which two agreed", text: "Beijing scored a diplomatic coup by hosting the talks in which Riyadh and Tehran agreed to restore diplomatic ties.", code: "043", src: "CHN", tgt: "SAU"},
		{why: "talks hosted in which two agreed", text: "Qatar hosted talks in Doha in which Israel and Hamas agreed to a ceasefire, and Egypt welcomed the deal.", code: "043", src: "QAT", tgt: "ISR"},
		// must not: the host is a party itself
		{why: "the host meets its guest", text: "China hosted the Russian president, and the two countries agreed to deepen their ties.", code: "043", src: "CHN", tgt: "RUS"},
	})
}

// TestS35BetweenParties: an offer to act as a go-between "for X and Y"
// is aimed at both (betweenParties).
func TestS35BetweenParties(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a go-between for two", text: "Qatar said on Monday it was willing to act as a go-between for the Taliban and the United States.", code: "039", src: "QAT", tgt: "USA"},
		{why: "a go-between for two states", text: "Norway said it was ready to act as a go-between for Colombia and Venezuela.", code: "039", src: "NOR", tgt: "VEN"},
	})
	// must not: a go-between for talks names no parties
	for _, e := range codeText(t, p, "2024-05-01", "Qatar said it was willing to act as a go-between for the talks.") {
		if strings.HasPrefix(e.CAMEO, "039") && len(e.Target) > 0 {
			t.Errorf("no parties: coded %s %s>%s, want no target", e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

// TestS35PressureFrom: whoever brings pressure or calls "from" is a party
// to the answer (pressureFrom); a thing that comes from a state names no
// party of a statement about it.
func TestS35PressureFrom(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "pressure from a body", text: "Venezuela's government refused to bow to pressure from the Organization of American States over the disputed election.", code: "12", src: "VEN", tgt: "IGO"},
	})
	// must not: where a thing came from is no party
	for _, e := range codeText(t, p, "2024-05-01", "Colombia's foreign minister said the weapons had been smuggled from Venezuela.") {
		if e.CAMEO == "010" && hasCountry(e.Target, "VEN") {
			t.Errorf("an origin: coded %s %s>%s, want no VEN target", e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

func TestS35COwnAbroad(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "own troops pulled out of a force in another state", text: "Kenya threatened to pull its troops out of the African Union force in Somalia.", code: "13", src: "KEN", tgt: "SOM"},
		{why: "own doctors sent to another state", text: "Cuba sent a team of 200 doctors and nurses to Liberia on Friday to help fight the Ebola epidemic, the official Cuban news agency reported.", code: "07", src: "CUB", tgt: "LBR"},
	})
	// must not: a place after a comma is where it was told, and a place
	// at home names no other state
	for _, text := range []string{
		"Cuba sent a team of 200 doctors and nurses to help fight the epidemic, the foreign minister told reporters in Caracas.",
		"Cuba sent a team of 200 doctors and nurses to Holguin to help fight the epidemic.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEORoot == "07" && (hasCountry(e.Target, "VEN") || !hasCountry(e.Target, "CUB") && len(e.Target) > 0) {
				t.Errorf("%q: coded %s %s>%s, want no other state", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
}
