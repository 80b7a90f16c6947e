package pipeline

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/story"
)

// TestSentenceBlock pins the bound that keeps long stories linear:
// codedStatement, repressionHarm and the side checks compare an event only
// with the events of its own sentence, and sentenceBlock is what finds
// them. A 2.6 MB story of 60,000 short reports took twelve minutes when
// two of those checks walked the whole story. How long stories take is
// measured by BenchmarkCodeLongStory, not timed here.
func TestSentenceBlock(t *testing.T) {
	sents := func(idx ...int) []event.Event {
		out := make([]event.Event, len(idx))
		for i, s := range idx {
			out[i].SentenceIndex = s
		}
		return out
	}
	for _, tc := range []struct {
		name    string
		out     []event.Event
		i       int
		inOrder bool
		lo, hi  int
	}{
		{"first sentence", sents(0, 0, 1, 2), 0, true, 0, 2},
		{"second of a pair", sents(0, 0, 1, 2), 1, true, 0, 2},
		{"alone in its sentence", sents(0, 0, 1, 2), 2, true, 2, 3},
		{"last event", sents(0, 0, 1, 2, 2, 2), 4, true, 3, 6},
		{"single event", sents(7), 0, true, 0, 1},
		// Events not grouped by sentence (a caller that reordered them)
		// cannot be bounded by their neighbours: the whole slice is searched.
		{"out of order", sents(1, 0, 1), 0, false, 0, 3},
	} {
		lo, hi := sentenceBlock(tc.out, tc.i, tc.inOrder)
		if lo != tc.lo || hi != tc.hi {
			t.Errorf("%s: sentenceBlock(%d) = [%d, %d), want [%d, %d)", tc.name, tc.i, lo, hi, tc.lo, tc.hi)
		}
		for j := lo; j < hi && tc.inOrder; j++ {
			if tc.out[j].SentenceIndex != tc.out[tc.i].SentenceIndex {
				t.Errorf("%s: block holds event %d of sentence %d", tc.name, j, tc.out[j].SentenceIndex)
			}
		}
	}
}

// BenchmarkCodeLongStory codes one story of n identical short reports. The
// ns/sentence figure should stay flat as n grows fourfold; when two checks
// compared every event with every other one it grew with n. At 16,000
// (about 1 MB) the story is coded in windows (window.go), and B/op, the
// bytes allocated, stays about proportional to the story while its peak
// memory no longer grows with it.
//
//	go test -run '^$' -bench CodeLongStory ./pipeline
func BenchmarkCodeLongStory(b *testing.B) {
	p := newTestPipeline(b)
	const sent = "The ministry said police fired on protesters in the capital. "
	for _, n := range []int{1000, 4000, 16000} {
		b.Run(fmt.Sprintf("sentences=%d", n), func(b *testing.B) {
			s := story.Story{ID: "long", Date: "2024-10-26", Text: strings.Repeat(sent, n)}
			b.SetBytes(int64(len(s.Text)))
			for b.Loop() {
				evs, err := p.Code(context.Background(), s)
				if err != nil || len(evs) == 0 {
					b.Fatalf("%d sentences: %d events, error %v", n, len(evs), err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/sentence")
		})
	}
}

// TestProtestAimSpanlessTarget: a repression whose target has no span of
// its own (Start and End -1, as a coreferred or default target has) before
// a "calling for" demand of the same sentence made protestAim slice the
// sentence from -1, and an 8 MiB story of dev sentences failed with an
// internal error. Such a target is not the people the demand follows.
func TestProtestAimSpanlessTarget(t *testing.T) {
	const sent = "Police fired on them calling for reform."
	src := []event.Actor{{Text: "Police", Code: "COP", Start: 0, End: 6}}
	repression := func(target event.Actor) event.Event {
		return event.Event{Sentence: sent, CAMEO: "175", CAMEORoot: "17", Source: src, Target: []event.Actor{target},
			Evidence: event.Evidence{Verb: event.Span{Text: "fired", Start: 7, End: 12}}}
	}
	demand := event.Event{Sentence: sent, CAMEO: "100", CAMEORoot: "10", Source: []event.Actor{{Text: "them", Code: "CVL", Start: 16, End: 20}},
		Evidence: event.Evidence{Verb: event.Span{Text: "calling", Start: 21, End: 28}}}
	for _, tc := range []struct {
		name   string
		target event.Actor
		want   bool
	}{
		// wrong before: a panic
		{"spanless target", event.Actor{Text: "protesters", Code: "CVL", Start: -1, End: -1}, false},
		// must not change: the demand of the people just fired on
		{"named target right before", event.Actor{Text: "them", Code: "CVL", Start: 16, End: 20}, true},
	} {
		out := []event.Event{repression(tc.target), demand}
		for _, inOrder := range []bool{true, false} {
			if got := protestAim(out, 1, inOrder); got != tc.want {
				t.Errorf("%s (in order %v): protestAim = %v, want %v", tc.name, inOrder, got, tc.want)
			}
		}
	}
}
