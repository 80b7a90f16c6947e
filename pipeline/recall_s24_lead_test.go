package pipeline

import "testing"

// TestS24LeadCoordinatedHarm: two passive participles sharing one
// auxiliary and one agent ("was shot and wounded by gunmen") are one
// attack: one violent event, with the victim as target and the agent as
// source; an attempt on a life that killed is an assassination (186).
// Two clauses, or two acts of different kinds, stay two.
func TestS24LeadCoordinatedHarm(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text, code, src, tgt string
		violent              int
	}{
		{"The governor was shot and wounded by gunmen in Kandahar.", "185", "---UAF", "AFGGOV", 1},
		{"The mayor was shot and killed by gunmen in Acapulco.", "186", "---UAF", "MEXGOV", 1},
		{"A judge was shot and injured outside his home in Baghdad.", "185", "-", "IRQJUD", 1},
		{"The senator was stabbed and killed by an attacker in Manila.", "186", "-", "PHLLEG", 1},
		{"Two activists were beaten and injured by police in Harare.", "182", "ZWECOP", "-", 1},
		{"Slovakia's prime minister was repeatedly shot and wounded by a gunman.", "185", "-", "SVKGOV", 1},
		// must-not: an arrest is an act of its own kind beside a beating
		{"Two activists were beaten and detained by police in Harare.", "182", "ZWECOP", "-", 1},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		n, found := 0, false
		for i := range evs {
			e := &evs[i]
			if violentRoot(e.CAMEORoot) {
				n++
			}
			if e.CAMEO == c.code && sideOK(e.Source, c.src) && sideOK(e.Target, c.tgt) {
				found = true
			}
		}
		if !found || n != c.violent {
			t.Errorf("%q: got %s, want one %s %s>%s among %d violent events", c.text, describe(evs), c.code, c.src, c.tgt, c.violent)
		}
	}
}

// TestS24LeadRetaliationMeansNext: the means of a retaliation follows
// "with" at once or after a count; anger, a statement or a complaint
// about attacks names no means of force.
func TestS24LeadRetaliationMeansNext(t *testing.T) {
	checkCoded(t, newTestPipeline(t), []codedCase{
		{"Iran retaliated with dozens of ballistic missile strikes on Israel.", "195", true},
		{"Israel retaliated with a series of raids on Hezbollah positions.", "190", true},
		{"Tehran reacted with anger to the missile attacks on Syria.", "19", false},
		{"Moscow responded with a complaint about the shelling of Belgorod.", "19", false},
		{"Russia responded with warnings about a wave of drones against Crimea.", "19", false},
	})
}

// TestS24LeadSuppliedToCapital: goods, arms or envoys sent "to" a capital
// go to its state: the capital is the recipient, so the act is aid (or a
// visit), not forces moved to a city.
func TestS24LeadSuppliedToCapital(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"sent tanks", "Germany sent tanks to Kyiv.", "072", "DEU", "UKR"},
		{"will deliver", "Germany will deliver 18 Leopard tanks to Kyiv.", "0332", "DEU", "UKR"},
		{"supplied drones", "Iran supplied drones to Moscow.", "072", "IRN", "RUS"},
		{"a delegation", "China sent a delegation to Moscow for talks.", "042", "CHN", "RUS"},
	})
	checkCoded(t, newTestPipeline(t), []codedCase{
		{"Germany sent tanks to Kyiv.", "154", false},
		{"The minister flew to Warsaw for a summit.", "07", false},
	})
}

// TestS24LeadDealTopic: what a deal is "on", or what its infinitive does,
// is the deal's matter, not a party to a reciprocal signing; a party
// after "with" still is.
func TestS24LeadDealTopic(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text string
		pair int // events of the reciprocal code
	}{
		{"Italy and Albania signed a deal to process migrants in Albanian centres.", 2},
		{"Italy and Albania signed a deal on migrants.", 2},
		{"Turkey and Russia signed an accord on Syria.", 2},
		{"Armenia and Azerbaijan signed a peace deal with Russia.", 6},
	} {
		n := 0
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if e.CAMEO == "057" {
				n++
			}
		}
		if n != c.pair {
			t.Errorf("%q: %d events of 057, want %d", c.text, n, c.pair)
		}
	}
}

// TestS24LeadAgentOfOther: the agent of a participle after a cooperative
// act ("in a step welcomed by China", "a deal brokered by China") acts in
// the participle's clause and is no object of the act; a judgement still
// takes aim at the agent of what it judges.
func TestS24LeadAgentOfOther(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"welcomed by", "Lebanon reopened its embassy in Moscow in a step welcomed by China.", "050", "LBN", "RUS"},
		{"brokered by", "Saudi Arabia and Iran agreed to reopen their embassies in a deal brokered by China.", "032", "SAU", "IRN"},
		{"praised by", "Saudi Arabia named an ambassador in a move praised by China.", "050", "SAU", "!CHN"},
		{"judged", "China criticised the arms sale approved by the United States.", "111", "CHN", "USA"},
		{"judged sanctions", "Russia condemned the sanctions imposed by the European Union.", "111", "RUS", "IGOEUREEC"},
	})
}

// TestS24LeadEmbassyOwner: force used on "its embassy in" a place hits the
// embassy's owner, named before, not the host the place gives.
func TestS24LeadEmbassyOwner(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"stormed its embassy", "Mexico protested after Ecuadorian police stormed its embassy in Quito.", "171", "ECU", "MEX"},
		{"whose police", "Mexico cut ties with Ecuador, whose police had stormed its embassy in Quito.", "171", "ECU", "MEX"},
		{"closed: the host", "Britain closed its embassy in Tehran after Iranian police raided it.", "161", "GBR", "IRN"},
	})
}

// TestS24LeadRepressedCrowd: the crowd a repression line (175) spells as
// its last word is its target, not the place's bare state.
func TestS24LeadRepressedCrowd(t *testing.T) {
	p := newTestPipeline(t)
	for _, text := range []string{
		"Nepal's police opened fire on protesters in Kathmandu, killing 19.",
		"Kenyan police fired tear gas at demonstrators in Nairobi.",
	} {
		ok := false
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEO == "175" && len(e.Target) == 1 && e.Target[0].Sector == "CVL" {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: no 175 aimed at the crowd (CVL)", text)
		}
	}
}

// TestS24LeadPossessedAct: a capital that owns a decision or move is its
// state after any preposition; a capital's square or districts stay
// places.
func TestS24LeadPossessedAct(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"regret over a decision", "Tokyo expressed regret over Seoul's decision.", "111", "JPN", "KOR"},
		{"a square stays a place", "Protesters gathered in Kyiv's main square.", "141", "UKR", "-"},
	})
}

// TestS24LeadEnergyCut: energy cut to a state is an economic sanction.
func TestS24LeadEnergyCut(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"gas", "Algeria halted gas supplies to Morocco.", "163", "DZA", "MAR"},
		{"electricity exports", "Uzbekistan halted electricity exports to Afghanistan.", "163", "UZB", "AFG"},
	})
	checkCoded(t, newTestPipeline(t), []codedCase{
		{"The government cut power prices to households.", "16", false},
	})
}
