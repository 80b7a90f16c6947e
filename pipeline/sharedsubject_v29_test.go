package pipeline

import "testing"

// TestV29ConjoinedPredicates: a past verb after "and" shares the subject
// of the verb it is joined to, even across a reduced relative inside that
// verb's object (verb/sharedsubject_v29.go).
func TestV29ConjoinedPredicates(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// a reduced relative inside the first verb's object does not
		// end the search for the verb the second is joined to
		{why: "relative with by inside the object", text: "Hamas has blamed Egypt for the explosions of rockets stored by its fighters across Gaza and vowed revenge.", code: "13", src: "PSE", tgt: "EGY"},
		{why: "relative with by on an actor", text: "Kenya has blamed Somalia for the killings of herders abducted by gunmen near the border and vowed revenge.", code: "13", src: "KEN", tgt: "SOM"},
		{why: "relative with in inside the object", text: "Serbia has blamed Kosovo for the fires at warehouses looted during the riots and vowed a response.", code: "13", src: "SRB", tgt: "KSV"},
		// must-keep: a passive still shares no subject this way
		{why: "passive pair", text: "Two Kenyan activists were arrested by Ugandan police and charged with sedition.", code: "173", src: "UGA", tgt: "KEN"},
	})
}
