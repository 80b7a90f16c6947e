package actor

import "testing"

// TestResolveS22TrailingAttribution: a capital after a comma before a
// verb of saying that ends the sentence is the sentence's source, even
// when the clause before ended on a place; before any other verb, or
// with a finite verb after the saying, it stays a place in a list.
func TestResolveS22TrailingAttribution(t *testing.T) {
	checkResolve(t, s12TestDict, []resolveCase{
		{"Drones struck a fuel depot in Kharkiv, Moscow said.", "2023-05-01", "RUS"},
		{"Ships rammed a boat near Palawan, Beijing said on Sunday.", "2023-05-01", "CHN"},
		{"Troops fired on villages near Sumy, Kyiv claimed in a statement.", "2023-05-01", "---MIL UKR"},
		{"Sanctions were imposed on firms in Minsk, Paris announced.", "2023-05-01", "FRA"},
		// must-not: a list of places before an ordinary verb; and a saying
		// followed by a clause of its own stays a place: the rule reads only
		// a saying that ends the sentence.
		{"Protesters marched in Paris, Berlin and Kyiv on Saturday.", "2023-05-01", "---CVL"},
		{"Talks were held in Paris, Berlin hosted the next round.", "2023-05-01", ""},
		{"Officials met in Paris, Berlin said talks would resume.", "2023-05-01", "---GOV"},
	})
}
