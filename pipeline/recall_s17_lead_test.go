package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// sideFull: a side holds an actor of exactly this code ("ETHREB"), or
// anything for "-".
func sideFull(as []event.Actor, want string) bool {
	if want == "-" {
		return true
	}
	for _, a := range as {
		if a.Code == want {
			return true
		}
	}
	return false
}

// TestS17LeadHeldPlaces: the places a force holds ("rebel positions",
// "militant hideouts", "jihadist bases", "a Tamil Tiger stronghold") are
// the force, as "rebel camps" already were (data/actors/sectors.txt),
// and a verb line that wants the place noun after its object finds it as
// the phrase's last word (verb/match.go, headWordAfter). Things a force
// is or owns are not places ("sent military aircraft ... to Aceh").
func TestS17LeadHeldPlaces(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "rebel positions, no known place", text: "Ethiopian troops bombed rebel positions in Tigray.", code: "19", src: "ETHMIL", tgt: "ETHREB"},
		{why: "rebel positions", text: "Syrian government forces shelled rebel positions near Hama.", code: "19", src: "-", tgt: "SYRREB"},
		{why: "insurgent positions", text: "Afghan troops pounded insurgent positions in Helmand.", code: "19", src: "AFGMIL", tgt: "AFGREB"},
		{why: "militant hideouts abroad", text: "Kenyan troops raided militant hideouts in Somalia.", code: "19", src: "KENMIL", tgt: "SOMREB"},
		{why: "a named group's positions as a passive subject", text: "Hezbollah positions were hit by Israeli jets.", code: "19", src: "ISRMIL", tgt: "LBNREB"},
		{why: "the place noun a verb line wants", text: "Sri Lankan troops overran a Tamil Tiger camp in the northeast.", code: "190", src: "LKAMIL", tgt: "LKASEP"},
		{why: "the place noun a verb line wants, a stronghold", text: "Sri Lankan troops overran the last Tamil Tiger stronghold in the northeast.", code: "190", src: "LKAMIL", tgt: "LKASEP"},
		{why: "captured positions", text: "Iraqi troops captured Islamic State positions west of Mosul.", code: "192", src: "IRQMIL", tgt: "-"},
		{why: "must not: sent aircraft are not the army hit", text: "Australia sent military aircraft carrying food and water to Aceh.", code: "07", src: "AUS", tgt: "AUSMIL", none: true},
		{why: "must not: a party's positions are not an attack", text: "The party changed its positions on immigration.", code: "19", src: "-", tgt: "-", none: true},
		{why: "must not: a president's political base", text: "The president rallied his base in Ohio.", code: "", src: "-", tgt: "-", none: true},
	}, sideFull)
}

// TestS17LeadSharedAdversary: an appeal, demand, criticism, rejection,
// threat or cut in relations joined by "and" to an earlier hostile act of
// the same subject, with no target of its own, is aimed at that act's
// target (verb/clauses.go, sharedAdversary). Not after a cooperative act,
// not a verb with its own addressee, not a gerund in a list of charges.
func TestS17LeadSharedAdversary(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "summoned and warned", text: "Beijing's foreign ministry summoned the American ambassador and warned of necessary measures.", code: "13", src: "CHN", tgt: "USA"},
		{why: "summoned and threatened", text: "Turkey summoned the Swedish envoy and threatened to block Stockholm's NATO bid.", code: "13", src: "TUR", tgt: "SWE"},
		{why: "summoned and demanded", text: "Japan summoned China's ambassador and demanded an explanation.", code: "10", src: "JPN", tgt: "CHN"},
		{why: "recalled and suspended", text: "Pakistan recalled its envoy from India and suspended trade.", code: "16", src: "PAK", tgt: "IND"},
		{why: "seized and threatened", text: "Iran seized a Greek tanker and threatened retaliation.", code: "13", src: "IRN", tgt: "GRC"},
		{why: "sanctioned and warned", text: "The United States sanctioned three Chinese firms and warned of more measures.", code: "13", src: "USA", tgt: "CHN"},
		{why: "condemned and called for restraint (the tagger's participle)", text: "Egypt condemned the Israeli strike and called for restraint.", code: "02", src: "EGY", tgt: "ISR"},
		{why: "demanded and threatened", text: "Trade unions in Nigeria demanded a higher minimum wage from the federal government and threatened a nationwide strike.", code: "13", src: "NGA", tgt: "NGA"},
		{why: "fired and threatened", text: "North Korea fired a missile over Japan and threatened more tests.", code: "13", src: "PRK", tgt: "JPN"},
		{why: "must not: a cooperative act says nothing of whom the appeal is to", text: "Ukraine thanked Germany for the tanks and asked for fighter jets.", code: "02", src: "-", tgt: "DEU", none: true},
		{why: "must not: an addressee of its own", text: "Cuba's president blamed the United States for the unrest and urged revolutionaries to take to the streets.", code: "02", src: "-", tgt: "USA", none: true},
		{why: "must not: the rest urged are not the dead", text: "The army killed five militants in Borno and urged the rest to surrender.", code: "02", src: "-", tgt: "NGA", none: true},
	}, sideCountry)
}

// TestS17LeadSocietyAddressesState: a party, union, students, civilians or
// rebels demanding, criticising or rejecting with no one named address
// their own state (pipeline/default.go, domesticTarget, societySector);
// a state's organ, a foreign addressee or a named one keep theirs.
func TestS17LeadSocietyAddressesState(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "an opposition leader's demand", text: "Ugandan opposition leader Bobi Wine demanded a recount of the presidential vote.", code: "10", src: "UGA", tgt: "UGA"},
		{why: "unions' rejection", text: "French unions rejected the pension reform as unfair.", code: "12", src: "FRA", tgt: "FRA"},
		{why: "students' demand", text: "Chilean students demanded free university education.", code: "10", src: "CHL", tgt: "CHL"},
		{why: "a named addressee stays", text: "Kenyan opposition leaders demanded that the United States stop funding the police mission.", code: "10", src: "KEN", tgt: "USA"},
		{why: "must not: a government's demand with no one named", text: "The Nigerian government demanded a full investigation into the crash.", code: "10", src: "-", tgt: "NGA", none: true},
	}, sideCountry)
}

// TestS17LeadBombedSite: a place or premises named right before an attack
// noun is what was hit, not the agent (verb/match.go, attackedModifier),
// unless the noun is its clause's subject, whose verb codes the act with
// its own rules. (X25: the bombing is claimed directly here; one named
// after "claimed responsibility for" is referred to, not coded.)
func TestS17LeadBombedSite(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "a claimed mosque bombing", text: "The Pakistani Taliban claimed the Peshawar mosque bombing.", code: "1", src: "PAKREB", tgt: "PAKMOS"},
		{why: "a state's bombing stays its own", text: "The Russian bombing of Aleppo continued for weeks.", code: "195", src: "RUS", tgt: "SYR"},
		{why: "must not: the mosque is no bomber", text: "The Pakistani Taliban claimed the Peshawar mosque bombing.", code: "1", src: "PAKMOS", tgt: "-", none: true},
	}, sideFull)
}
