package pipeline

import "testing"

// TestD31CrowdRepression: a state's police or troops who storm, raid,
// assault or clash with a crowd of protesters, or storm or raid a protest
// camp, use violent repression (175), not a military assault (190).
func TestD31CrowdRepression(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "police clash with a crowd", text: "Riot police clashed with thousands of demonstrators outside the Serbian parliament on Sunday.", code: "175", src: "SRB", tgt: "-"},
		{why: "troops storm a crowd", text: "Bolivian soldiers stormed a crowd of marchers on the road to La Paz.", code: "175", src: "BOL", tgt: "-"},
		{why: "troops storm a protest camp", text: "Egyptian troops stormed the opposition camp in Nasr City at dawn.", code: "175", src: "EGY", tgt: "-"},
		{why: "police raid a sit-in camp", text: "Belarusian police raided a protest camp outside the election commission.", code: "175", src: "BLR", tgt: "-"},
		// must-keep: a crowd that clashes with the police riots, an
		// armed camp stormed is a military assault
		{why: "a crowd clashes with police", text: "Protesters clashed with riot police in central Belgrade on Sunday.", code: "145", src: "SRB", tgt: "-"},
		{why: "a rebel camp stormed", text: "Malian troops stormed a rebel camp near Kidal.", code: "19", src: "MLI", tgt: "-"},
	})
	for _, text := range []string{
		"Malian troops stormed a rebel camp near Kidal.",
		"Protesters clashed with riot police in central Belgrade on Sunday.",
		"French police raided a migrant camp near Calais.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEO == "175" {
				t.Errorf("%q coded repression (175); got %s", text, describe(codeText(t, p, "2024-05-01", text)))
			}
		}
	}
}
