package pipeline

import "testing"

// TestX29PostedForces: forces put on alert or deployed in the passive,
// with no one named to post them, are posted by their own state
// (postedForces); an agent that is named keeps the act.
func TestX29PostedForces(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "police put on alert", text: "Kenya's police were put on alert in Nairobi ahead of a planned opposition march.", code: "15", src: "KEN", tgt: "KEN"},
		{why: "troops placed on alert", text: "Ghana's army was placed on high alert in Accra before the disputed vote.", code: "15", src: "GHA", tgt: "GHA"},
		{why: "police deployed", text: "Police were deployed in force across the Nigerian city of Kano ahead of the verdict.", code: "15", src: "NGA", tgt: "NGA"},
		{why: "must-not: the agent named", text: "Chile put its army on alert along the border with Bolivia.", code: "15", src: "CHL", tgt: "!CHL"},
	})
}
