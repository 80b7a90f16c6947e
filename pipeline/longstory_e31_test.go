package pipeline

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/parley-events/parley/story"
)

// TestLongStoryLinear checks that coding time grows with a story's length,
// not with its square. codedStatement and repressionHarm compared every
// event with every other event of the story, though only those of its own
// sentence can match: a 2.6 MB story of 60,000 short reports took twelve
// minutes. They now look only at the sentence's block (sentenceBlock). The
// test times stories of n and 4n sentences, each the best of two runs: a
// linear coder takes about four times as long, the quadratic one took
// twelve.
func TestLongStoryLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("times long stories")
	}
	p := newTestPipeline(t)
	const n = 3000
	sent := "The ministry said police fired on protesters in the capital. "
	timeOf := func(k int) time.Duration {
		s := story.Story{ID: "long", Date: "2024-10-26", Text: strings.Repeat(sent, k)}
		best := time.Duration(1 << 62)
		for range 2 {
			start := time.Now()
			evs, err := p.Code(context.Background(), s)
			if err != nil || len(evs) == 0 {
				t.Fatalf("%d sentences: %d events, error %v", k, len(evs), err)
			}
			best = min(best, time.Since(start))
		}
		return best
	}
	short, long := timeOf(n), timeOf(4*n)
	if ratio := float64(long) / float64(short); ratio > 8 {
		t.Errorf("%d sentences took %v, %d took %v: %.1f times as long, want about 4", n, short, 4*n, long, ratio)
	}
}
