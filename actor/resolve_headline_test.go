package actor

import "testing"

// TestResolveCapitalBeforeHeadlineVerb: a capital opening a headline is
// the state when the -s word after it is the headline's verb (an object
// follows), and still a modifier of a noun compound otherwise. The
// sentences were written for this test.
func TestResolveCapitalBeforeHeadlineVerb(t *testing.T) {
	const dict = "@kind country\n" +
		"CHN  China | Chinese\nCHN  Beijing [metonym]\n" +
		"USA  United States\nUSA  Washington [metonym]\n" +
		"RUS  Russia\nRUS  Moscow [metonym]\n" +
		"UKR  Ukraine\nUKR  Kyiv [metonym]\n"
	checkResolve(t, dict, []resolveCase{
		// The -s word before a name or a determiner is the verb.
		{"Beijing blasts Washington over visa curbs", "", "CHN USA"},
		{"Moscow slams the new sanctions", "", "RUS"},
		{"Beijing, Moscow rebuffs Washington", "", "CHN RUS USA"},
		// A noun compound stays one: its verb, a time or nothing follows.
		{"Kyiv blasts kill five", "", ""},
		{"The Moscow talks ended", "", ""},
		{"Moscow talks Tuesday ended in a deal", "", ""},
		{"Beijing protests", "", ""},
		// After a determiner it is no clause's subject.
		{"The Beijing blasts shook the city", "", ""},
	})
}
