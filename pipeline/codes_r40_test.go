package pipeline

import "testing"

// r40Case: a text, the codes it must give and the codes it must not.
type r40Case struct {
	why, text string
	want, not []string
}

func checkR40(t *testing.T, cases []r40Case) {
	t.Helper()
	p := newTestPipeline(t)
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		has := map[string]bool{}
		for _, e := range evs {
			has[e.CAMEO] = true
		}
		for _, w := range c.want {
			if !has[w] {
				t.Errorf("%s: %q coded no %s; got %s", c.why, c.text, w, describe(evs))
			}
		}
		for _, n := range c.not {
			if has[n] {
				t.Errorf("%s: %q coded %s; got %s", c.why, c.text, n, describe(evs))
			}
		}
	}
}

// TestR40ExpulsionKeepsBurning: property burnt beside a mass expulsion by
// the same agent is listed with it (propertyHarm drops it only beside an
// armed attack or a mass killing); people counted in thousands and driven
// across a border are expelled.
func TestR40ExpulsionKeepsBurning(t *testing.T) {
	checkR40(t, []r40Case{
		{why: "torched and drove across the border", text: "Myanmar security forces torched Rohingya villages and drove hundreds of thousands of people across the border into Bangladesh.", want: []string{"1712", "201"}},
		{why: "drove across the border, torching", text: "The Myanmar army drove hundreds of thousands of Rohingya across the border into Bangladesh, torching their villages in northern Rakhine.", want: []string{"1712", "201"}},
		{why: "expelled thousands and burned homes", text: "Sudanese troops expelled thousands of villagers and burned their homes in Darfur.", want: []string{"1712", "201"}},
		// must not: a massacre beside a burning still lists the killing alone
		{why: "massacred, burning homes", text: "Boko Haram fighters massacred scores of villagers in Borno, burning homes and a market.", not: []string{"1712"}},
		// must not: troops driven back and herds driven are no expulsion
		{why: "militants driven back", text: "Kurdish fighters drove Islamic State militants back across the border into Syria.", not: []string{"201"}},
		{why: "cattle driven", text: "Smugglers drove thousands of cattle across the border into Nigeria every month.", not: []string{"201"}},
	})
}

// TestR40CyberBodies: a cyber force, command, agency or unit raised is
// 155, and no cyberattack; "cyber" names an attack only before an attack
// word.
func TestR40CyberBodies(t *testing.T) {
	checkR40(t, []r40Case{
		{why: "set up an agency", text: "The Indian armed forces set up the Defence Cyber Agency to handle cyber security threats.", want: []string{"155"}, not: []string{"176"}},
		{why: "unveiled a command", text: "Iran's Revolutionary Guards unveiled a cyber command to defend Iran against Israeli hackers.", want: []string{"155"}, not: []string{"176"}},
		{why: "stood up a force", text: "Britain has quietly stood up a National Cyber Force of hackers to hit back at hostile states.", want: []string{"155"}},
		{why: "formed a unit", text: "Vietnam formed a cyber warfare unit of 10,000 troops.", want: []string{"155"}},
		{why: "cyber attack on a grid", text: "A Russian cyber attack on Ukraine's power grid cut electricity to 230,000 people.", want: []string{"176"}},
		{why: "specialists destroyed servers", text: "Ukraine's military intelligence said its cyber specialists had destroyed the servers of a Russian state space monitoring centre.", want: []string{"176"}},
		// must not: a body that speaks, a concern, a unit attacked
		{why: "the command said", text: "Israel's cyber command said Iranian hackers had tried to breach water systems.", not: []string{"155"}},
		{why: "cyber security threats", text: "India's army chief warned of growing cyber security threats.", not: []string{"176", "155"}},
		{why: "roadblocks near the agency", text: "Police set up roadblocks near the offices of the cyber security agency.", not: []string{"155"}},
	})
}

// TestR40PostureAndSupply: a show of force aimed at a state, units massed
// in the singular, a place put under siege, and fuels supplied by name.
func TestR40PostureAndSupply(t *testing.T) {
	checkR40(t, []r40Case{
		{why: "show of force aimed at", text: "North Korea paraded what appeared to be new long-range missiles through Pyongyang on Saturday in a show of force aimed at Washington.", want: []string{"150"}},
		{why: "battalion tactical groups massed", text: "Ukraine's army chief said Russia had massed 28 battalion tactical groups on the border.", want: []string{"154"}},
		{why: "placing it under siege", text: "Syrian government forces cut the last supply route into eastern Aleppo, placing it under siege.", want: []string{"191"}},
		{why: "put under siege", text: "Ethiopian troops put the Tigrayan capital under siege.", want: []string{"191"}},
		{why: "supplying diesel", text: "India began supplying diesel to Bangladesh through a cross-border pipeline.", want: []string{"061"}},
		// must not: a siege suffered, a brigade that left
		{why: "came under siege", text: "The city came under siege from rebel fighters.", not: []string{"191"}},
		{why: "brigade left", text: "The last US combat brigade has left Iraq, the Pentagon said.", not: []string{"154"}},
	})
}
