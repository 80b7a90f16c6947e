package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// TestS19H19DistrictOfficials codes sentences written for H19 in the
// register of the South Asian press, where a district's officials are
// named by initials after "the" (actor/district_h19.go, the sectors.txt
// GOV and COP lines): "the DC" (deputy commissioner), "the DM", "the
// SDM", "the SP", "the SSP", "the SHO", "the IGP" act for the story's
// state, and were read as Washington ("the DC") or as nothing. The
// must-not rows keep Washington, DC, "D.C." with stops and "DC" before
// a noun it modifies ("the DC Circuit", "the DC government") American.
func TestS19H19DistrictOfficials(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "the DC imposed a curfew", text: "The DC imposed a curfew in Anantnag after clashes between two groups.", code: "17", src: "INDGOV", tgt: "!USA"},
		{why: "the DC ordered an arrest", text: "The DC ordered the arrest of three traders in Sylhet for hoarding rice.", code: "173", src: "BGDGOV", tgt: "BGD"},
		{why: "protesters met the DC", text: "Protesters met the DC in Quetta and demanded the release of detained activists.", code: "-", src: "PAKCVL", tgt: "PAKGOV"},
		{why: "the DM banned gatherings", text: "The DM banned all gatherings in Gorakhpur ahead of the verdict.", code: "1721", src: "INDGOV", tgt: "-"},
		{why: "the SSP arrested", text: "The SSP arrested 12 people in Amritsar for rioting.", code: "173", src: "INDCOP", tgt: "IND"},
		{why: "the SHO detained", text: "The SHO detained six students in Hyderabad after the protest.", code: "173", src: "INDCOP", tgt: "IND"},
		{why: "the IGP deployed police", text: "The IGP deployed extra police in Peshawar after the bombing.", code: "15", src: "PAKCOP", tgt: "-"},
		// Washington's DC stays American.
		{why: "Washington, DC", text: "Police in Washington, DC arrested 40 protesters outside the Capitol.", code: "173", src: "USACOP", tgt: "USA"},
		{why: "Washington DC, no comma", text: "Mexico's foreign minister flew to Washington DC for talks with Blinken.", code: "042", src: "MEXGOV", tgt: "USA"},
		{why: "D.C. with stops", text: "The D.C. police arrested two men after the shooting near the White House.", code: "173", src: "USACOP", tgt: "-"},
		{why: "DC before a noun", text: "The DC government criticised the White House over the National Guard deployment.", code: "111", src: "USAGOV", tgt: "USA"},
	})
	// No district official where the letters modify a noun or name a
	// court: no actor "DC" with a sector appears.
	for _, c := range []struct{ why, text string }{
		{"the DC Circuit", "The DC Circuit upheld the ruling against Trump."},
		{"the DC council", "Lawmakers from the DC council condemned the arrests by federal agents."},
		{"Washington in the sentence", "The DC imposed new rules on rallies near the Washington Monument."},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			for _, a := range append(append([]event.Actor{}, e.Source...), e.Target...) {
				if a.Text == "DC" && a.Sector != "" {
					t.Errorf("%s: %q coded %s with %s, want no district official", c.why, c.text, e.CAMEO, a.Code)
				}
			}
		}
	}
}

// TestS19H19HeadlineCommaVerb codes headlines written for H19 whose
// plural subject's second act follows a comma in its base form, which
// the tagger read as a noun (text/headline_h19.go): the act was lost or
// took the nearer noun for its subject. The must-not rows keep a comma's
// second clause with its own subject or a noun that heads a phrase with
// a finite verb after it, and headlines whose second verb the tagger
// already read, unchanged.
func TestS19H19HeadlineCommaVerb(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "fire after a comma", text: "Hamas fighters infiltrate southern Israel, fire thousands of rockets", code: "19", src: "PSEREB", tgt: "-"},
		{why: "attack after a comma", text: "Protesters block roads, attack police in Port-au-Prince", code: "190", src: "HTICVL", tgt: "HTICOP"},
		{why: "third verb loot", text: "Jihadists attack army camp, kill soldiers, loot weapons in Burkina Faso", code: "171", src: "BFAREB", tgt: "-"},
		{why: "capture after a comma", text: "Kurdish fighters repel assault, capture Islamic State fighters", code: "173", src: "---REB", tgt: "-"},
		{why: "shell after a comma", text: "Soldiers surround village, shell homes in Rakhine", code: "194", src: "MMRMIL", tgt: "-"},
		// Already read as verbs: unchanged.
		{why: "arrest already a verb", text: "Police fire tear gas, arrest dozens of protesters in Nairobi", code: "173", src: "KENCOP", tgt: "KEN"},
		{why: "kill already a verb", text: "Rebels seize town, kill 12 soldiers in eastern Congo", code: "190", src: "CODREB", tgt: "CODMIL"},
		{why: "detain already a verb", text: "Houthis seize ship in Red Sea, detain crew", code: "173", src: "YEMREB", tgt: "-"},
	})
	// A second clause with its own subject: the noun after the comma
	// stays a noun, and no act is given to the first subject.
	checkRootCases(t, p, []rootCase{
		{why: "traffic chaos grips", text: "Farmers block highways, traffic chaos grips Delhi", code: "0", none: true},
		{why: "dozens hurt", text: "Police fire tear gas, dozens hurt in Nairobi", code: "18", none: true},
		{why: "residents flee", text: "Rebels seize town, residents flee to Uganda", code: "0", none: true},
		{why: "exports slump", text: "Workers strike, exports slump in Bangladesh", code: "1", none: true},
		{why: "police presence", text: "Protesters burn tyres, police presence increased in Lahore", code: "17", none: true},
		{why: "running text with a full stop", text: "Soldiers surrounded the village, shell casings littered the road.", code: "194", none: true},
	})
}

// TestS19H19UnionCentre codes sentences written for H19 in which the
// Indian and Pakistani press call the union government "the Centre"
// (actor/district_h19.go, unionCentre): it acts for the story's state as
// "the government" does, and named nothing. The must-not rows keep
// names with "Centre" in them (a think tank, a party, a region, the
// Carter Centre) and the lower-case political centre out.
func TestS19H19UnionCentre(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "the Centre deployed", text: "The Centre deployed more paramilitary forces to Manipur, Indian officials said.", code: "154", src: "INDGOV", tgt: "-"},
		{why: "criticised the Centre", text: "Sindh's chief minister criticised the Centre over gas shortages in Karachi.", code: "111", src: "PAKGOV", tgt: "PAKGOV"},
		{why: "the Centre held talks", text: "The Centre held talks with Naga insurgent groups in New Delhi.", code: "040", src: "INDGOV", tgt: "INDREB"},
		{why: "the Centre suspended internet", text: "The Centre suspended internet services in parts of Assam after clashes.", code: "17", src: "INDGOV", tgt: "-"},
		{why: "the Centre's offer", text: "Farmers' unions rejected the Centre's offer to suspend the farm laws in India.", code: "12", src: "IND", tgt: "INDGOV"},
	})
	for _, c := range []struct{ why, text string }{
		{"the Carter Centre", "The Carter Centre criticised the election in Kenya."},
		{"a think tank's name", "The Centre for Policy Research criticised the Indian government."},
		{"a party's name", "The Centre Party criticised the Swedish government."},
		{"a region", "Fighting broke out in the Centre region of Burkina Faso."},
		{"the political centre", "Parties of the centre won most seats in the Dutch election."},
		{"a hyphenated region", "Islamists attacked a police station in the Centre-Nord region of Burkina Faso."},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			for _, a := range append(append([]event.Actor{}, e.Source...), e.Target...) {
				if a.Text == "Centre" && a.Sector == "GOV" {
					t.Errorf("%s: %q coded %s with %s, want no union government", c.why, c.text, e.CAMEO, a.Code)
				}
			}
		}
	}
}
