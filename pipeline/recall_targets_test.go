package pipeline

import "testing"

// Every sentence in this file was written for it.

// TestRecallRequestMakers: a reaction to a call, demand, proposal, offer
// or request answers its maker, named after "by" or "from"; a reaction
// with a target of its own, or to a call nobody is named as making,
// keeps what it had.
func TestRecallRequestMakers(t *testing.T) {
	p := newTestPipeline(t)
	checkFrames(t, p, []frameCase{
		{"rejected calls by", "Oslo rejected calls by Denmark for a fishing ban.", "12", "NOR", "DNK", false},
		{"dismissed demands from", "Vietnam dismissed demands from China for joint patrols.", "12", "VNM", "CHN", false},
		{"renewed calls", "Chile rejected renewed calls by Peru for talks.", "12", "CHL", "PER", false},
		{"accepted a request", "Nepal accepted a request by India for talks.", "08", "NPL", "IND", false},
		{"condemned a proposal", "Greece condemned a proposal by Turkey for drilling.", "11", "GRC", "TUR", false},
		{"welcomed an offer", "Ghana welcomed an offer from Nigeria to mediate.", "05", "GHA", "NGA", false},
		{"the pattern reaches past the maker", "Warsaw rejected calls by Lithuania for financial aid.", "12", "POL", "LTU", false},
		{"a slot inside what is asked", "The Kenyan government rejected calls by Uganda to withdraw troops.", "12", "KEN", "UGA", false},
		{"a call made by", "Austria rejected a call made by Hungary for border checks.", "12", "AUT", "HUN", false},
		{"agreed to a request", "The UN agreed to a request by Haiti for police officers.", "08", "---", "HTI", false},
		{"the call as a passive's subject", "Demands from Hungary for border checks were rejected by Austria.", "12", "AUT", "HUN", false},
		{"a reported passive", "Serbia said demands from Hungary were rejected by Austria.", "12", "AUT", "HUN", false},
		{"an offer welcomed in the passive", "The offer from Ghana was welcomed by Togo.", "05", "TGO", "GHA", false},
		// Must not: nobody named, or a target of the pattern's own.
		{"a passive call with no maker", "Calls for border checks were rejected by Austria.", "12", "AUT", "?", false},
		{"nobody makes the call", "Poland rejected the proposal for a summit.", "12", "POL", "?", false},
		{"a call for economic aid", "Berlin rejected calls for economic aid.", "12", "DEU", "?", false},
		{"calls from a place", "Chile rejected calls from Lima for talks.", "12", "CHL", "?", false},
		{"a call heard in a country", "Chile rejected calls in Peru for talks.", "12", "CHL", "?", false},
	}, true)
}

// TestRecallObjectPlaces: a condemnation, endorsement, rejection, threat
// or claim of responsibility with no target, whose object is an event or
// measure "in" a place, is aimed at that place's state. A place that is
// only where the speaker spoke, met or was is not.
func TestRecallObjectPlaces(t *testing.T) {
	p := newTestPipeline(t)
	checkFrames(t, p, []frameCase{
		{"a massacre in a town", "The UN Security Council condemned the massacre in Bucha.", "11", "---", "UKR", false},
		{"executions in a capital", "Amnesty International denounced the executions in Tehran.", "11", "---", "IRN", false},
		{"a crackdown on someone in a city", "The EU condemned the crackdown on students in Minsk.", "11", "---", "BLR", false},
		{"violence in a region of a country", "The opposition condemned the violence in northern Mali.", "11", "MLI", "MLI", false},
		{"a claim of an attack on a thing in a city", "Al-Shabaab claimed responsibility for the attack on a hotel in Mogadishu.", "01", "SOM", "SOM", false},
		{"a threatened measure", "The army threatened to impose martial law in Karachi.", "13", "PAK", "PAK", false},
		{"a threatened attack on a thing", "The rebels threatened to attack the airport in Juba.", "13", "SSD", "SSD", false},
		{"protests condemned", "The junta condemned the protests in Yangon.", "11", "MMR", "MMR", false},
		{"concern over fighting", "Turkey expressed concern over the fighting in Idlib.", "01", "TUR", "SYR", false},
		{"a truce endorsed", "The prime minister praised the truce in Yemen.", "05", "-", "YEM", false},
		{"election results rejected", "Bolivia rejected the election results in Peru.", "12", "BOL", "PER", false},
		{"the first place, not the venue after it", "France condemned the crackdown in Tehran at a meeting in Brussels.", "11", "FRA", "IRN", false},
		{"the event placed at the speaker's city", "The African Union, meeting in Addis Ababa, condemned the coup in Gabon.", "11", "---", "GAB", false},
		{"a fronted place", "In Madrid, the king condemned the killings in Darfur.", "11", "-", "SDN", false},
		{"a city naming the event", "Japan condemned the Colombo bombings.", "11", "JPN", "LKA", false},
		// Must not: the place is the speaker's.
		{"no place at all", "Japan condemned the bombings.", "11", "JPN", "?", false},
		{"only a fronted place", "In Madrid, the king condemned the killings.", "11", "-", "?", false},
		{"spoke in a city", "Canada condemned the attack while speaking in Ottawa.", "11", "CAN", "?", false},
		{"at a news conference in a city", "Japan condemned the bombing at a news conference in Osaka.", "11", "JPN", "?", false},
		{"in a statement in a city", "France condemned the bombing in a statement in Paris.", "11", "FRA", "?", false},
		{"after a day", "Germany condemned the attack on Tuesday in Berlin.", "11", "DEU", "?", false},
		{"during talks in a city", "Spain condemned the violence during talks in Madrid.", "11", "ESP", "?", false},
		{"met in a city", "Ministers meeting in Doha condemned the attack.", "11", "-", "?", false},
		{"a dateline", "KABUL - Pakistan condemned the attack.", "11", "PAK", "?", false},
		{"no event noun", "Norway condemned the decision in Oslo.", "11", "NOR", "?", false},
		{"concern voiced at a summit", "Chile expressed concern over the fighting at a summit in Lima.", "01", "CHL", "?", false},
	}, true)
}

// TestRecallParticles: a particle or adverb right after a verb is no head
// of a pattern of its own: "pull back troops" supports nobody; the verb
// "back" still does, and so does a particle pattern that spells more
// words ("shot down a drone").
func TestRecallParticles(t *testing.T) {
	p := newTestPipeline(t)
	checkFrames(t, p, []frameCase{
		{"pull back troops", "Thailand and Cambodia agreed to pull back troops.", "07", "-", "-", true},
		{"sent back refugees", "Senegal sent back Gambian refugees.", "07", "-", "-", true},
		{"the verb back", "Japan backed the Korean proposal.", "05", "JPN", "KOR", false},
		{"shot down a drone", "Iran shot down an American drone.", "19", "IRN", "USA", false},
	}, false)
}

// TestRecallForAddressees: "for X to act" makes X the subject of the act,
// and the party an appeal or demand asks; a call for a thing to happen
// asks nobody.
func TestRecallForAddressees(t *testing.T) {
	p := newTestPipeline(t)
	checkFrames(t, p, []frameCase{
		{"called for a state to act", "The UN called for Iran to release the detained journalists.", "02", "---", "IRN", false},
		{"pressed for troops to leave", "The EU pressed for Kenyan troops to withdraw from Somalia.", "02", "---", "KEN", false},
		// A withdrawal asked is the appeal's content (X38,
		// askedConcession); aid asked stays, the addressee's.
		{"the act asked is theirs", "The EU pressed for Kenyan troops to provide aid to Somalia.", "07", "KEN", "SOM", false},
		{"time for a state to act", "It is time for Serbia to recognise Kosovo.", "05", "SRB", "KSV", false},
		// Must not: a call for a thing to happen names no addressee.
		{"a call for talks to resume", "The pope called for talks to resume.", "02", "-", "?", false},
	}, false)
}

// TestRecallNominalPlaces: where a nominal meeting happens may stand
// between it and the parties after "between".
func TestRecallNominalPlaces(t *testing.T) {
	p := newTestPipeline(t)
	checkFrames(t, p, []frameCase{
		{"talks in a city between", "The talks in Vienna between Iran and the European Union stalled.", "04", "IRN", "---", false},
		{"a meeting in a capital between", "The meeting in Cairo between Hamas and Fatah was held on Sunday.", "04", "PSE", "PSE", false},
		{"a summit at a named place", "The summit at Camp David between Egypt and Israel ended on Friday.", "04", "EGY", "ISR", false},
	}, false)
}
