package text_test

import (
	"testing"

	"github.com/parley-events/parley/text/fasttag"
)

// TestCoordSubjectVerb: a headline's subject of names joined by "and" or
// commas is plural and takes the base form, which the model reads as a
// noun or leaves a bare VB (headline_h30.go); and a group's base verb is
// read as one even when a subordinate clause with its own verb follows.
// Must-not rows: noun compounds after the names, a title with an
// adjective, and a compound whose own verb follows.
func TestCoordSubjectVerb(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{"Kenya and Somalia restore ties", "restore", "VBP", 0},
		{"Ethiopia, Eritrea sign declaration ending war", "sign", "VBP", 0},
		{"Russia and Belarus begin joint drills", "begin", "VBP", 0},
		{"Taliban enter Kandahar as government troops withdraw", "enter", "VBP", 0},
		{"Taliban attack Kabul as talks resume", "attack", "VBP", 0},
		// must-not
		{"Russia and Ukraine grain deal collapses", "grain", "NN", 0},
		{"India and China border talks", "border", "NN", 0},
		{"Kenya and Uganda trade row", "trade", "NN", 0},
		{"Brazil and Argentina joint statement", "joint", "JJ", 0},
		{"Taliban attack death toll rises as families mourn", "attack", "NN", 0},
	})
}
