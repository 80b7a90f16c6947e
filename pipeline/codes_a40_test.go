package pipeline

import "testing"

// TestA40OccupationForces: a bare "occupation forces", "occupying
// forces", "occupation army" or "the occupation authorities" in a report
// from one side of a listed war is its opponent's (occupation_a40.go),
// not the occupied land's own state; a state named with it stays, and
// "occupation" of a site names no state.
func TestA40OccupationForces(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "occupation forces arrested, Palestinian source", text: "Occupation forces arrested twelve Palestinians in raids across Nablus, the Palestinian prisoners' society said.", code: "173", src: "ISR", tgt: "PSE"},
		{why: "occupying forces shelled", text: "Occupying forces shelled homes in Khan Younis, the Palestinian health ministry said.", code: "19", src: "ISR", tgt: "PSE"},
		{why: "the occupation army stormed", text: "The occupation army stormed the town of Tubas, the Palestinian news agency WAFA said.", code: "19", src: "ISR", tgt: "PSE"},
		{why: "the occupation authorities (word before the phrase)", text: "The occupation authorities allowed aid convoys into northern Gaza through the Zikim crossing, the Palestinian Red Crescent said.", code: "0863", src: "ISR", tgt: "PSE"},
		// must not: a state named with the phrase keeps it
		{why: "US occupation forces", text: "US occupation forces raided a village near Tikrit, SANA said.", code: "19", src: "USA", tgt: "IRQ"},
		// must not: an occupation of a site names no state
		{why: "ended the occupation of the campus", text: "Soldiers ended the occupation of the campus in Santiago, the Chilean government said.", code: "08", src: "CHL", tgt: "CHL"},
	})
}

// TestA40EnvoyPost: a ministry that summons, or has summoned to it, a
// state's ambassador "in" a capital is the capital's state, the one that
// hosts him (envoypost_a40.go); a mission in a city and diplomats in a
// city name no post.
func TestA40EnvoyPost(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "ambassador in Paris summoned to the ministry", text: "Iran's ambassador in Paris was summoned to the foreign ministry over the execution of a protester.", code: "114", src: "FRA", tgt: "IRN"},
		{why: "ambassador in Ankara summoned", text: "The foreign ministry summoned Israel's ambassador in Ankara to protest the raid on the aid flotilla.", code: "114", src: "TUR", tgt: "ISR"},
		// must not: diplomats in a city are in it, and the city is no actor
		{why: "Western diplomats in Beijing", text: "Western diplomats in Beijing said China had moved troops toward the border.", code: "154", src: "CHN", tgt: "-"},
		// must not: an embassy in a city is in it
		{why: "the Saudi embassy in Tehran", text: "Protesters stormed the Saudi embassy in Tehran after the execution of a Shi'ite cleric.", code: "145", src: "IRN", tgt: "SAU"},
	})
}
