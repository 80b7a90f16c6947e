package pipeline

import "testing"

// TestS34ProtestHome: a protest told by its own noun with no protester
// named is made by the people of the state it is placed in, against
// their own state (protestHome). A protest placed in one state and aimed
// at another keeps no source.
func TestS34ProtestHome(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "protests erupted in a capital", text: "Protests erupted in Nairobi after the disputed vote.", code: "141", src: "KEN", tgt: "KEN"},
		{why: "riots broke out in a city", text: "Riots broke out in Dakar overnight after the opposition leader was jailed.", code: "145", src: "SEN", tgt: "SEN"},
		{why: "demonstrations spread across a state", text: "Demonstrations spread across Serbia on Saturday.", code: "141", src: "SRB", tgt: "SRB"},
		{why: "protesters named only by what they are", text: "Protesters blocked the main roads into Amman to demand the resignation of the government.", code: "14", src: "JOR", tgt: "JOR"},
	})
	// must not: a protest in one state aimed at another names no protester's state
	for _, tc := range []struct{ why, text, code, place string }{
		{"protests abroad against another state", "Protests erupted in London against China's crackdown in Hong Kong.", "141", "GBR"},
		{"a protest outside another state's embassy", "Protests were held outside the Russian embassy in Berlin.", "141", "DEU"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", tc.text) {
			if e.CAMEO == tc.code && hasCountry(e.Source, tc.place) {
				t.Errorf("%s: %q coded %s %s>%s, want no %s source", tc.why, tc.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), tc.place)
			}
		}
	}
}

// TestS34OwnPrisoners: prisoners or detainees a state frees or will free,
// with no state of their own named, are its own people (ownPrisoners).
// Prisoners named with a state keep it, and hostages are not the
// holder's own.
func TestS34OwnPrisoners(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "would release prisoners", text: "Bahrain's government said it would release 300 prisoners.", code: "0353", src: "BHR", tgt: "BHR"},
		{why: "agreed to release prisoners", text: "The Cuban government agreed to release 200 prisoners after talks with the Vatican.", code: "0353", src: "CUB", tgt: "CUB"},
		{why: "would free detainees", text: "Iran said it would free 50 detainees after the European Union eased sanctions.", code: "0353", src: "IRN", tgt: "IRN"},
		// must not: prisoners of another named state keep it
		{why: "another state's prisoners", text: "Israel freed 39 Palestinian prisoners.", code: "0841", src: "ISR", tgt: "PSE"},
	})
	// must not: hostages are not the holder's own people
	for _, e := range codeText(t, p, "2024-05-01", "Hamas said it would release 30 hostages.") {
		if e.CAMEO == "0353" && hasCountry(e.Target, "PSE") {
			t.Errorf("hostages: coded %s %s>%s, want no PSE target", e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

// TestS34ReactionAct: a demand or a threat with no target, told in a
// clause joined after another state's act, is aimed at that act's agent,
// as a criticism is (criticizedAct, reactionRoot). A reaction to one's
// own state's act keeps no target.
func TestS34ReactionAct(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a threat of revenge after an execution", text: "Saudi Arabia executed a prominent Shiite cleric, and Iran warned of divine revenge.", code: "13", src: "IRN", tgt: "SAU"},
		{why: "a threat to respond after tests", text: "India carried out three nuclear tests, and Pakistan threatened to respond in kind.", code: "13", src: "PAK", tgt: "IND"},
		{why: "a demand after a deployment", text: "Serbia deployed troops near the border, and Kosovo demanded their withdrawal.", code: "10", src: "KSV", tgt: "SRB"},
	})
	// must not: a threat after one's own state's act
	for _, e := range codeText(t, p, "2024-05-01", "Russian troops shelled Kharkiv, and Moscow warned of more strikes.") {
		if e.CAMEORoot == "13" && hasCountry(e.Target, "RUS") {
			t.Errorf("own act: coded %s %s>%s, want no RUS target", e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

// TestS34SharedTarget: a second verb phrase of one subject, joined by
// "and" with no subject of its own and naming no party, acts on the
// party the first did, when both acts are of one kind (sharedTarget). A
// cooperative act after a hostile one takes nothing from it.
func TestS34SharedTarget(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "shelled, then threatened", text: "Turkey shelled Kurdish positions in Syria and threatened a ground offensive.", code: "13", src: "TUR", tgt: "SYR"},
		{why: "welcomed, then pledged a loan", text: "India welcomed the Bangladeshi prime minister and pledged a loan of 2 billion dollars.", code: "0331", src: "IND", tgt: "BGD"},
		{why: "welcomed, then promised ties", text: "Japan welcomed the Chinese premier and promised closer economic ties.", code: "03", src: "JPN", tgt: "CHN"},
	})
	// must not: a cooperative act after a hostile one
	for _, e := range codeText(t, p, "2024-05-01", "Turkey shelled Kurdish positions in Syria and promised to rebuild the border town.") {
		if e.CAMEORoot == "03" && hasCountry(e.Target, "SYR") {
			t.Errorf("hostile, then cooperative: coded %s %s>%s, want no SYR target", e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

// TestS34BorderNeighbour: a state named only as the far side of a border
// or the end of a road is not whom a protest or a domestic coercion is
// aimed at: the actor's own state is (borderNeighbour). A border closed
// is still closed against the neighbour.
func TestS34BorderNeighbour(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "an emergency on a border", text: "Latvia declared a state of emergency along its border with Belarus.", code: "1724", src: "LVA", tgt: "LVA"},
		{why: "border crossings blocked", text: "Hungarian truckers blocked border crossings with Serbia in protest against fuel prices.", code: "144", src: "HUN", tgt: "HUN"},
		// must not: a closure is aimed at the neighbour
		{why: "a border closed", text: "Finland closed its border with Russia.", code: "191", src: "FIN", tgt: "RUS"},
	})
}

// TestS34OwnDomestic: threats of protest or repression, restrictions,
// mass expulsions and killings and chemical weapons used, with no one
// named as their object, are aimed at the actor's own state
// (ownDomestic). A target named stays.
func TestS34OwnDomestic(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a strike threatened", text: "South Africa's largest union threatened a general strike over the pension reform.", code: "133", src: "ZAF", tgt: "ZAF"},
		{why: "unrest to be crushed", text: "The Iranian interior minister threatened to crush any new unrest.", code: "13", src: "IRN", tgt: "IRN"},
		{why: "a chemical weapon used", text: "Syrian government forces used sarin gas, the inspectors concluded.", code: "2041", src: "SYR", tgt: "SYR"},
		// must not: a target named stays
		{why: "a curfew on an occupied town", text: "Israel imposed a curfew on Hebron.", code: "1723", src: "ISR", tgt: "PSE"},
	})
}

// TestS34SceneVictims: the victims of violence by no known agent, named
// only by what they are, are the people of the state where it happened:
// the event's own place before a participle that goes on from its
// clause, or the one state the sentence's other events are placed in
// (sceneVictims). A meeting's venue in another clause and a refuge are
// no scene.
func TestS34SceneVictims(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a place before the participle", text: "A man drove his car into a crowd of counter-protesters in Portland, Oregon, killing a woman.", code: "18", src: "-", tgt: "USA"},
		{why: "the curfew's place", text: "The governor imposed a curfew in Kaduna after gunmen attacked a village, killing a pastor.", code: "18", src: "-", tgt: "NGA"},
		{why: "the curfew's place, police", text: "Police declared a curfew in Jos after gunmen attacked a church, killing a priest.", code: "18", src: "-", tgt: "NGA"},
	})
	// must not: a venue in another clause, a refuge
	for _, tc := range []struct{ why, text, not string }{
		{"a venue in another clause", "Peace talks resumed in Doha on Monday, as militants attacked an army post in the south.", "QAT"},
		{"a refuge", "Rebels attacked villagers fleeing to Kenya.", "KEN"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", tc.text) {
			if violentRoot(e.CAMEORoot) && hasCountry(e.Target, tc.not) {
				t.Errorf("%s: %q coded %s %s>%s, want no %s target", tc.why, tc.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), tc.not)
			}
		}
	}
}

// TestS34OwnForcesAim: a state's own forces named as the object of its
// act are what it moves; the state named after them in the clause is
// whom the act is aimed at (ownForcesAim). An inquiry into its own
// forces stays its own affair.
func TestS34OwnForcesAim(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "troops pulled back from a border", text: "Russia said it would pull some of its troops back from the border with Finland.", code: "0356", src: "RUS", tgt: "FIN"},
		{why: "forces massed near a border", text: "China refused to pull back its forces massed near the Indian border.", code: "1246", src: "CHN", tgt: "IND"},
	})
	// must not: an inquiry into its own forces
	for _, e := range codeText(t, p, "2024-05-01", "Israel's army said it was investigating whether its soldiers had fired on Lebanese civilians.") {
		if e.CAMEORoot == "09" && hasCountry(e.Target, "LBN") {
			t.Errorf("own inquiry: coded %s %s>%s, want no LBN target", e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

// TestS34OwnedObject: an act with no target whose object is a thing a
// state owns, told with its possessive or adjective, is aimed at that
// state (ownedObject). A region's adjective, a state the act starts from
// and the actor's own state are no owner acted on.
func TestS34OwnedObject(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a state's ports", text: "China threatened to blockade Japan's ports.", code: "1381", src: "CHN", tgt: "JPN"},
		{why: "a state's bombardment criticised", text: "Western leaders criticised the scale of the Russian bombardment.", code: "111", src: "-", tgt: "RUS"},
	})
	// must not: a region's adjective, a state crossed from
	for _, tc := range []struct{ why, text, not string }{
		{"a region's adjective", "The Arab League criticised the scale of the Western bombardment.", "WST"},
		{"a state crossed from", "Rwandan soldiers crossed the border from neighbouring Uganda overnight.", "UGA"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", tc.text) {
			if hasCountry(e.Target, tc.not) {
				t.Errorf("%s: %q coded %s %s>%s, want no %s target", tc.why, tc.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), tc.not)
			}
		}
	}
}

// TestS34PlaceHost: a pledge, a meeting or a cooperative act with no
// target, placed after its verb in another state than its actor's, is
// aimed at that state (placeHost). A speech's venue after a comma and a
// host's own venue are no party.
func TestS34PlaceHost(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "talks held in a capital", text: "A Turkish delegation led by the deputy foreign minister held talks in Baghdad.", code: "04", src: "TUR", tgt: "IRQ"},
		{why: "operations scaled back around a city", text: "Moscow said it would scale back military operations around Kharkiv.", code: "0356", src: "RUS", tgt: "UKR"},
	})
	// must not: a speech's venue, a host's venue
	for _, tc := range []struct{ why, text, not string }{
		{"a speech's venue", "Japan pledged 10 billion dollars to developing countries, the prime minister told the summit in Glasgow.", "GBR"},
		{"a host's venue", "Oman hosted the meeting in Geneva.", "CHE"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", tc.text) {
			if hasCountry(e.Target, tc.not) {
				t.Errorf("%s: %q coded %s %s>%s, want no %s target", tc.why, tc.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), tc.not)
			}
		}
	}
}
