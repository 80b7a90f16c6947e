package text_test

import (
	"testing"

	"github.com/parley-events/parley/text/fasttag"
)

// TestX37NounNotVerb: a word that is no verb at all, tagged as a present
// verb right after a name, an adjective or a determiner, is a noun of the
// phrase ("UN envoy Hans Grundberg said"). Must-not rows: real present
// verbs after a name ("Russia warns", "Kenya wants").
func TestX37NounNotVerb(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{"Yemen's warring parties agreed to a two-month truce, UN envoy Hans Grundberg said.", "envoy", "NN", 0},
		// must-not
		{"Kenya wants an end to the fighting in Sudan, a spokesman said.", "wants", "VBZ", 0},
		{"Russia and China hold talks in Beijing.", "hold", "VBP", 0},
	})
}
