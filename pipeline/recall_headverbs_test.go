package pipeline

import "testing"

// TestRecallHeadlineVerbs runs headline-style sentences whose present-tense
// verb the tagger reads as a noun ("condemns"/NN, "strikes"/NNS) right
// after the subject's name, and the headline verbs of criticism and
// warning that take "over", "against" or "for". Every sentence was written
// for this test. The must-not cases are plural event nouns in the same
// slot ("Israel strikes kill ...", "US sanctions relief"): noun compounds
// that must not become a verb with the next word as its object. Sides as
// in frameCase: "-" unchecked, "?" empty.
func TestRecallHeadlineVerbs(t *testing.T) {
	p := newTestPipeline(t)
	cases := []frameCase{
		// An -s verb the tagger left whole, as a noun, between two names.
		{"condemns between two names", "Pakistan condemns Afghanistan over border attack", "11", "PAK", "AFG", false},
		{"condemns with no grievance", "Ethiopia condemns Egypt", "11", "ETH", "EGY", false},
		{"condemns before a determiner", "Chile condemns the Bolivian decree", "11", "CHL", "BOL", false},
		{"slams after a name", "Greece slams Turkey over airspace violations", "11", "GRC", "TUR", false},
		// A name the actor stage read as a modifier ("Israel strikes")
		// is still the subject when an actor follows.
		{"strikes before a named target", "Israel strikes Gaza after rocket fire", "19", "ISR", "PSE", false},
		{"strikes before a modified target", "Russia strikes Ukrainian energy grid", "19", "RUS", "UKR", false},
		{"strikes in the past tense", "Turkey struck Kurdish militants in northern Iraq.", "19", "TUR", "-", false},
		// Headline verbs of criticism and warning with their grievance.
		{"flays over", "Nepal flays India over new map", "11", "NPL", "IND", false},
		{"slates over", "Norway slates Denmark over asylum rules", "11", "NOR", "DNK", false},
		{"pans for", "Hungary pans Austria for new visa rule", "11", "HUN", "AUT", false},
		{"warns over", "Vietnam warns China over survey ship", "13", "VNM", "CHN", false},
		{"warned about", "Britain warned Iran about the seized tanker.", "13", "GBR", "IRN", false},
		{"cautions against", "France cautions Algeria against reprisals", "13", "FRA", "DZA", false},
		{"pushes for talks", "India pushes for talks with Pakistan", "02", "IND", "PAK", false},
		{"pushing for details is no appeal to meet", "Reporters pushed for details of the dialogue.", "02", "-", "-", true},
		{"urges to", "Zambia urges Malawi to reopen the border", "02", "ZMB", "MWI", false},
		// Plural event nouns followed by their clause's verb stay nouns.
		{"strikes before their verb", "Russia strikes kill five civilians in Kharkiv", "19", "RUS", "UKR", false},
		{"raids before their verb", "Israel raids kill three Palestinians", "19", "ISR", "PSE", false},
		{"sanctions relief is no sanction", "US sanctions relief for Iran stalls", "16", "-", "-", true},
		{"arms sales are no arming", "Iran arms sales to Russia grow", "07", "-", "-", true},
		{"a list of demands is no demand", "Iran demands list grows", "10", "-", "-", true},
		{"sanctions list is no sanction", "Russia sanctions list grows", "16", "-", "-", true},
		// Other senses of the new patterns.
		{"striking a deal is no attack", "Iran strikes a deal with China", "19", "-", "-", true},
		{"an earthquake striking is no attack", "A powerful earthquake struck Turkey on Monday.", "19", "-", "-", true},
		{"slated to is a schedule", "Japan is slated to host the summit with Korea.", "11", "-", "-", true},
		{"warning about weather is no threat", "Doctors warned about the heatwave in Spain.", "13", "-", "-", true},
	}
	checkFrames(t, p, cases, false)
}
