package pipeline

import "testing"

// TestTitledNamesAreNoPlaces: a title and two capitalised words are a
// person ("President Santiago Pena"), even when the title is part of an
// actor phrase; the same town after a preposition of place still places
// the event.
func TestTitledNamesAreNoPlaces(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, notAt, at string }{
		{"Paraguayan President Santiago Pena met his Brazilian counterpart on Monday.", "Santiago", ""},
		{"Chilean Governor Victoria Ayala met the interior minister on Tuesday.", "Victoria", ""},
		{"Rebels attacked the convoy of Governor Lincoln Diaz near Mosul.", "Lincoln", "Mosul"},
		{"Police arrested 40 protesters in Santiago on Friday.", "", "Santiago"},
		{"Paraguayan President Santiago Pena met Chile's president in Santiago.", "", "Santiago"},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		if len(evs) == 0 {
			t.Errorf("%q: no event", c.text)
			continue
		}
		for i := range evs {
			loc := evs[i].Location
			name := ""
			if loc != nil {
				name = loc.Name
			}
			if c.notAt != "" && name == c.notAt {
				t.Errorf("%q: placed at %s, a person's name", c.text, name)
			}
			if c.at != "" && name != c.at {
				t.Errorf("%q: placed at %q, want %s", c.text, name, c.at)
			}
		}
	}
}

// TestTitledAppositions: a titled name with its role in apposition ("Gen.
// Mark Wilson, commander of US forces in the region,") is one actor, so
// the verb before it reaches its side.
func TestTitledAppositions(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "titled name, role, 'in the region'", text: "The Iraqi defence minister met Gen. Mark Wilson, commander of US forces in the region, on Monday.", code: "04", src: "IRQ", tgt: "USA"},
		{why: "two title abbreviations", text: "A Bamako court jailed Lt. Col. Omar Diallo, a Malian army officer in the north, for ten years.", code: "17", src: "MLI", tgt: "MLI"},
		{why: "Mr. before a known surname", text: "Mr. Putin met Turkish President Recep Tayyip Erdogan in Sochi on Jan. 5.", code: "04", src: "RUS", tgt: "TUR"},
	})
}

// TestCounterparts: a counterpart holds the post of the actor it pairs with
// in another state, and its country is not that actor's.
func TestCounterparts(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, src, tgt string }{
		{"GRU chief Igor Kostyukov met his Chinese counterpart in Beijing.", "RUSSPY", "CHNSPY"},
		{"Iran's foreign minister held talks with his Turkish counterpart in Ankara.", "IRNGOV", "TURGOV"},
		{"The defence minister met his Russian counterpart on Monday.", "---GOV", "RUSGOV"},
		{"Kenyan police chiefs met their Ugandan counterparts to discuss cattle raids.", "KENCOP", "UGACOP"},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for i := range evs {
			e := &evs[i]
			found = found || e.CAMEORoot == "04" && actorCodes(e.Source) == c.src && actorCodes(e.Target) == c.tgt
		}
		if !found {
			t.Errorf("%q: want a meeting %s>%s; got %s", c.text, c.src, c.tgt, describe(evs))
		}
	}
}

// TestStateDescriptions: "the kingdom", "the island", "the Gulf state" as
// a subject, and "the country's" before a sector, are the state the story
// refers to: the first its sentence names, else the first the sentence
// before names. Objects and places ("left the country", "across the
// country") and names ("the Czech Republic", "the Islamic State") are not
// read this way.
func TestStateDescriptions(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "the kingdom, after a sentence naming two states", text: "Saudi Arabia has restored ties with Iran. The kingdom also invited Syria to the Arab League summit.", code: "036", src: "SAU", tgt: "SYR"},
		{why: "the island", text: "Taiwan held military drills on Monday. The island accused China of sending warplanes into its air defence zone.", code: "112", src: "TWN", tgt: "CHN"},
		{why: "the Gulf state", text: "Qatar hosted talks between Hamas and Israel. The Gulf state condemned the Israeli strikes on Gaza.", code: "111", src: "QAT", tgt: "ISR"},
		{why: "the reclusive state", text: "North Korea fired two missiles on Sunday. The reclusive state warned Washington against new sanctions.", code: "13", src: "PRK", tgt: "USA"},
		{why: "the Himalayan nation", text: "Nepal's parliament passed the budget. The Himalayan nation signed an energy deal with India.", code: "057", src: "NPL", tgt: "IND"},
		{why: "the country's, a locative state before it", text: "Protests spread across Iran. The country's supreme leader accused the United States of stoking unrest.", code: "112", src: "IRN", tgt: "USA"},
		{why: "the country, with an adverb", text: "Mali's junta expelled the French ambassador. The country also ordered French troops to leave.", code: "16", src: "MLI", tgt: "FRA"},
		{why: "the state named by its own sentence first", text: "Kenya said the country would send troops to Haiti.", code: "154", src: "KEN", tgt: "HTI"},
		{why: "an object is not read", text: "Troops left the country after the coup.", code: "", none: true},
		{why: "a place is not read", text: "Unrest spread across the country on Monday.", code: "", none: true},
		{why: "'the state media' is no state", text: "Iran held talks with Iraq. The state media reported the arrests.", code: "01", none: true},
	})
}
