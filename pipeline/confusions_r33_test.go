package pipeline

import "testing"

// TestR33CrowdMetWithForce: a crowd that force meets as it protests
// ("fired tear gas at farmers marching against ...") protested, and the
// protest is coded beside the repression; a participle of protest on a
// crowd that is arrested, killed or only met stays what its noun was
// doing. A crowd occupying or blocking a place that a state's force fires
// on is repressed (175), as protesters are.
func TestR33CrowdMetWithForce(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "tear gas at farmers marching", text: "Chilean police fired tear gas at farmers marching against water cuts in Santiago.", code: "14", src: "CHL", tgt: "-"},
		{why: "clubbed workers marching", text: "Riot police clubbed dock workers marching in Rotterdam on Monday.", code: "14", src: "NLD", tgt: "-"},
		{why: "water cannon at residents blocking", text: "Georgian police used water cannon against residents blocking a highway near Batumi.", code: "144", src: "GEO", tgt: "-"},
		{why: "fire on students occupying", text: "Bangladeshi police opened fire on students occupying a campus in Dhaka.", code: "175", src: "BGD", tgt: "BGD"},
		// must not: an arrest or a killing keeps the crowd's act out, and
		// a protesting subject is only described
		{why: "an arrest", text: "Chilean police detained dozens of farmers protesting against water cuts in Santiago.", code: "14", none: true},
		{why: "a killing", text: "Chilean soldiers killed four farmers protesting against water cuts in Santiago.", code: "14", none: true},
		{why: "a subject's participle", text: "Chilean farmers protesting against water cuts met the minister in Santiago.", code: "14", none: true},
	})
}
