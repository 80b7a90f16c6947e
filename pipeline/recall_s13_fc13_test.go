package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// TestS13FC13Kosovo: the gazetteer codes Kosovo by ISO's user-assigned
// UNK (XK); CAMEO's actor code is KSV, so an actor whose state comes
// from a Kosovo place is KSV..., never UNK....
func TestS13FC13Kosovo(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "village in Kosovo", text: "Serbian police killed two men in the village of Drenica in Kosovo.", code: "190", src: "SRBCOP", tgt: "KSVCVL"},
		{why: "near a town in western Kosovo", text: "Serb paramilitaries shot dead three villagers near Decani in western Kosovo.", code: "180", src: "SRBMIL", tgt: "KSVCVL"},
		{why: "a Kosovo town alone", text: "Gunmen killed a police officer in Mitrovica.", code: "180", src: "---UAF", tgt: "KSVCOP"},
		{why: "aid to the capital", text: "Albania sent aid to Pristina.", code: "070", src: "ALB", tgt: "KSV"},
		{why: "shelling near a Kosovo town", text: "Serbian troops shelled villages near Pec.", code: "194", src: "SRBMIL", tgt: "KSV"},
		{why: "must not: a village in Serbia stays Serbian", text: "Serbian police killed two men in the village of Krusevac in central Serbia.", code: "190", src: "SRBCOP", tgt: "SRBCVL"},
	})
	for _, e := range codeText(t, p, "1999-03-01", "Serb forces burned houses in the village of Racak in Kosovo. Gunmen killed a police officer in Mitrovica.") {
		for _, a := range append(append([]event.Actor{}, e.Source...), e.Target...) {
			if len(a.Code) >= 3 && a.Code[:3] == "UNK" {
				t.Errorf("%q: actor code %s is the gazetteer's, not CAMEO's", e.Sentence, a.Code)
			}
		}
	}
}
