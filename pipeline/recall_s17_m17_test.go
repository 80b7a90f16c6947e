package pipeline

import "testing"

// TestS17M17ItsVictim: "its" as the object of an act of harm in a time or
// reason clause (or in what the subject says was done to it) is the
// sentence subject's state, not the clause agent's nor the story's
// (itsvictim_m17.go). Must-not rows: a clause with no actor for subject,
// a subject the verb stage does not take ("militants there"), the sea
// a show of force is fired toward.
func TestS17M17ItsVictim(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "partitive, actor phrase", text: "New Delhi lodged a strong protest with China after Chinese soldiers killed 20 of its troops in the Galwan valley.", code: "19", src: "CHN", tgt: "IND"},
		{why: "partitive, shot down", text: "Moscow suspended visa-free travel with Ankara a day after Turkish jets shot down one of its bombers.", code: "19", src: "TUR", tgt: "RUS"},
		{why: "arrest of its officers", text: "Kosovo protested to Belgrade after Serbian police arrested three of its officers near the border.", code: "173", src: "SRB", tgt: "KSV"},
		{why: "no actor: its border towns", text: "Armenia appealed to Russia for help after Azerbaijani troops shelled its border towns overnight.", code: "19", src: "AZE", tgt: "ARM"},
		{why: "no actor: its fleet", text: "Russia suspended its participation in the grain deal after Ukrainian drones attacked its fleet in Sevastopol.", code: "19", src: "UKR", tgt: "RUS"},
		{why: "no actor: its surveillance balloon", text: "Beijing protested after the United States shot down its surveillance balloon off the Carolina coast.", code: "19", src: "USA", tgt: "CHN"},
		{why: "fired at its cities, agent from the story", text: "Israel said it struck Hamas targets in Gaza after militants fired hundreds of rockets at its cities.", code: "19", src: "PSE", tgt: "ISR"},
		{why: "when-clause, in three of its provinces", text: "Tehran said its air defences had intercepted most of the missiles when Israeli jets struck military sites in three of its provinces.", code: "195", src: "ISR", tgt: "IRN"},
		{why: "nominal agent: Syrian shelling", text: "Turkey struck Syrian government targets after Syrian shelling killed seven of its soldiers in Idlib.", code: "19", src: "SYR", tgt: "TUR"},
		{why: "seized its oil tankers", text: "Iran protested after the United States seized its oil tankers bound for Venezuela.", code: "1711", src: "USA", tgt: "IRN"},
		{why: "violated its airspace", text: "Greece protested after Turkish fighter jets violated its airspace 30 times in one day.", code: "15", src: "TUR", tgt: "GRC"},
		{why: "what the subject says was done to it", text: "Lebanon's president said Israeli drones had attacked its capital, a declaration of war.", code: "19", src: "ISR", tgt: "LBN"},
		// must not
		{why: "clause with a pronoun subject: no self-harm", text: "Russia said it seized the Ukrainian ships after they violated its territorial waters near the Kerch Strait.", code: "15", src: "RUS", tgt: "RUS", none: true},
		{why: "militants there: the verb stage lends the main subject", text: "Israel struck targets in southern Lebanon after militants there fired 34 rockets at its northern towns.", code: "19", src: "ISR", tgt: "ISR", none: true},
		{why: "missiles toward its waters stay a show of force", text: "Seoul's defence ministry said North Korea had fired two short-range ballistic missiles toward its eastern waters.", code: "195", src: "PRK", tgt: "KOR", none: true},
		{why: "missiles toward its waters: the 150 stays", text: "Seoul's defence ministry said North Korea had fired two short-range ballistic missiles toward its eastern waters.", code: "150", src: "PRK", tgt: "-"},
		{why: "a lent subject does not fire at its own boats", text: "Manila lodged a protest with Beijing after Chinese coast guard ships fired water cannon at its resupply boats.", code: "17", src: "PHL", tgt: "PHL", none: true},
		{why: "a person is no state's thing: no new actor, no event", text: "Germany protested after the match when Spanish players attacked its goalkeeper.", code: "19", src: "-", tgt: "DEU", none: true},
		{why: "its own positions are the agent's", text: "Kyiv said Russian artillery had shelled its own positions by mistake.", code: "19", src: "RUS", tgt: "UKR", none: true},
	}, sideOK)
}

// TestS17M17ReactionAgent: a protest, complaint or threat with no target,
// right before a clause of "after", "when" or "as", is aimed at that
// clause's subject when it is another state's (reaction_m17.go).
// Must-not rows: a crowd's protest, a reaction that names its target, a
// clause whose subject is no actor.
func TestS17M17ReactionAgent(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "protested after", text: "Beijing protested after the United States shot down its surveillance balloon off the Carolina coast.", code: "11", src: "CHN", tgt: "USA"},
		{why: "protested after, police", text: "Ankara protested after German police detained two of its citizens at Frankfurt airport.", code: "11", src: "TUR", tgt: "DEU"},
		{why: "protested when", text: "Cuba protested when U.S. officials barred its diplomats from travelling outside Washington.", code: "11", src: "CUB", tgt: "USA"},
		{why: "protested after, a map", text: "India protested after Nepal published a new map that placed disputed territory within its borders.", code: "11", src: "IND", tgt: "NPL"},
		{why: "vessel entered waters", text: "Greece protested after a Turkish research vessel entered waters where it holds drilling rights.", code: "11", src: "GRC", tgt: "TUR"},
		// must not
		{why: "a crowd's protest keeps its sides", text: "Kenyan students protested in Nairobi after Ugandan police arrested a Kenyan journalist.", code: "14", src: "-", tgt: "UGA", none: true},
		{why: "a named target stays", text: "Japan protested to China after North Korean missiles landed in the Sea of Japan.", code: "11", src: "JPN", tgt: "PRK", none: true},
		{why: "no actor in the clause", text: "Japan protested after the talks in Moscow collapsed.", code: "11", src: "JPN", tgt: "RUS", none: true},
		{why: "the same state's agent", text: "Farmers protested in Delhi after the government passed three farm laws.", code: "11", src: "-", tgt: "IND", none: true},
	}, sideOK)
}
