package pipeline

import "testing"

// TestRecallS11Text: events lost to a tag (text/clause_s11.go). A past
// after the comma that closes a relative clause on the subject is the
// subject's verb ("The army, which never recognised the results, seized
// power" coded only the relative clause's rejection); a headline's -s
// verb the model read as a singular noun after the opening name is the
// verb ("Russia withdraws from the treaty", "EU curbs imports" coded
// nothing); a plural read as a present before a past read as a
// preposition is the subject even when names in the object made the
// model read its head as a past ("Sri Lankan troops/VBZ overran/IN a
// Tamil Tiger stronghold/VBD"). The must-not rows keep nouns ending in -s and a phrasal
// verb's noun after a determiner.
func TestRecallS11Text(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"past after a relative clause, read as an adjective", "The army, which never recognised the results, seized power in a coup on Tuesday.", "180", "-", "-", false},
		{"past after a relative clause on a state", "Sri Lanka's navy, which has patrolled the strait for years, seized power boats carrying Indian fishermen.", "17", "LKA", "-", false},
		{"past after an appositive noun phrase, read as an adjective", "Ecowas, the West African bloc, imposed sanctions on the junta in Niamey.", "163", "-", "NER", false},
		{"headline -s verb read as a noun, withdrawal", "Russia withdraws from the nuclear test ban treaty", "16", "RUS", "-", false},
		{"headline -s verb read as a noun, curbs", "EU curbs imports of Russian steel", "163", "-", "-", false},
		{"a plural read as a present before a past, names in the object", "Sri Lankan troops overran a Tamil Tiger stronghold near Kilinochchi on Friday.", "19", "LKA", "LKA", false},
		// must-not
		{"a singular noun in -s after a name", "Congress news from Washington dominated the day.", "16", "", "", true},
		{"a noun phrase's singular noun in -s", "Iran crisis talks resumed in Vienna.", "16", "", "", true},
		{"a step down after a determiner", "It was a step down for the former minister.", "08", "", "", true},
		{"an adjective after a clause on a place", "In the capital, which was calm, armed men robbed a bank.", "19", "", "", true},
	})
}
