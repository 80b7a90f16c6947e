package text_test

import (
	"testing"

	"github.com/parley-events/parley/text/fasttag"
)

// TestNameSaysThat: a press review's "The Herald reports that ...",
// "Radio Ozodi claims that ..." puts a verb of saying after the paper,
// which the model reads as a plural noun (reportsthat_lead.go). Must-not
// rows: the noun phrases that open with such a plural ("Media reports
// that", "Local media reports that", "The reports that", "Intelligence
// reports that", "Israeli media claims that"), and the word without a
// that-clause after it ("The Herald reports on the trial").
func TestNameSaysThat(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{"The Herald reports that police arrested 16 vendors in Harare's central business district.", "reports", "VBZ", 0},
		{"The Kathmandu Post reports that Nepal objected to a new map published by India.", "reports", "VBZ", 0},
		{"Radio Ozodi reports that Tajik border guards detained three Afghan traders.", "reports", "VBZ", 0},
		{"The Daily Star reports that Rapid Action Battalion officers shot dead two suspects in Cox's Bazar.", "reports", "VBZ", 0},
		{"Radio Free Asia reports that police in Lhasa detained a monk over his posts.", "reports", "VBZ", 0},
		{"The Irrawaddy claims that junta troops burned down a village in Sagaing.", "claims", "VBZ", 0},
		{"The army reports that militants attacked a checkpoint near Kidal overnight.", "reports", "VBZ", 0},
		{"Balkan Insight notes that Serbia expelled a Croatian diplomat in 2021.", "notes", "VBZ", 0},
		// must-not
		{"Media reports that police arrested 16 vendors were denied by the minister.", "reports", "NNS", 0},
		{"Local media reports that troops killed 12 rebels proved false.", "reports", "NNS", 0},
		{"The reports that troops killed 12 rebels were denied by the army.", "reports", "NNS", 0},
		{"Intelligence reports that Iran had armed the Houthis reached Washington in May.", "reports", "NNS", 0},
		{"The Herald reports on the trial drew a complaint from the ministry.", "reports", "NNS", 0},
	})
}

// TestHelpBase: the bare verb after "help" and a named object, which
// the model reads as an adjective or noun for want of a "to" before it
// (helpbase_lead.go). Must-not row: a noun that modifies the next one
// ("helped Kenya police officers"), left as the model tagged it.
func TestHelpBase(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{"Uganda deployed troops to help Congo fight ADF rebels in Ituri.", "fight", "VB", 0},
		{"Rwanda sent soldiers to help Mozambique battle insurgents in Cabo Delgado.", "battle", "VB", 0},
		{"Washington sent advisers to help Baghdad fight Islamic State.", "fight", "VB", 0},
		// must-not
		{"Britain helped Kenya police officers track the suspects.", "police", "NNS", 0},
	})
}
