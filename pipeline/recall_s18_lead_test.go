package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// TestS18LeadRebelsHarmIts: a state that reports harm done to "its" posts,
// towns or positions owns them, and its own rebels, separatists or
// protesters are no part of the state whose act on its own the
// own-country check leaves alone (pipeline/itsvictim_m17.go,
// againstState). A state's own forces in the clause still keep "its" for
// no one. "fire on its positions" is read by "fire on +", so the owner
// found is the target (data/verbs/19-fight.txt).
func TestS18LeadRebelsHarmIts(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "domestic rebels shelled its posts", text: "Turkey said Kurdish militants had shelled its border posts.", code: "19", src: "TURREB", tgt: "TUR"},
		{why: "domestic rebels attacked its villages", text: "Colombia said FARC dissidents attacked its border villages overnight.", code: "18", src: "-", tgt: "COL"},
		{why: "separatists shelled its towns", text: "India said Kashmiri separatists had fired rockets at its towns.", code: "19", src: "-", tgt: "IND"},
		{why: "foreign troops fired on its positions", text: "India said Pakistani troops fired on its positions along the Line of Control.", code: "193", src: "PAKMIL", tgt: "IND"},
		{why: "foreign troops fired on its positions, a ministry speaks", text: "Armenia's defence ministry said Azerbaijani forces had fired on its positions near Sotk.", code: "193", src: "AZEMIL", tgt: "ARM"},
		{why: "must not: the state's own army in the clause", text: "Russia said its army had shelled its own positions by mistake.", code: "19", src: "-", tgt: "RUS", none: true},
		{why: "must not: rebels' own means", text: "Turkey said Kurdish militants had fired its rockets from Iraq.", code: "19", src: "-", tgt: "TUR", none: true},
	}, sideFull)
}

// TestS18LeadSentBodies: a verb line that wants "delegation" or "envoy"
// after a gap finds it as the last word of the actor it names ("hosted
// Israeli and Hamas delegations"), as the places a force holds are found
// (verb/match.go, headWordAfter, sentBody).
func TestS18LeadSentBodies(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "two sides' delegations hosted", text: "Egyptian mediators hosted Israeli and Hamas delegations in Cairo for ceasefire talks.", code: "043", src: "EGY", tgt: "ISR"},
		{why: "two sides' delegations hosted, the second", text: "Egyptian mediators hosted Israeli and Hamas delegations in Cairo for ceasefire talks.", code: "043", src: "EGY", tgt: "PSEREB"},
		{why: "two states' delegations welcomed", text: "Turkey welcomed Russian and Ukrainian delegations for grain talks in Istanbul.", code: "043", src: "TUR", tgt: "UKR"},
		{why: "one delegation, unchanged", text: "Qatar hosted a Taliban delegation in Doha.", code: "043", src: "QAT", tgt: "AFGGOV"},
		{why: "must not: a delegation of the host's own farmers stays as it was", text: "The minister received a delegation of farmers.", code: "043", src: "-", tgt: "ISR", none: true},
	}, sideFull)
}

// TestS18LeadRejectedText: an act a text would have done is no event
// when the clause's subject vetoes, rejects or blocks the text, whatever
// the act (verb/recode.go, rejectedText); a text adopted or passed
// still acts.
func TestS18LeadRejectedText(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "veto itself", text: "Russia vetoed a UN Security Council resolution extending the mandate of experts monitoring sanctions on North Korea.", code: "129", src: "RUS", tgt: "-"},
		{why: "must not: the vetoed text extends no sanctions", text: "Russia vetoed a UN Security Council resolution extending the mandate of experts monitoring sanctions on North Korea.", code: "124", src: "-", tgt: "-", none: true},
		{why: "must not: the rejected bill bans no one", text: "Parliament rejected a bill banning the opposition party.", code: "172", src: "-", tgt: "-", none: true},
		{why: "an adopted text acts", text: "The Security Council adopted a resolution imposing sanctions on Haiti's gangs.", code: "163", src: "IGOUNO", tgt: "-"},
	}, sideFull)
}

// TestS18LeadDisengageRecip: forces of two states that disengage pull
// back from each other (data/verbs/08-yield.txt, [recip]).
func TestS18LeadDisengageRecip(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "both sides, one way", text: "Chinese and Indian troops disengaged from a flashpoint in the Himalayas after months of standoff.", code: "087", src: "CHNMIL", tgt: "INDMIL"},
		{why: "both sides, the other way", text: "Chinese and Indian troops disengaged from a flashpoint in the Himalayas after months of standoff.", code: "087", src: "INDMIL", tgt: "CHNMIL"},
		{why: "must not: a firm disengaging", text: "The company disengaged from the project last year.", code: "08", src: "-", tgt: "-", none: true},
	}, sideFull)
}

// TestS18LeadSparkedProtests: protests or riots an act sparks are aimed
// at whoever did the act (a converse frame: the subject of "spark" is
// the target); the crowd is not named, so it is the people of the state
// where it protests (S34, protestHome); violent protests are riots;
// protests also "break out" with the place as their scene
// (data/verbs/14-protest.txt).
func TestS18LeadSparkedProtests(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "sparking protests, the subject is the target", text: "The government raised fuel prices, sparking protests in Lagos and Abuja.", code: "141", src: "NGA", tgt: "NGAGOV"},
		{why: "a decision triggered protests", text: "The Kenyan government's decision to raise taxes triggered protests in Nairobi.", code: "141", src: "KEN", tgt: "-"},
		{why: "violent protests are riots", text: "Police arrested Imran Khan, triggering violent protests across Pakistan.", code: "145", src: "PAK", tgt: "PAKCOP"},
		{why: "riots sparked, no actor: the place", text: "The killing of a teenager by police sparked riots across France.", code: "145", src: "FRA", tgt: "FRA"},
		{why: "protests broke out", text: "Protests broke out across Iran after the death of a young woman in custody.", code: "141", src: "IRN", tgt: "-"},
		{why: "must not: the subject does not protest", text: "The government raised fuel prices, sparking protests in Lagos and Abuja.", code: "14", src: "NGAGOV", tgt: "-", none: true},
		{why: "must not: a debate sparked", text: "The documentary sparked a debate in Kenya.", code: "14", src: "-", tgt: "-", none: true},
		{why: "must not: fighting broke out", text: "Fighting broke out in Khartoum on Saturday.", code: "14", src: "-", tgt: "-", none: true},
	}, sideFullOrNone)
}

// sideFullOrNone is sideFull, with "" for a side left empty.
func sideFullOrNone(as []event.Actor, want string) bool {
	if want == "" {
		return len(as) == 0
	}
	return sideFull(as, want)
}

// TestS18LeadOwnEnvoyRecalled: a state recalls its own envoy, so the envoy
// is not the target (pipeline/envoy_lead.go); the state the envoy served
// in is, when named. An expelled envoy is another state's.
func TestS18LeadOwnEnvoyRecalled(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "recalled its ambassador, no host named", text: "Armenia recalled its ambassador for consultations.", code: "161", src: "ARM", tgt: ""},
		{why: "recalled its envoy to a named state", text: "Jordan recalled its envoy to Iraq.", code: "161", src: "JOR", tgt: "IRQ"},
		{why: "withdrew its ambassador from a named state", text: "Iran withdrew its ambassador from the United States.", code: "161", src: "IRN", tgt: "USAGOV"},
		{why: "must not: the own envoy as target", text: "Armenia recalled its ambassador for consultations.", code: "161", src: "-", tgt: "ARMGOV", none: true},
		{why: "an expelled envoy stays the target", text: "Mali's junta expelled France's ambassador.", code: "161", src: "-", tgt: "FRAGOV"},
	}, sideFullOrNone)
}

// TestS18LeadRetaliationGoods: the goods a retaliatory tariff falls on
// name whom it is aimed at (data/verbs/16-reduce.txt).
func TestS18LeadRetaliationGoods(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "duties on a state's goods", text: "Beijing retaliated with duties on American pork and soybeans.", code: "163", src: "CHN", tgt: "USA"},
		{why: "tariffs on a state's goods", text: "The EU retaliated with tariffs on American motorcycles and bourbon.", code: "163", src: "IGOEUREEC", tgt: "USA"},
		{why: "must not: retaliation by force is no sanction", text: "Israel retaliated with air strikes on Hezbollah positions.", code: "163", src: "-", tgt: "-", none: true},
	}, sideFull)
}

// TestS18LeadSparkedPrivately: protests sparked by something that is no
// political actor's act and no political event are private quarrels (a
// penalty, a firm's product or prices), R18's finds; a state's act, a
// killing, an arrest or a verdict keeps its protests
// (pipeline/sparked_lead.go).
func TestS18LeadSparkedPrivately(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "a verdict sparked protests", text: "The court's verdict sparked protests outside the building in Dhaka.", code: "141", src: "BGD", tgt: "BGDJUD"},
		{why: "an arrest by police", text: "Police arrested Imran Khan, triggering violent protests across Pakistan.", code: "145", src: "PAK", tgt: "PAKCOP"},
		{why: "must not: a referee's penalty", text: "The referee's late penalty sparked protests from Argentine players.", code: "14", src: "-", tgt: "-", none: true},
		{why: "must not: a club's prices", text: "The Brazilian club raised ticket prices, sparking protests by fans.", code: "14", src: "-", tgt: "-", none: true},
		{why: "must not: a firm's product", text: "Apple's new charger sparked protests from customers in China.", code: "14", src: "-", tgt: "-", none: true},
	}, sideFullOrNone)
}

// TestS18LeadElectionAppeal: a court that rejects an appeal against an
// election's results settles a political dispute (120), where a rejected
// appeal against a conviction upholds it (116, C18)
// (data/verbs/11-disapprove.txt).
func TestS18LeadElectionAppeal(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "an election appeal rejected", text: "Venezuela's Supreme Court rejected an appeal by the opposition against the official results of the presidential election.", code: "120", src: "VENJUD", tgt: "VENOPP"},
		{why: "must not: an election appeal is no conviction", text: "Venezuela's Supreme Court rejected an appeal by the opposition against the official results of the presidential election.", code: "116", src: "-", tgt: "-", none: true},
		{why: "a conviction's appeal rejected stays 116", text: "A Cairo appeals court dismissed the appeal by the Egyptian blogger against his conviction.", code: "116", src: "EGYJUD", tgt: "-"},
	}, sideFull)
}
