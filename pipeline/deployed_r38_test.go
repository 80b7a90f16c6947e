package pipeline

import "testing"

// TestR38DeployedForces: a deployment of forces into another state is read
// by what it is for (deployedforces_r38.go): protection of the host (074),
// an invasion (190), or a posture (154).
func TestR38DeployedForces(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded 154
		{why: "to join a force", text: "Chad sent 2,000 soldiers to Bangui on Tuesday to join the regional force protecting the capital.", code: "074", src: "TCD", tgt: "CAF"},
		{why: "to serve with peacekeepers", text: "Italy dispatched 500 troops to Lebanon to serve with the UN peacekeeping force.", code: "074", src: "ITA", tgt: "LBN"},
		{why: "a city at its state's request", text: "Rwanda deployed soldiers to Beira at the Mozambican government's request.", code: "074", src: "RWA", tgt: "MOZ"},
		{why: "troops sent into a state", text: "Turkey sent troops into Iraq on Tuesday.", code: "190", src: "TUR", tgt: "IRQ"},
		{why: "into a state to hunt", text: "Uganda sent troops and tanks into Congo to hunt the rebels.", code: "190", src: "UGA", tgt: "COD"},
		// must not: more forces, a zone, a region of the sender, a party helped, a mission
		{why: "more troops", text: "Britain sent more troops into Afghanistan.", code: "154", src: "GBR", tgt: "AFG"},
		{why: "a zone", text: "China sent 30 warplanes into Taiwan's air defence zone.", code: "190", none: true},
		{why: "own region", text: "India sent troops into Kashmir.", code: "154", src: "IND", tgt: "IND"},
		{why: "a party helped", text: "Russia sent troops into Ukraine to help the separatists.", code: "154", src: "RUS", tgt: "UKR"},
		{why: "a mission", text: "Syria sent troops into Lebanon as part of an Arab peacekeeping force.", code: "074", src: "SYR", tgt: "LBN"},
	})
}

// TestR38ArrivedToHelp: forces that arrive or land in a state to help or
// protect it provide protection (074), as forces sent there for it do.
func TestR38ArrivedToHelp(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: a fight (190), or the sender taken for the host
		{why: "police to help fight gangs", text: "Jamaican police officers arrived in Port-au-Prince on Monday to help fight the gangs.", code: "074", src: "JAM", tgt: "HTI"},
		{why: "troops to protect", text: "Burundian troops arrived in Mogadishu on Friday to protect the government.", code: "074", src: "BDI", tgt: "SOM"},
		// must not: exercises
		{why: "drills", text: "Russian troops arrived in Belarus on Monday for joint exercises.", code: "074", none: true},
	})
}
