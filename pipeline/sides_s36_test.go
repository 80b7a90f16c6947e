package pipeline

import "testing"

// TestS36ReactedThird: an answer by a third party, a body of states among
// them, whose subject opens a clause after ", and" and which names no one
// is aimed at the one agent of the clause before (reactedThird). Acts of
// two agents before, or of the answerer itself, give no target.
func TestS36ReactedThird(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a body refuses an order to leave", text: "Burundi ordered UN human rights monitors to leave the country, and the United Nations refused.", code: "12", src: "IGO", tgt: "BDI"},
		{why: "a body demands the release of people arrested", text: "Serbian police arrested three Kosovo officials near the border, and the European Union demanded their release.", code: "10", src: "IGO", tgt: "SRB"},
	})
	// must not: two agents before, or the answerer's own act
	for _, text := range []string{
		"Serbian police arrested three Kosovo officials and Kosovo police detained two Serbs, and the European Union demanded their release.",
		"The European Union imposed sanctions on Belarus and Russia, and the European Commission rejected the criticism.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if (e.CAMEORoot == "10" || e.CAMEORoot == "12") && len(e.Target) > 0 {
				t.Errorf("%q coded %s %s>%s, want no target", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
}

// TestS36LoneStateOfBody: an act by a body of states that names no party
// is aimed at the one state its sentence names (loneOtherState, late,
// with a body as source). A member's vote or abstention in the body's
// proceedings names no party.
func TestS36LoneStateOfBody(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a campaign a body's investigators called cleansing", text: "The Sudanese army drove thousands of Masalit into Chad in a campaign that UN investigators called ethnic cleansing.", code: "11", src: "IGO", tgt: "SDN"},
		{why: "a warning after a state's lawmakers acted", text: "The European Union warned of consequences after Georgian lawmakers passed the foreign agents law.", code: "13", src: "IGO", tgt: "GEO"},
	})
	// must not: a member's abstention
	text := "The Security Council demanded an immediate ceasefire in Gaza after the United States abstained."
	for _, e := range codeText(t, p, "2024-05-01", text) {
		if e.CAMEORoot == "10" && hasCountry(e.Target, "USA") {
			t.Errorf("%q coded %s %s>%s, want no USA target", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

// TestS36HomeFallback: a threat, an assault or an act of force at a
// place at home with no target, in a sentence that names the actor's
// state and no other state, body or place abroad, is aimed at the
// actor's own state (homeFallback). A weapons test, a conditional act at
// sea, a statement, a vow of revenge, force from the subject's place and
// an interception keep no target.
func TestS36HomeFallback(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a cartel's threat against police", text: "Mexico's Sinaloa cartel threatened to kill police officers in retaliation for the arrest of its leaders.", code: "13", src: "MEX", tgt: "MEX"},
		{why: "rebels who attacked a community", text: "Colombia's president suspended the ceasefire with a rebel faction after its fighters attacked an Indigenous community.", code: "180", src: "COL", tgt: "COL"},
		{why: "a president deposed by the army", text: "Mali's president, who had ruled since 2013, was deposed and arrested by the army after months of protests.", code: "180", src: "MLI", tgt: "MLI"},
		{why: "a threat to send the army into the streets", text: "Peru's president threatened to send the army into the streets to quell violent protests.", code: "13", src: "PER", tgt: "PER"},
	})
	// must not: a test, a conditional act at sea, a comment declined, a
	// vow of revenge, rockets fired from the subject's place, an
	// interception over a city
	for _, text := range []string{
		"Hezbollah vowed revenge for the killing of its commander.",
		"Militants in Gaza fired rockets at towns in the south.",
		"Saudi air defences intercepted a ballistic missile over Riyadh.",
		"India test-fired a long-range missile from an island off its coast, the defence ministry said.",
		"Iran said it would close the Strait of Hormuz if its oil exports were blocked.",
		"Russia's foreign ministry declined to comment on Tuesday.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if len(e.Target) > 0 {
				t.Errorf("%q coded %s %s>%s, want no target", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
}

// TestS36AnswerOwnPeople: an answer whose only target is people of the
// answering state (the ones the act it answers hit) is aimed at the
// agent of that act, as an answer with no target is (reactedVictim,
// reactedNamed with ownPeopleOnly). A show of force keeps its target,
// and people of another state keep theirs.
func TestS36AnswerOwnPeople(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a denial of what its businessmen were accused of", text: "Ukraine's security service accused Hungarian businessmen of smuggling weapons, and Budapest denied it.", code: "016", src: "HUN", tgt: "UKR"},
		{why: "a demand for its national's release", text: "Canadian police arrested a Chinese telecom executive in Vancouver, and Beijing demanded the immediate release of the Huawei executive.", code: "10", src: "CHN", tgt: "CAN"},
	})
	// must not: a show of force, another state's people
	for _, tc := range []struct{ text, root, tgt string }{
		{"Armenian troops fired on Azerbaijani positions, and Baku put its forces on alert.", "15", "ARM"},
		{"Russian warplanes bombed a market in Idlib, and Turkey condemned the killing of Syrian civilians.", "11", "SYR"},
	} {
		found := false
		for _, e := range codeText(t, p, "2024-05-01", tc.text) {
			if e.CAMEORoot == tc.root {
				found = found || hasCountry(e.Target, tc.tgt)
			}
		}
		if !found {
			t.Errorf("%q: want a %s event with target %s", tc.text, tc.root, tc.tgt)
		}
	}
}

// TestS36LoneOtherAppeal: an appeal that names no addressee is aimed at
// the one other state its sentence names (loneOtherState, late, with 02
// among the roots), unless that state is the object of another act of
// the same actor (appealedOther).
func TestS36LoneOtherAppeal(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "restraint called for after another state's strike", text: "The Lebanese prime minister called for restraint after Israeli jets struck targets near Beirut.", code: "02", src: "LBN", tgt: "ISR"},
		{why: "calm appealed for after another state's police acted", text: "Jordan's king appealed for calm after Israeli police entered the al-Aqsa compound.", code: "02", src: "JOR", tgt: "ISR"},
	})
	// must not: the other state is another verb's object
	for _, e := range codeText(t, p, "2024-05-01", "Ukraine thanked Germany for the tanks and asked for fighter jets.") {
		if e.CAMEORoot == "02" && hasCountry(e.Target, "DEU") {
			t.Errorf("an appeal beside thanks: coded %s %s>%s, want no DEU target", e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

// TestS36BOfferOwner: an answer to an offer, a proposal or a demand
// named by a possessive right after the verb is aimed at the offer's
// owner, not at whoever the offer was for (offerOwner). Talks about a
// party's demands and a plan signed keep their own parties; a party of
// no state lends none.
func TestS36BOfferOwner(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "aid offered for refugees", text: "Ethiopia rejected Kenya's offer of aid for refugees in the Ogaden.", code: "12", src: "ETH", tgt: "KEN"},
		{why: "aid offered for a junta's own victims", text: "Myanmar's junta rejected Thailand's offer of aid for victims of the cyclone.", code: "12", src: "MMR", tgt: "THA"},
	})
	// must not: talks on a party's demands, a plan signed, a demand of a
	// party of no state
	checkRootCases(t, p, []rootCase{
		{why: "talks on one party's demands", text: "Russian and US diplomats held talks on Moscow's demands for security guarantees.", code: "040", src: "RUS", tgt: "USA"},
		{why: "a plan signed by two parties", text: "Israel and Hamas signed the first phase of Trump's plan to end the war in Gaza.", code: "057", src: "ISR", tgt: "PSE"},
		{why: "the opposition's demand", text: "The Bangladeshi government rejected the opposition's demand for early elections.", code: "12", src: "BGD", tgt: "BGD"},
	})
}

// TestS36BThreatObjectOwner: a threat or an intent whose only target is
// the actor's own state, the subject of the clause it will act in, is
// aimed at the state of that clause's object (threatObjectOwner). A
// clause whose object names no other state keeps the own state.
func TestS36BThreatObjectOwner(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "another state's sites struck", text: "Iran's president warned that Iran would strike Israel's nuclear sites.", code: "13", src: "IRN", tgt: "ISR"},
		{why: "another state's bases targeted", text: "The Kremlin warned that Russia would target the military bases of Poland.", code: "13", src: "RUS", tgt: "POL"},
		{why: "troops to stay in another state", text: "Macron promised that France would stay in Mali as long as needed.", code: "03", src: "FRA", tgt: "MLI"},
		// must not: no other state in the clause's object
		{why: "measures of its own", text: "Brazil's president said Brazil would respond with reciprocal measures.", code: "13", src: "BRA", tgt: "BRA"},
		{why: "its own airspace closed", text: "Turkey warned that Turkey would close its airspace, the ministry said.", code: "13", src: "TUR", tgt: "TUR"},
	})
}

// TestS36CWreathAbroad: a symbolic act (017) whose only target is the
// actor's own state or people and that its words place in another state
// is aimed at that state (ownAbroad). A wreath laid at home keeps its
// target.
func TestS36CWreathAbroad(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a wreath laid at a memorial in Kigali", text: "French President Emmanuel Macron laid a wreath at the memorial in Kigali on Monday.", code: "017", src: "FRA", tgt: "RWA"},
		{why: "a wreath laid at a war memorial in Canberra", text: "Indian Prime Minister Narendra Modi laid a wreath at the war memorial in Canberra on Tuesday.", code: "017", src: "IND", tgt: "AUS"},
	})
	// must not: a wreath laid at home
	for _, text := range []string{
		"Russian President Vladimir Putin laid a wreath at the Tomb of the Unknown Soldier in Moscow on Tuesday.",
		"Barack Obama laid a wreath at Arlington National Cemetery in Virginia on Monday.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			for _, a := range e.Target {
				if a.Country != e.Source[0].Country {
					t.Errorf("%q coded %s %s>%s, want the actor's own state", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
				}
			}
		}
	}
}

// TestS36CDenialAbroad: a state's denial whose only target is its own
// people and whose place is in another state is aimed at that state
// (denialAbroad). A denial about its own soldiers at home, or one about
// its police at home, keeps its own target.
func TestS36CDenialAbroad(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a denial after a strike in Kharkiv", text: "A Russian drone hit a hospital in Kharkiv on Sunday, killing 12 people, and the Kremlin denied that its forces had attacked civilians.", code: "016", src: "RUS", tgt: "UKR"},
	})
	// must not: the denied act at home
	for _, text := range []string{
		"Myanmar's military denied that its soldiers had burned villages in Rakhine state.",
		"Police in Moscow arrested 20 protesters, and the Kremlin denied that its police had beaten them.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			for _, a := range e.Target {
				if e.CAMEO == "016" && a.Country != e.Source[0].Country {
					t.Errorf("%q coded %s %s>%s, want the actor's own state", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
				}
			}
		}
	}
}

// TestS36CWelcomedAct: a welcome after ", and" whose object is the act
// told before ("the ruling", "the decision") is aimed at that act's
// agent, even one of the welcomer's own state, not at the party the act
// was aimed at (welcomedAct). A welcome that names its own object keeps
// it.
func TestS36CWelcomedAct(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a court's ruling welcomed by the government", text: "A French court refused to extradite an Algerian activist wanted by Morocco, and Emmanuel Macron welcomed the ruling.", code: "051", src: "FRA", tgt: "FRA"},
	})
	// must not: a welcome that names its own object
	for _, tc := range []struct{ text, tgt string }{
		{"Russian forces shelled Kharkiv, and Germany welcomed the Ukrainian response.", "UKR"},
		{"The European Union granted Georgia candidate status, and Georgian Prime Minister Irakli Garibashvili welcomed the support of Brussels.", "IGOEUREEC"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", tc.text) {
			if e.CAMEO == "051" && actorCodes(e.Target) != tc.tgt {
				t.Errorf("%q coded %s %s>%s, want target %s", tc.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), tc.tgt)
			}
		}
	}
}
