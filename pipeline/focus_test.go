package pipeline

import (
	"context"
	"testing"

	"github.com/parley-events/parley/story"
)

// A state's embassy abroad does not make the story that state's: bare
// "protesters" then take no country from it.
func TestOutpostIsNoFocus(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, wantSource string }{
		{"Protesters attacked the Saudi embassy in Tehran.", "IRNCVL"},
		{"Demonstrators stormed the British consulate in Basra on Friday.", "IRQCVL"},
		// Not an outpost: the ministry is the story's state.
		{"The Saudi foreign ministry said on Monday that protesters attacked a police station.", ""},
	} {
		evs, err := p.Code(context.Background(), story.Story{ID: "t", Date: "2024-01-02", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range evs {
			if ev.CAMEORoot != "14" && ev.CAMEORoot != "18" && ev.CAMEORoot != "17" {
				continue
			}
			for _, s := range ev.Source {
				if tc.wantSource != "" && s.Code != tc.wantSource {
					t.Errorf("%q: source %s, want %s", tc.text, s.Code, tc.wantSource)
				}
				if len(s.Code) >= 3 && s.Code[:3] == "SAU" && tc.wantSource != "" {
					t.Errorf("%q: source %s took the embassy's country", tc.text, s.Code)
				}
			}
		}
	}
}
