package pipeline

import "testing"

// TestS37ReactedThirdOwnPeople: a third state's answer after ", and"
// whose only target is its own people (the citizens the act before hit)
// is aimed at the one agent of the clause before (reactedThird with
// ownPeopleOnly). An answer after the answerer's own act, or after an act
// of no one known, keeps its target.
func TestS37ReactedThirdOwnPeople(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a demand over a citizen killed by a strike", text: "A Russian missile struck a hotel in Kramatorsk, and Norway demanded accountability for the death of its citizen.", code: "10", src: "NOR", tgt: "RUS"},
		{why: "a condemnation of a citizen's killing", text: "Israeli troops shot dead a volunteer in the West Bank, and Turkey condemned the killing of its citizen.", code: "11", src: "TUR", tgt: "ISR"},
	})
	// must not: the answerer's own act before; attackers of no state
	for _, c := range []struct{ text, tgt string }{
		{"The United States cancelled joint military exercises with Egypt on Thursday, and President Obama condemned the violence against civilians.", "USA"},
		{"Gunmen attacked a hotel in Mali, and France condemned the killing of its citizens.", "FRA"},
	} {
		checkTargetKept(t, p, "11", c.text, c.tgt)
	}
}

// TestS37RefusedAfter: a refusal told in an "after" clause by a state the
// main clause acts against is aimed at the main clause's agent
// (refusedAfter). A refuser the main clause does not act on, and the
// owner of the refused thing named right after the verb, are left.
func TestS37RefusedAfter(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "diplomats expelled after a refusal to cooperate", text: "A Russian national shot dead a Georgian man in a Berlin park, and Germany expelled two Russian diplomats after Moscow refused to cooperate with the investigation.", code: "12", src: "RUS", tgt: "DEU"},
		{why: "an ambassador expelled after a refusal to apologise", text: "Turkey expelled the Israeli ambassador on Friday after Israel refused to apologise for the raid on the Gaza flotilla.", code: "12", src: "ISR", tgt: "TUR"},
		{why: "diplomats expelled over an inquiry into another state's agents", text: "Canada expelled two Chinese diplomats after Beijing refused to cooperate with an inquiry into the killing of a Sikh leader by Indian agents.", code: "12", src: "CHN", tgt: "CAN"},
	})
	// must not: a refuser the main clause does not act on; a UN ultimatum
	for _, c := range []struct{ text, bad string }{
		{"Britain imposed new sanctions on Iran after Russia rejected the draft resolution.", "GBR"},
		{"American and British jets struck Iraqi radar sites after Baghdad rejected a UN ultimatum to readmit the inspectors.", "USA"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if e.CAMEORoot == "12" && hasCountry(e.Target, c.bad) {
				t.Errorf("%q coded %s %s>%s, want no %s target", c.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), c.bad)
			}
		}
	}
}

// TestS37HousedForces: a strike on a base that houses, hosts or is used
// by a state's troops is aimed at that state, not at the host whose
// adjective stands on the base (housedForces). Facilities used by militia
// groups, and a base with no troops named, keep their target.
func TestS37HousedForces(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "bases housing a state's troops", text: "Iranian missiles struck two Iraqi bases housing US troops on Wednesday, the Pentagon said.", code: "19", src: "IRN", tgt: "USA"},
		{why: "a base used by a state's forces", text: "Militants shelled a Syrian air base used by Russian forces near Latakia, killing two soldiers.", code: "19", src: "SYR", tgt: "RUS"},
	})
	// must not: militia groups; a base with no troops named
	for _, c := range []struct{ text, tgt string }{
		{"US forces struck facilities used by Iran-backed militia groups in eastern Syria.", "SYR"},
		{"Russian missiles struck a Ukrainian air base near Lviv.", "UKR"},
	} {
		checkTargetKept(t, p, "19", c.text, c.tgt)
	}
}

// TestS37CriticizedMove: a criticism after ", and" whose object is the
// act told before ("called it a crime", "condemned the arrests") is aimed
// at that act's agent, of the critic's own state too, not at a place the
// clause before named (criticizedMove). A party the criticism names
// itself is kept.
func TestS37CriticizedMove(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "an opposition leader calls the blockade a crime", text: "Venezuelan troops blocked trucks of aid at the border bridges from Colombia on Saturday, and opposition leader Juan Guaido called it a crime against humanity.", code: "11", src: "VEN", tgt: "VEN"},
		{why: "a region's leaders call the blockade a war crime", text: "Ethiopian troops blocked aid convoys at the border crossing from Sudan, and Tigray's leaders called it a war crime.", code: "11", src: "ETH", tgt: "ETH"},
	})
	// must not: a party the criticism's own words name
	text := "Israeli jets struck Gaza on Friday, and Turkey condemned Israel."
	checkTargetKept(t, p, "11", text, "ISR")
}

// TestS37RequestedFrom: an appeal or a demand that names no one is aimed
// at the party it asks something "from" (requestedFrom). A "from" after a
// word of leaving ("the withdrawal of foreign forces from Libya") tells a
// place left, not an addressee.
func TestS37RequestedFrom(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "assistance sought from two states", text: "Sri Lanka's government sought urgent assistance from India and Japan for relief operations after the floods.", code: "02", src: "LKA", tgt: "IND"},
	})
	// must not: a withdrawal from a place
	text := "The African Union demanded the withdrawal of foreign forces from Libya."
	checkTargetKept(t, p, "10", text, "LBY")
}

// TestS37WelcomedGesture: a welcome of "the gesture", "the apology",
// "the pledge" or "the offer" told before is aimed at whoever made it
// (welcomedAct, with actAnaphor's wider nouns).
func TestS37WelcomedGesture(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a gesture of remorse welcomed", text: "Japan's prime minister voiced deep remorse for the suffering Japan inflicted on its Asian neighbours, and Seoul welcomed the gesture.", code: "051", src: "KOR", tgt: "JPN"},
	})
}

// TestS37JointMutual: states named together that fight or break off
// talks, whose only target is one of them or a place in it, act towards
// each other (jointMutual). A joint act on a third party, or a place
// taken from a third party, keeps its sides.
func TestS37JointMutual(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "two states fight along a border place", text: "Kyrgyz and Tajik border troops fought with mortars, armoured vehicles and drones near Batken on Friday, officials said.", code: "19", src: "KGZ", tgt: "TJK"},
		{why: "three states break off talks in one's capital", text: "Egypt, Ethiopia and Sudan broke off talks on the Nile dam in Khartoum on Wednesday.", code: "16", src: "EGY", tgt: "ETH"},
	})
	// must not: allies raiding a third party; a town recaptured from insurgents
	for _, text := range []string{
		"Somali and Kenyan forces raided an al Shabaab camp in Lower Juba.",
		"Mozambican and Rwandan troops recaptured the port town of Mocimboa da Praia from insurgents.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if len(e.Source) != 2 {
				t.Errorf("%q coded %s %s>%s, want the joint source kept", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
}

// TestS37UrgedMet: an appeal whose object is an unresolved pronoun
// ("urged them") is aimed at whom its actor acted on just before
// (urgedMet). An appeal with no object of its own, and a pronoun for the
// actor's own people, are left.
func TestS37UrgedMet(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "leaders met and urged", text: "The French president met protest leaders in Noumea and urged them to lift the roadblocks.", code: "02", src: "FRA", tgt: "NCL"},
	})
	// must not: no object of its own
	text := "Ukraine thanked Germany for the tanks and asked for fighter jets."
	for _, e := range codeText(t, p, "2024-05-01", text) {
		if e.CAMEORoot == "02" && len(e.Target) > 0 {
			t.Errorf("%q coded %s %s>%s, want no target", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

// TestS37RefusedRelative: a refusal told in a relative clause on the
// party the main clause acts against is aimed at the main clause's agent
// (refusedAfter, relativeRefuser); the object of the refused infinitive
// is no owner to keep.
func TestS37RefusedRelative(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "strikes on a government that had refused", text: "France and Britain began air strikes against the government of Libya, which had refused to halt attacks on civilians.", code: "12", src: "LBY", tgt: "FRA"},
		{why: "sanctions on a state that had refused to release prisoners", text: "The United States imposed sanctions on Nicaragua, which had refused to release political prisoners held by its police.", code: "12", src: "NIC", tgt: "USA"},
	})
}

// checkTargetKept: every event of root coded from text keeps tgt among
// its targets (the must-not rows of rules that re-aim answers).
func checkTargetKept(t *testing.T, p *Pipeline, root, text, tgt string) {
	t.Helper()
	for _, e := range codeText(t, p, "2024-05-01", text) {
		if e.CAMEORoot == root && !hasCountry(e.Target, tgt) {
			t.Errorf("%q coded %s %s>%s, want the target kept (%s)", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), tgt)
		}
	}
}
