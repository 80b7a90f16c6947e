package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// TestS27LeadSpeakerLabel: a first person after a named speaker's label
// that opens a transcript line ("Mao Ning: We urge ...") is that
// speaker (verb/speakerlabel_lead27.go). An unnamed label, a question
// put before the answer, and a quotation keep their old readings.
func TestS27LeadSpeakerLabel(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"label, we urge", "Maria Zakharova: We urge Finland to stop arming Kyiv.", "020", "RUS", "FIN"},
		{"label, we condemn", "Mao Ning: We strongly condemn the Philippine provocation at Scarborough Shoal.", "-", "CHN", "PHL"},
		{"label, our companies", "Sergei Lavrov: Washington has imposed new sanctions on our banks.", "163", "USA", "RUS"},
		// must-not: a label with no actor binds nothing
		{"unnamed label", "Spokesperson: We urge Japan to halt the release.", "02", "", "JPN"},
	})
}

// TestS27LeadAnsweredAct: an act named as what a reaction answers
// ("respond to the expulsion") has happened; the modal before the
// reaction is the reaction's own (verb/modality.go, answerVerbs).
func TestS27LeadAnsweredAct(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"respond to the expulsion", "The Kremlin said it would respond to the expulsion of Russian diplomats by Warsaw.", "161", "POL", "RUS"},
		{"retaliate for the expulsion", "Tehran will retaliate for the expulsion of its envoys by Baku.", "161", "AZE", "IRN"},
	})
	// must-not: an act only threatened stays a threat, and a future act
	// with no reaction verb stays future.
	p := newTestPipeline(t)
	for _, c := range []struct{ text, code string }{
		{"Russia threatened to expel Czech diplomats.", "161"},
		{"Hungary will expel two Ukrainian diplomats next week.", "161"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if e.CAMEO == c.code && !e.Modality.Negated && !e.Modality.Hypothetical && !e.Modality.Future {
				t.Errorf("%q coded a real %s: %s", c.text, c.code, describe([]event.Event{e}))
			}
		}
	}
}

// TestS27LeadPartyTo: the party a nominal act is the work of, named
// before "involved in", "implicated in", "complicit in", "responsible
// for" or "behind" (verb/roles.go, partyTo), is the act's source, not
// the main clause's subject.
func TestS27LeadPartyTo(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"involved in cyberattacks", "Canada sanctioned four Chinese officers involved in cyberattacks on Canadian ministries.", "176", "CHN", "CAN"},
		{"responsible for the hacking", "Australia sanctioned a Russian hacker responsible for the hacking of Australian banks.", "176", "RUS", "AUS"},
		{"behind the cyberattack", "Seoul sanctioned North Korean agents behind the cyberattack on Japanese exchanges.", "176", "PRK", "JPN"},
		// must-not: a doer named before the act itself keeps it
		{"own act", "Iranian hackers launched cyberattacks on Israeli water systems.", "176", "IRN", "ISR"},
	})
}
