package pipeline

import "testing"

// TestT31KilledInFightWith: victims "killed in a clash with" a named
// party were killed by that party (verb.fightWith, through attackAgent):
// the foe is the source, not the place's or the speaker's state. A
// speaker telling its own losses in such a fight reports the fight and
// accuses no one (verb.fightFoe in accusations); a report of a one-sided
// attack keeps its accusation, and the fight coded beside the harm keeps
// the victims as its source (clashVictims).
func TestT31KilledInFightWith(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "face-off with another state's troops", text: "Twenty Indian soldiers were killed in a violent face-off with Chinese troops in Ladakh, the army said.", code: "19", src: "CHN", tgt: "IND"},
		{why: "must-not: the fight's twin keeps the victims as its other side", text: "Eight Thai soldiers were killed in clashes with Cambodian troops along the border on Tuesday.", code: "19", src: "THA", tgt: "KHM"},
		{why: "speaker's own losses in an encounter", text: "Kenya said 12 of its police officers had been killed in an encounter with Somali militants in Mandera.", code: "19", src: "SOM", tgt: "KEN"},
		{why: "must-not: an attack by the foe keeps the accusation", text: "Kenya said Somali militants had attacked a police post in Mandera.", code: "112", src: "KEN", tgt: "SOM"},
	})
	for _, text := range []string{
		"The Indian Army said 20 of its soldiers had been killed in a violent face-off with Chinese troops in Ladakh.",
		"Kenya said 12 of its police officers had been killed in an encounter with Somali militants in Mandera.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEO == "112" {
				t.Errorf("losses in a fight are no accusation: %q coded 112 %v>%v", text, e.Source, e.Target)
			}
		}
	}
}
