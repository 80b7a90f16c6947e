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

// TestS13FC13EmbassyIn: an embassy (or consulate) opened in a city is
// opened with the city's state, as one opened in a country is; one's own
// capital is no partner, and violence at an embassy opens none.
func TestS13FC13EmbassyIn(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "an embassy in a capital", text: "Turkey opened an embassy in Mogadishu.", code: "050", src: "TUR", tgt: "SOM"},
		{why: "its embassy in a city", text: "The UAE opened its embassy in Tel Aviv.", code: "050", src: "ARE", tgt: "ISR"},
		{why: "time after the city", text: "Israel opened an embassy in Abu Dhabi on Sunday.", code: "050", src: "ISR", tgt: "ARE"},
		{why: "reopened, year after", text: "Britain reopened its embassy in Tehran in 2015.", code: "050", src: "GBR", tgt: "IRN"},
		{why: "a new embassy", text: "South Korea opened a new embassy in Hanoi in 1992.", code: "050", src: "KOR", tgt: "VNM"},
		{why: "a capital far away", text: "Ukraine opened its embassy in Riyadh.", code: "050", src: "UKR", tgt: "SAU"},
		{why: "a country still works", text: "Iran opened its embassy in Turkey.", code: "050", src: "IRN", tgt: "TUR"},
		{why: "must not: fire opened outside an embassy", text: "Gunmen opened fire outside the Saudi embassy in Sanaa, killing a guard.", code: "050", none: true},
	})
	fc13NoTarget(t, p, "050", "own capital is no partner", "The Kenyan government opened an embassy in Nairobi.")
}

// fc13NoTarget: the sentence codes an event of the code whose target is
// empty or has none of the states listed.
func fc13NoTarget(t *testing.T, p *Pipeline, code, why, text string, not ...string) {
	t.Helper()
	found := false
	for _, e := range codeText(t, p, "2024-05-01", text) {
		if e.CAMEO != code {
			continue
		}
		found = true
		if len(not) == 0 && len(e.Target) > 0 {
			t.Errorf("%s: %q target %s, want none", why, text, actorCodes(e.Target))
		}
		for _, c := range not {
			if hasCountry(e.Target, c) {
				t.Errorf("%s: %q target %s, want no %s", why, text, actorCodes(e.Target), c)
			}
		}
	}
	if !found {
		t.Errorf("%s: %q coded no %s event", why, text, code)
	}
}

// TestS13FC13CrossedFrom: the state after "from" is where a crossing
// force came from, not the state it entered; "into" names that one, and
// so does a state before the verb.
func TestS13FC13CrossedFrom(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "from then into", text: "Russian troops crossed the border from Belarus into northern Ukraine.", code: "190", src: "RUSMIL", tgt: "UKR"},
		{why: "frontier from then into", text: "Kenyan troops crossed the frontier from Somalia into Ethiopia on Friday.", code: "190", src: "KENMIL", tgt: "ETH"},
		{why: "the accuser before the verb", text: "Ukraine said Russian troops crossed the border from Belarus.", code: "190", src: "RUSMIL", tgt: "UKR"},
		{why: "must stay: into alone", text: "Russian troops crossed the border into eastern Ukraine.", code: "190", src: "RUSMIL", tgt: "UKR"},
	})
	fc13NoTarget(t, p, "190", "origin only", "Russian troops crossed the border from Belarus.", "BLR")
	fc13NoTarget(t, p, "190", "frontier from, time after", "Turkish soldiers crossed the frontier from Iraq on Tuesday.", "IRQ")
	fc13NoTarget(t, p, "190", "from neighbouring", "Rwandan soldiers crossed the border from neighbouring Uganda overnight.", "UGA")
	fc13NoTarget(t, p, "190", "from, then a reporter", "Eritrean troops crossed the border from Sudan, Ethiopia said.", "SDN")
	fc13NoTarget(t, p, "190", "from a small neighbour", "Indian soldiers crossed the border from Bhutan.", "BTN")
}

// TestS13FC13VehicleOwner: a sector whose state only the story gives,
// right before the vehicles a pattern names ("air force planes", "navy
// ships"), owns the sender's means; the place after "to" is the target.
func TestS13FC13VehicleOwner(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "air force planes to a capital", text: "India sent air force planes carrying relief supplies to Kathmandu.", code: "073", src: "IND", tgt: "NPL"},
		{why: "navy ships loaded with", text: "Japan dispatched navy ships loaded with water and food to the Philippines.", code: "073", src: "JPN", tgt: "PHL"},
		{why: "to a country", text: "China sent air force planes carrying tents and medicine to Nepal.", code: "073", src: "CHN", tgt: "NPL"},
		{why: "army trucks laden with", text: "Pakistan sent army trucks laden with flour to Afghanistan.", code: "073", src: "PAK", tgt: "AFG"},
		{why: "must stay: a named state before the vehicles receives them", text: "The United States sent Ukraine trucks carrying food.", code: "073", src: "USA", tgt: "UKR"},
	})
	fc13NoTarget(t, p, "073", "the sender's own air force", "India sent air force planes carrying relief supplies to Kathmandu.", "INDMIL")
	fc13NoTarget(t, p, "073", "the destination's air force", "China sent air force planes carrying tents and medicine to Nepal.", "NPLMIL")
}

// TestS13FC13TalksVenue: bare rebels or opposition met in talks "in" a
// place are the opposition of the state whose party meets them; the
// place is the venue, no party's state.
func TestS13FC13TalksVenue(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "talks in a foreign capital", text: "The Colombian government held talks with communist rebels in Oslo.", code: "044", src: "COLGOV", tgt: "COLREB"},    // 044: a third state's venue (thirdPlace, session 36)
		{why: "resumed peace talks", text: "The Philippine government resumed peace talks with communist rebels in Oslo.", code: "044", src: "PHLGOV", tgt: "PHLREB"}, // 044: a third state's venue (thirdPlace, session 36)
		{why: "a neighbour's capital", text: "Sudanese officials held talks with southern rebels in Nairobi.", code: "044", src: "SDNGOV", tgt: "SDNREB"},             // 044: a third state's venue (thirdPlace, session 36)
		{why: "rebel leaders", text: "Ethiopian officials held talks with rebel leaders in Nairobi.", code: "044", src: "ETHGOV", tgt: "ETHREB"},                      // 044: a third state's venue (thirdPlace, session 36)
		{why: "negotiations with the rebels", text: "Mozambican officials held negotiations with the rebels in Rome.", code: "04", src: "MOZGOV", tgt: "MOZREB"},
		{why: "must stay: a home venue", text: "The Nepalese government held peace talks with Maoist rebels in Kathmandu.", code: "040", src: "NPLGOV", tgt: "NPLREB"},
		{why: "must stay: no state's party, the place says whose", text: "The UN envoy met rebels in Darfur.", code: "040", src: "IGOUNO", tgt: "SDNREB"},
	})
	fc13NoTarget(t, p, "044", "the venue is no party", "The Colombian government held talks with communist rebels in Oslo.", "NOR") // 044: a third state's venue (thirdPlace, session 36)
}

// TestS13FC13HandedOver: a person ("him", "her", "them") handed over or
// back to another party is put in its custody (063), to a state or to
// its officials; a thing ("it") handed over is no such act.
func TestS13FC13HandedOver(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "to a state, after an arrest", text: "Tanzanian police arrested the genocide suspect in Arusha and handed him over to Rwanda.", code: "063", src: "TZACOP", tgt: "RWA"},
		{why: "to a state's officials", text: "South African police arrested the former minister and handed him over to Zimbabwean officials.", code: "063", src: "ZAFCOP", tgt: "ZWEGOV"},
		{why: "them back to", text: "Turkish police detained two Iranian dissidents and handed them back to Iran.", code: "063", src: "TURCOP", tgt: "IRN"},
		{why: "captured, to authorities", text: "Kenyan troops captured the militant commander and handed him over to Somali authorities.", code: "063", src: "KENMIL", tgt: "SOMGOV"},
		{why: "to the United States", text: "Pakistani agents arrested the al Qaeda suspect in Karachi and handed him over to the United States.", code: "063", src: "PAK", tgt: "USA"},
		{why: "must not: a town handed over", text: "Rebels captured the town and handed it over to the army.", code: "063", none: true},
		{why: "must not: keys handed over", text: "Police arrested the gunman after the siege, and the mayor handed the keys over to the army.", code: "063", none: true},
	})
}
