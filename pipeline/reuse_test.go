package pipeline

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/parley-events/parley/story"
)

// Code analyses every story into the same pooled buffers; the events of
// one story must not change when later stories are coded, nor differ from
// an analysis of their own (Analyze, which uses no pool).
func TestCodeReusesNoEventMemory(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	stories := []story.Story{
		{ID: "a", Date: "2024-10-26", Text: "Turkish and Russian intelligence officers met near Saraqeb on Friday, the Syrian Observatory for Human Rights said. Iran hosted talks with Turkey in Tehran."},
		{ID: "b", Date: "2023-01-02", Text: "Rebels shelled a village in northern Mali, killing eight people."},
		{ID: "c", Date: "2022-05-05", Text: "The foreign ministers of Egypt, Jordan and Saudi Arabia met in Cairo and signed an agreement on water. Police arrested protesters in Baghdad."},
	}
	ctx := context.Background()
	var first [][]byte
	for round := 0; round < 2; round++ {
		for i, s := range stories {
			evs, err := p.Code(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			for _, ev := range evs {
				// The schema writes [] for these, never null.
				if ev.PLOVER.Context == nil || ev.Source == nil || ev.Target == nil || ev.Participants == nil {
					t.Errorf("story %s: event %s has a nil list: %+v", s.ID, ev.ID, ev)
				}
			}
			b, err := json.Marshal(evs)
			if err != nil {
				t.Fatal(err)
			}
			if round == 0 {
				if len(evs) == 0 {
					t.Fatalf("story %s coded no event: the test needs some", s.ID)
				}
				first = append(first, b)
				alone, _ := json.Marshal(p.Events(p.Analyze(s)))
				if string(alone) != string(b) {
					t.Errorf("story %s: Code and Events(Analyze) differ:\n%s\n%s", s.ID, b, alone)
				}
				defer func(i int, evs any) {
					now, _ := json.Marshal(evs)
					if string(now) != string(first[i]) {
						t.Errorf("story %s: its events changed after later stories were coded:\n%s\n%s", stories[i].ID, first[i], now)
					}
				}(i, evs)
				continue
			}
			if string(b) != string(first[i]) {
				t.Errorf("story %s: coded again, events differ", s.ID)
			}
		}
	}
}
