package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/data"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/dictfile"
	"github.com/parley-events/parley/story"
	"github.com/parley-events/parley/verb"
)

// exampleDate anchors dictionary examples; office holders in examples must
// hold office on this day.
const exampleDate = "2024-06-15"

// TestVerbExamples runs every example in data/verbs: the entry's own
// pattern must fire (or, for ex!:, must not), with the promised source and
// target ("-" leaves a side unchecked).
func TestVerbExamples(t *testing.T) {
	p := newTestPipeline(t)
	// The pipeline opens the compiled dictionary, which keeps no examples.
	text, err := verb.LoadText(data.FS, "verbs", nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range text.Entries() {
		for _, ex := range e.Examples {
			n++
			evs, _ := p.Code(context.Background(), story.Story{ID: "ex", Date: exampleDate, Text: ex.Sentence})
			var hit *event.Event
			for i := range evs {
				if evs[i].Evidence.Pattern == e.Pos() {
					hit = &evs[i]
					break
				}
			}
			if ex.Negative {
				if hit != nil {
					t.Errorf("%s (line %d): %q must not fire, got %s", e.Pos(), ex.Line, ex.Sentence, describe(evs))
				}
				continue
			}
			if hit == nil {
				// The entry may have fired and lost to an earlier match of
				// the same code and dyad in the sentence (one event per
				// code and dyad): look at the verb stage itself.
				hit = matchedEntry(p, ex.Sentence, e.Pos())
			}
			if hit == nil {
				t.Errorf("%s (line %d): %q did not fire this entry; got %s\n%s", e.Pos(), ex.Line, ex.Sentence, describe(evs), p.WhyNot(ex.Sentence, exampleDate))
				continue
			}
			want := strings.Fields(ex.Want)
			if len(want) >= 1 && want[0] != "-" && !hasActor(hit.Source, want[0]) {
				t.Errorf("%s (line %d): %q source %s, want %s", e.Pos(), ex.Line, ex.Sentence, codes(hit.Source), want[0])
			}
			if len(want) >= 2 && want[1] != "-" && !hasActor(hit.Target, want[1]) {
				t.Errorf("%s (line %d): %q target %s, want %s", e.Pos(), ex.Line, ex.Sentence, codes(hit.Target), want[1])
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d verb examples: the dictionary's examples were not found", n)
	}
	t.Logf("%d verb examples checked", n)
}

// TestActorExamples runs every example in data/actors: some actor in the
// sentence must resolve to the promised code through this entry (ex!: no
// actor may come from this entry).
func TestActorExamples(t *testing.T) {
	p := newTestPipeline(t)
	// The pipeline opens the compiled dictionary, which keeps no examples:
	// they come from the text, and the compiled form must give what the
	// text promises (TestCompiledUpToDate in package data checks the two
	// are the same build).
	text, err := actor.LoadText(data.FS, "actors")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range text.Entries() {
		for _, ex := range e.Examples {
			n++
			a := p.Analyze(story.Story{ID: "ex", Date: exampleDate, Text: ex.Sentence})
			var got []string
			fromEntry := false
			for _, sa := range a.Sentences {
				for _, g := range sa.Groups {
					for _, ph := range g.Phrases {
						mine := false
						for _, pt := range ph.Parts {
							if pt.Entry.Pos == e.Pos() {
								mine = true
							}
						}
						if mine && !ph.Modifier {
							fromEntry = true
							got = append(got, ph.Code)
						}
					}
				}
			}
			if ex.Negative {
				if fromEntry {
					t.Errorf("%s (line %d): %q must not name an actor, got %v", e.Pos(), ex.Line, ex.Sentence, got)
				}
				continue
			}
			ok := false
			for _, c := range got {
				if c == ex.Want || ex.Want == "" {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s (line %d): %q resolved through this entry to %v, want %s", e.Pos(), ex.Line, ex.Sentence, got, ex.Want)
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d actor examples: the dictionary's examples were not found", n)
	}
	t.Logf("%d actor examples checked", n)
}

func hasActor(as []event.Actor, want string) bool {
	for _, a := range as {
		if a.Code == want || a.Country == want || strings.HasPrefix(a.Code, want) {
			return true
		}
	}
	return false
}

func codes(as []event.Actor) string { return actorCodes(as) }

func describe(evs []event.Event) string {
	if len(evs) == 0 {
		return "no events"
	}
	var b strings.Builder
	for _, e := range evs {
		b.WriteString(e.CAMEO + " " + codes(e.Source) + "->" + codes(e.Target) + " (" + e.Evidence.Pattern + "); ")
	}
	return b.String()
}

// codeText codes one story made of text and fails the test on error.
func codeText(t testing.TB, p *Pipeline, date, text string) []event.Event {
	t.Helper()
	evs, err := p.Code(context.Background(), story.Story{ID: "s", Date: date, Text: text})
	if err != nil {
		t.Fatalf("%q: %v", text, err)
	}
	return evs
}

func newTestPipeline(t testing.TB) *Pipeline {
	t.Helper()
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestDiscardExamples: every discard example must be discarded, and a
// plain political sentence must not be.
func TestDiscardExamples(t *testing.T) {
	p := newTestPipeline(t)
	b, err := data.FS.ReadFile("discards/discards.txt")
	if err != nil {
		t.Fatal(err)
	}
	es, err := dictfile.Parse("discards/discards.txt", b)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		for _, ex := range e.Examples {
			toks := p.Text.Tokens(ex.Sentence, nil)
			if why := p.Discards.Sentence(toks); why == "" {
				t.Errorf("%s: %q not discarded", e.Pos(), ex.Sentence)
			}
		}
	}
	for _, s := range []string{
		"Russia attacked Ukraine on Monday.",
		"The minister met his Turkish counterpart in Ankara.",
		"Rebels seized the town after a week of fighting.",
	} {
		if why := p.Discards.Sentence(p.Text.Tokens(s, nil)); why != "" {
			t.Errorf("%q discarded: %s", s, why)
		}
	}
	evs, _ := p.Code(context.Background(), story.Story{ID: "s", Date: exampleDate, Text: "Manchester United beat Liverpool 2-1 at Old Trafford."})
	if len(evs) > 0 {
		t.Errorf("a football result was coded: %s", describe(evs))
	}
}

// matchedEntry returns the verb-stage match of the dictionary line pos in
// the sentence as an event (actors only), or nil.
func matchedEntry(p *Pipeline, sentence, pos string) *event.Event {
	a := p.Analyze(story.Story{ID: "ex", Date: exampleDate, Text: sentence})
	for _, sa := range a.Sentences {
		for _, m := range sa.Verbs.Matches {
			if m.Pattern.Pos != pos {
				continue
			}
			ev := &event.Event{}
			for _, ph := range m.Source {
				ev.Source = append(ev.Source, toActor(sa.Sentence, ph, ""))
			}
			for _, ph := range m.Target {
				ev.Target = append(ev.Target, toActor(sa.Sentence, ph, ""))
			}
			return ev
		}
	}
	return nil
}
