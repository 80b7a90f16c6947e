package text_test

import (
	"testing"

	"github.com/parley-events/parley/text/fasttag"
)

// TestPastAfterAgent: an irregular past form right after a reduced
// relative's agent phrase that opens the clause ("A bomb planted by
// militants tore through") is the clause's verb, whatever the model
// called it (adverb, participle, adjective, conjunction). Must-not rows:
// a noun after the agent ("the strike", "a direct hit" is no past form in
// that place), a clause that already has its finite verb, and a past form
// with no participle-and-by phrase before it.
func TestPastAfterAgent(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{"A bomb planted by militants tore through the market.", "tore", "VBD", 0},
		{"A bomb planted by militants struck a bus in the capital.", "struck", "VBD", 0},
		{"A bomb planted by militants blew up a police station.", "blew", "VBD", 0},
		{"A car bomb detonated by insurgents swept through the bazaar.", "swept", "VBD", 0},
		{"A bomb planted by militants hit the market.", "hit", "VBD", 0},
		{"A convoy ambushed by rebels drove into a minefield.", "drove", "VBD", 0},
		{"Villagers displaced by the fighting fled across the border.", "fled", "VBD", 0},
		{"Troops backed by tanks overran the rebel stronghold.", "overran", "VBD", 0},
		{"Thieves hired by the gang stole the documents.", "stole", "VBD", 0},
		{"Fighters supported by local militias fought through the night.", "fought", "VBD", 0},
		// must-not
		{"A strike ordered by the unions shut the port.", "strike", "NN", 0},
		{"The market was hit by a bomb planted by militants last year.", "planted", "VBN", 0},
		{"Police said a bomb planted by militants hit the market.", "said", "VBD", 0},
		{"The strike called by the unions lasted a week.", "strike", "NN", 0},
		{"Weapons supplied by rebel groups reached the port.", "groups", "NNS", 0},
		{"A bomb planted by militants in the market killed 12.", "market", "NN", 0},
	})
}
