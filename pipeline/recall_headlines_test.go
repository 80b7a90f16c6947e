package pipeline

import "testing"

// TestRecallHeadlines: Title-Case headlines code like the same words in
// running text (text/titlecase.go), and the rule does not make events of
// headlines that report none. Every sentence was written for this test.
func TestRecallHeadlines(t *testing.T) {
	p := newTestPipeline(t)
	cases := []frameCase{
		{"criticism", "Iran Criticises Turkish Strikes On Iraqi Kurds", "11", "IRN", "-", false},
		{"an accusation", "Chile Accuses Bolivia Of Breaking Water Treaty", "11", "CHL", "BOL", false},
		{"seizing a town", "Rebels Seize Town In Eastern Congo", "19", "-", "-", false},
		{"expulsion of diplomats", "Pakistan Expels Two Afghan Diplomats Over Border Row", "16", "PAK", "AFG", false},
		{"arrests", "Kenyan Police Arrest 30 Protesters In Nairobi", "17", "KEN", "KEN", false},
		{"talks", "Peru And Bolivia Hold Talks On Lake Titicaca", "04", "PER", "BOL", false},
		{"a threat", "Japan Threatens China With Sanctions Over Island Patrols", "13", "JPN", "CHN", false},
		{"hosting talks", "Egypt Hosts Sudan Peace Talks", "04", "EGY", "SDN", false},
		{"a detention", "Police Detain Opposition Leader In Harare", "17", "ZWE", "ZWE", false},
		{"sanctions", "US Imposes New Sanctions On Venezuela", "16", "USA", "VEN", false},
		{"acronyms stay names", "NATO Criticises Russian Missile Tests", "11", "---", "RUS", false},
		{"no event in a features headline", "Ten Things To Know About Peruvian Cuisine", "04", "-", "-", true},
	}
	checkFrames(t, p, cases, false)
}
