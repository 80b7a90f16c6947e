package text_test

import (
	"testing"

	"github.com/parley-events/parley/text/fasttag"
)

// TestApproxBeforeCount: "about" or "around" right before a number is an
// adverb of the number ("approximately"), not a preposition whose phrase
// hides the counted noun from the verb. Must-not rows: a topic or place
// phrase whose object is no count ("talks about the 2015 deal" has a
// determiner first; "around Kherson").
func TestApproxBeforeCount(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{"Police in Harare arrested about 60 opposition supporters on Saturday.", "about", "RB", 0},
		{"Soldiers detained around 200 villagers near the border.", "around", "RB", 0},
		{"The junta freed about 1,200 political prisoners.", "about", "RB", 0},
		// must-not
		{"The ministers talked about the 2015 deal for an hour.", "about", "IN", 0},
		{"Russian forces regrouped around Kherson on Monday.", "around", "IN", 0},
	})
}
