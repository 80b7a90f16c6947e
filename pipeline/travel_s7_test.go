package pipeline

import (
	"strings"
	"testing"
)

// TestTravelDestination: where a bare official travels ("will visit
// Beijing", "arrived in Tehran", "flew to Ankara") is not the official's
// country; a country the story names otherwise still fills it.
func TestTravelDestination(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		why, text, root string
		src             string // the wanted source code; a leading ! means "not this country"
	}{
		{"visit object", "The president is scheduled to visit Beijing next month.", "03", "!CHN"},
		{"visited, past", "The prime minister visited Kyiv on Friday and pledged more weapons.", "04", "!UKR"},
		{"arrived in", "The foreign minister arrived in Tehran on Sunday for talks on the nuclear deal.", "04", "!IRN"},
		{"landed in", "The defence minister landed in Ankara on Monday for talks on arms sales.", "04", "!TUR"},
		{"flew to", "The foreign minister flew to Cairo on Tuesday for talks on the crisis.", "04", "!EGY"},
		{"the visitor's country named elsewhere in the story",
			"Kenya's government welcomed the plan. The president will visit Addis Ababa next week.", "03", "KENGOV"},
		{"a state that is no destination still leads",
			"Kenyan police fired tear gas at protesters in Nairobi. The president met opposition leaders.", "04", "KENGOV"},
		{"the host's own capital as a destination of others",
			"Turkey hosted talks on Syria. The foreign minister welcomed delegates who arrived in Ankara.", "05", "TURGOV"},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		var got []string
		for i := range evs {
			e := &evs[i]
			if e.CAMEORoot != c.root {
				continue
			}
			src := actorCodes(e.Source)
			got = append(got, e.CAMEO+" "+src)
			if not, ok := strings.CutPrefix(c.src, "!"); ok {
				found = found || len(e.Source) > 0 && !strings.Contains(src, not)
			} else {
				found = found || strings.Contains(src, c.src)
			}
		}
		if !found {
			t.Errorf("%s: %q: want a %s event from %s, got %v; %s", c.why, c.text, c.root, c.src, got, describe(evs))
		}
	}
}

// TestVisitScene: after a visit, the local people and bodies are the
// visited state's; the visitor's officials stay the visitor's.
func TestVisitScene(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, src, tgt string }{
		{"Chinese Premier Li Qiang visited Canberra on Monday. Protesters gathered outside Parliament House.", "AUSCVL", "AUSLEG"},
		{"Russian President Vladimir Putin visited Beijing on Tuesday. Police detained dozens of activists.", "CHNCOP", "CHNCVL"},
	} {
		found := false
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if e.SentenceIndex == 1 {
				found = found || actorCodes(e.Source) == c.src && actorCodes(e.Target) == c.tgt
			}
		}
		if !found {
			t.Errorf("%q: want %s>%s in the second sentence; got %s", c.text, c.src, c.tgt, describe(codeText(t, p, "2024-05-01", c.text)))
		}
	}
	// The visitor's own officials stay the visitor's.
	checkRootCases(t, p, []rootCase{
		{why: "a visitor's official", text: "Russian President Vladimir Putin visited Beijing on Tuesday. The Russian foreign minister met his Chinese counterpart.", code: "04", src: "RUS", tgt: "CHN"},
	})
}
