package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// sideNobody: like sideFull, and "0" wants a side nobody fills.
func sideNobody(as []event.Actor, want string) bool {
	if want == "0" {
		return len(as) == 0
	}
	return sideFull(as, want)
}

// TestS19LeadAgentlessThing: an agentless passive whose subject is the
// thing a verb line spells, and whose words after the participle name the
// target, codes the act with nobody as its source ("Food aid was sent to
// Gaza"), as a bombing nobody claimed does (verb/passive_object.go,
// agentlessThing). A by-phrase further on, a private household as the
// target, or no target at all leave it uncoded.
func TestS19LeadAgentlessThing(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "sanctions imposed on a state", text: "New sanctions were imposed on Iran over its nuclear programme.", code: "163", src: "0", tgt: "IRN"},
		{why: "tariffs imposed on a state's goods", text: "Tariffs were imposed on Chinese steel in 2018.", code: "16", src: "0", tgt: "CHN"},
		{why: "weapons sent to a state", text: "Weapons were sent to Ukraine through Poland, officials said.", code: "072", src: "0", tgt: "UKR"},
		{why: "loans extended to a state", text: "Emergency loans were extended to Sri Lanka in 2022.", code: "071", src: "0", tgt: "LKA"},
		{why: "vaccines shipped to a state", text: "Vaccines were shipped to Ghana under the COVAX scheme.", code: "07", src: "0", tgt: "GHA"},
		{why: "a warning issued to a state", text: "A warning was issued to North Korea after the launch.", code: "13", src: "0", tgt: "PRK"},
		{why: "restrictions imposed on journalists", text: "Restrictions were imposed on foreign journalists in Kashmir.", code: "17", src: "0", tgt: "-"},
		{why: "with its agent, unchanged", text: "Humanitarian aid was delivered to displaced families in Tigray by the World Food Programme.", code: "07", src: "IGOUNODEVWFP", tgt: "-"},
		{why: "must not: money sent to a private household", text: "The money was sent to his family in Lagos.", code: "07", src: "-", tgt: "-", none: true},
		{why: "must not: no target after the participle", text: "New sanctions were imposed last week.", code: "16", src: "-", tgt: "-", none: true},
		{why: "must not: an agent further on is the by-phrase reading's", text: "Weapons were sent to the front by train.", code: "07", src: "0", tgt: "-", none: true},
	}, sideNobody)
}

// TestS19LeadSettlersAssault: settlers who torch cars, shops or buildings
// by a riot line attack a community (180), not riot (145); demonstrators
// and rioters who do the same still riot, and fields or homes burned stay
// property destroyed (pipeline/settlers_lead.go).
func TestS19LeadSettlersAssault(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "settlers torch homes and cars", text: "Israeli settlers torched homes and cars in the Palestinian town of Huwara overnight.", code: "180", src: "ISRSET", tgt: "PSE"},
		{why: "settlers set fire to cars", text: "Settlers set fire to Palestinian cars near Ramallah.", code: "180", src: "ISRSET", tgt: "PSE"},
		{why: "a rampage with torching", text: "Hundreds of settlers went on a rampage in Huwara, torching homes and cars.", code: "180", src: "-", tgt: "-"},
		{why: "must not: settlers riot no more", text: "Settlers set fire to Palestinian cars near Ramallah.", code: "145", src: "-", tgt: "-", none: true},
		{why: "must not: protesters still riot", text: "Protesters torched cars and shops in central Paris after the police shooting.", code: "180", src: "-", tgt: "-", none: true},
		{why: "protesters' riot unchanged", text: "Protesters torched cars and shops in central Paris after the police shooting.", code: "145", src: "FRACVL", tgt: "-"},
		{why: "must not: mobs of other kinds still riot", text: "Hindu nationalist mobs torched Muslim-owned shops in Delhi.", code: "180", src: "-", tgt: "-", none: true},
		{why: "groves burned stay property destroyed", text: "Israeli settlers burned olive groves near Nablus.", code: "1712", src: "ISRSET", tgt: "PSE"},
	}, sideFull)
}

// TestS19LeadThreatCondition: an act named by a gerund that opens a
// warning's or statement's that-clause and is the subject of a
// conditional is the condition warned of, not an act done
// (verb/threatcondition_lead.go); an act's own timing after the modal
// ("would resume"), a clause with no modal, and a plain "will" under a
// statement stay coded.
func TestS19LeadThreatCondition(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "must not: a deployment warned of", text: "Russia warned NATO that deploying troops to Ukraine would be met with force.", code: "15", src: "-", tgt: "-", none: true},
		{why: "the warning stays", text: "Russia warned NATO that deploying troops to Ukraine would be met with force.", code: "13", src: "RUS", tgt: "-"},
		{why: "must not: a show of force warned of", text: "China said that sending warships through the strait would cross a red line.", code: "15", src: "-", tgt: "-", none: true},
		{why: "must not: a sale warned of, under a threat's 'will'", text: "Beijing warned Washington that selling fighter jets to Taiwan will damage relations.", code: "07", src: "-", tgt: "-", none: true},
		{why: "an act's own timing stays", text: "Officials said that sending aid to Gaza would resume on Monday.", code: "07", src: "-", tgt: "PSE"},
		{why: "no modal: reported as done", text: "The ministry said that shelling continued overnight in Donetsk.", code: "19", src: "-", tgt: "-"},
		{why: "a statement's 'will' may announce a plan", text: "Kenya said that deploying police to Haiti would go ahead despite the court ruling.", code: "15", src: "KEN", tgt: "-"},
	}, sideFull)
}
