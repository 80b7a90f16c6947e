package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/story"
)

// FuzzCode: any text codes without panicking, and every offset an event
// carries points inside its sentence.
func FuzzCode(f *testing.F) {
	p := newTestPipeline(f)
	for _, s := range []string{
		"Russia and Turkey signed an agreement.",
		"A ceasefire was brokered between Turkey and Russia on March 5, 2020.",
		"Observers from Jordan were also present.",
		"The agreements reached in May 2017 covered Idlib.",
		"“De-escalation” — Syria’s talks; HTS (Hay’at Tahrir al-Sham) 's 's ( ) ...",
		"\xff\xfe\x00", "", "... , , and and", "Moscow and Cairo , from Moscow",
	} {
		f.Add(s, "2024-10-26")
	}
	f.Fuzz(func(t *testing.T, txt, date string) {
		evs, err := p.Code(context.Background(), story.Story{ID: "f", Date: date, Text: txt})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			n := len(e.Sentence)
			if !strings.Contains(txt, e.Sentence) {
				t.Fatalf("sentence %q not in the text", e.Sentence)
			}
			check := func(what string, a, b int) {
				if a == -1 && b == -1 {
					return
				}
				if a < 0 || b > n || a > b {
					t.Fatalf("%s offsets %d:%d outside sentence of %d bytes", what, a, b, n)
				}
			}
			check("verb", e.Evidence.Verb.Start, e.Evidence.Verb.End)
			for _, a := range append(append(append([]event.Actor{}, e.Source...), e.Target...), e.Participants...) {
				check("actor", a.Start, a.End)
			}
			if e.Evidence.Date != nil {
				check("date", e.Evidence.Date.Start, e.Evidence.Date.End)
			}
			if e.Evidence.Place != nil {
				check("place", e.Evidence.Place.Start, e.Evidence.Place.End)
			}
		}
	})
}
