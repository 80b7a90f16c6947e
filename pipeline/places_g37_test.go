package pipeline

import "testing"

// TestG37OwnPlaceState: bare police acting in a sentence whose places all
// lie in one state, in a story that names no state as an actor, are that
// state's (ownPlaceState).
func TestG37OwnPlaceState(t *testing.T) {
	checkG36(t, newTestPipeline(t), []g36Case{
		{why: "police after riots in Dublin", text: "Rioters set fire to buses and looted shops in central Dublin after a man stabbed three children outside a school, and police arrested 34 people.", want: "police=IRLCOP"},
		{why: "riot police at Barcelona's airport", text: "Thousands of protesters blocked access to Barcelona's El Prat airport after the verdict, and riot police charged them with batons.", want: "riot police=ESPCOP"},
		// must not: places in two states, and a story that names a state
		{why: "places in two states", text: "Rioters looted shops in Vienna after a man from Syria stabbed three children, and police arrested 34 people.", not: "police=AUTCOP"},
		{why: "a state named as an actor", text: "Rioters looted shops in central Dublin after Britain closed its border, and police arrested 34 people.", not: "police=IRLCOP"},
	})
}
