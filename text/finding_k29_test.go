package text_test

import (
	"testing"

	"github.com/parley-events/parley/text/fasttag"
)

// TestFindingAfterBody: a past form the tagger read as a noun right after
// the opening "The" and a body it read as an adjective, before "that" or
// an object, is the clause's verb, and the body its noun. Must-not rows:
// a participle's noun phrase as subject ("The wounded"), a noun with no
// past form at its head ("ruling"), a possessive body, a relative "that"
// right before its verb ("The wild shot that missed").
func TestFindingAfterBody(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{"The tribunal found that Bolivia had expropriated the mines unlawfully.", "found", "VBD", 0},
		{"The tribunal found that Bolivia had expropriated the mines unlawfully.", "tribunal", "NN", 0},
		{"The tribunal held that Ecuador breached its treaty obligations.", "held", "VBD", 0},
		{"The tribunal found Venezuela liable for the seizure.", "found", "VBD", 0},
		// must-not
		{"The wounded held that the clinic was safe.", "wounded", "JJ", 0},
		{"The court ruling that Kenya appealed was upheld.", "ruling", "NN", 0},
		{"The tribunal's award was final.", "award", "NN", 0},
		{"The wild shot that missed the goal cost Peru the game.", "shot", "NN", 0},
	})
}
