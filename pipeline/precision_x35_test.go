package pipeline

import "testing"

// TestX35CriminalCase: a criminal case opened is an investigation begun,
// 091 against a person and 090 into an act; charges opened, a trial
// opened and a case into war crimes keep their codes. Every sentence was
// written for this test.
func TestX35CriminalCase(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded 173
		{why: "a case against a former minister", text: "Belarusian prosecutors opened a criminal case against a former energy minister on Friday.", code: "091", src: "BLR", tgt: "BLR"},
		{why: "a case into an arson", text: "Armenian investigators have opened a criminal case into the arson attack on the newspaper's office.", code: "090", src: "ARM", tgt: "-"},
		{why: "no charge beside the case", text: "Belarusian prosecutors opened a criminal case against a former energy minister on Friday.", code: "173", none: true},
		// must not: charges, a trial, war crimes
		{why: "charges opened", text: "Iraq opened charges against two Syrian smugglers.", code: "173", src: "IRQ", tgt: "SYR"},
		{why: "a trial opened", text: "A Moscow court opened the trial of three Ukrainian soldiers.", code: "173", src: "RUS", tgt: "-"},
		{why: "war crimes", text: "Ukrainian prosecutors opened criminal cases into the shelling of Kharkiv as war crimes.", code: "094", src: "UKR", tgt: "-"},
	})
}

// TestX35BlownBuilding: a building blown up in a sentence that tells of no
// one harmed is property destroyed (1712); a crowded place, the dead and
// a suicide bomber keep the bombing (1834). Every sentence was written
// for this test.
func TestX35BlownBuilding(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded 1834
		{why: "an office blown up", text: "Rebels blew up the district governor's office in Kunar.", code: "1712", src: "AFG", tgt: "AFG"},
		{why: "a school blown up", text: "Armed men blew up a primary school in northern Burkina Faso overnight.", code: "1712", src: "-", tgt: "BFA"},
		// must not: people in the place, the dead, a suicide bomber
		{why: "a crowded market", text: "Militants blew up a crowded market in Kano.", code: "1834", src: "NGA", tgt: "NGA"},
		{why: "worshippers killed", text: "Gunmen blew up a mosque in Quetta, killing nine worshippers.", code: "1834", src: "-", tgt: "PAK"},
		{why: "a suicide bomber", text: "A suicide bomber blew up a bus in Haifa.", code: "18", src: "-", tgt: "ISR"},
	})
}

// TestX35RequestedMixedForces: troops and police sent into a state at its
// government's request protect it (074) when the force is coordinated and
// the pattern's target slot is empty; a request by a third party leaves
// the deployment alone. Every sentence was written for this test.
func TestX35RequestedMixedForces(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded 154
		{why: "troops and gendarmes to a region", text: "France sent troops and gendarmes to Chad's eastern border region at N'Djamena's request.", code: "074", src: "FRA", tgt: "TCD"},
		{why: "soldiers and police to a province", text: "Rwanda deployed soldiers and police to Mozambique's Niassa province at Maputo's request.", code: "074", src: "RWA", tgt: "MOZ"},
		// must not: no destination state, a third party's request
		{why: "a sea at another's request", text: "Britain sent troops and police to the Gulf at the request of the United States.", code: "154", src: "GBR", tgt: "-"},
	})
}
