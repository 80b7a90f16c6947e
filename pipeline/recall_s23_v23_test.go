package pipeline

import "testing"

// TestS23V23TrailingObligationMood: the demand (100) or appeal (020)
// coded from an obligation quoted before its speaker ("Iran must stop
// enriching uranium, France said") is the speaker's act of the day: the
// modal before the comma is the quoted clause's, and the speech verb
// after it is no hypothetical (verb/modality.go stops its walk back at
// the comma). The quoted clause's own act keeps its modal: "France would
// condemn any attack, the minister said" stays hypothetical. (V23: the
// lead's rows checked codes and sides only, and passed without the
// modality change.)
func TestS23V23TrailingObligationMood(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text, code   string
		hypothetical bool
	}{
		{"Iran must stop enriching uranium, France said.", "100", false},
		{"Venezuela must free the detained opposition leaders, Brazil said on Monday.", "100", false},
		{"China should lift its ban on Japanese seafood, Tokyo said.", "020", false},
		// must-not: the modal of the clause's own verb, no comma between
		{"France would condemn any attack on Iran, the minister said.", "111", true},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for i := range evs {
			if e := &evs[i]; e.CAMEO == c.code {
				found = true
				if e.Modality.Hypothetical != c.hypothetical {
					t.Errorf("%q: %s hypothetical=%v, want %v: %s", c.text, c.code, e.Modality.Hypothetical, c.hypothetical, describe(evs))
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s: %s", c.text, c.code, describe(evs))
		}
	}
}

// TestS23V23ClearanceObject: X23's recode of a camp cleared by a state's
// forces (175, forceClearance) wants the camp as what is cleared, or its
// occupants cleared out of it; a thing removed from or cleared near a
// camp is no repression (V23's must-nots, which coded 175).
func TestS23V23ClearanceObject(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Egyptian police cleared hundreds of protesters from the sit-in in Cairo.", true},
		{"French police removed migrants from the camp in Calais.", true},
		{"Bolivian riot police cleared the protest camp outside the congress.", true},
		// must-not: the thing cleared is no camp
		{"Kenyan police removed the bodies of 12 migrants from the camp in Kakuma.", false},
		{"Turkish soldiers cleared mines around the camp.", false},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		got := false
		for i := range evs {
			if evs[i].CAMEO == "175" {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: 175 coded %v, want %v: %s", c.text, got, c.want, describe(evs))
		}
	}
}

// TestS23V23SemicolonSpelledCount: S23's semicolon clause takes the place
// before it unless a name stands in it; a spelled-out count the tagger
// capitalises into a name ("Fifteen/NNP arrested") is no name, whatever
// the number (the rule named "twelve" alone).
func TestS23V23SemicolonSpelledCount(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "spelled-out count after a semicolon", text: "Riots erupted in Leeds; Fifteen arrested.", code: "173", src: "-", tgt: "GBR"},
		{why: "spelled-out count after a semicolon", text: "Clashes broke out in Nairobi; Thirty arrested.", code: "173", src: "-", tgt: "KEN"},
		{why: "must-not: people of their own state", text: "Riots erupted in Leeds; Fifteen Albanians arrested.", code: "173", src: "-", tgt: "!GBR"},
	})
}
