package pipeline

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"testing"

	"github.com/parley-events/parley/data"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/examples"
	"github.com/parley-events/parley/story"
	"github.com/parley-events/parley/verb"
)

// TestCodeBatchSameAsCode codes the sample stories and every verb
// dictionary example in batches of several sizes and checks that each
// story's events are exactly what Code gives it alone: stage by stage, no
// story may see another's analysis, focus or scratch buffers.
func TestCodeBatchSameAsCode(t *testing.T) {
	p := newTestPipeline(t)
	ctx := context.Background()
	stories, err := examples.Stories()
	if err != nil {
		t.Fatal(err)
	}
	text, err := verb.LoadText(data.FS, "verbs", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range text.Entries() {
		for _, ex := range e.Examples {
			stories = append(stories, story.Story{ID: fmt.Sprint("ex", len(stories)), Date: exampleDate, Text: ex.Sentence})
		}
	}
	// Multi-sentence stories among one-sentence ones, and a story with
	// no text the pipeline can use.
	stories = append(stories, story.Story{ID: "empty", Date: exampleDate, Text: "\u00a0"})
	want := make([][]event.Event, len(stories))
	for i, s := range stories {
		if want[i], err = p.Code(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	coded := 0
	for _, w := range want {
		coded += len(w)
	}
	if coded < len(stories)/2 {
		t.Fatalf("only %d events from %d stories: the comparison would say little", coded, len(stories))
	}
	for _, size := range []int{1, 2, 7, maxRunBatch, maxRunBatch + 5} {
		for lo := 0; lo < len(stories); lo += size {
			hi := min(lo+size, len(stories))
			out := make([][]event.Event, hi-lo)
			if err := p.CodeBatch(ctx, stories[lo:hi], out); err != nil {
				t.Fatal(err)
			}
			for k := range out {
				if !reflect.DeepEqual(out[k], want[lo+k]) {
					t.Fatalf("batch size %d, story %s %q:\nbatch %s\nalone %s", size, stories[lo+k].ID, stories[lo+k].Text, describe(out[k]), describe(want[lo+k]))
				}
			}
		}
	}
}

func TestCodeBatchErrors(t *testing.T) {
	p := newTestPipeline(t)
	s := []story.Story{{ID: "a", Text: "Iran criticised Israel."}}
	if err := p.CodeBatch(context.Background(), s, nil); err == nil {
		t.Error("CodeBatch accepted an out slice of the wrong length")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := p.CodeBatch(ctx, s, make([][]event.Event, 1)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled CodeBatch: %v", err)
	}
}

// batchEcho is echoCoder as a BatchCoder; it records its batches' sizes.
type batchEcho struct {
	echoCoder
	sizes chan int
}

func (b batchEcho) CodeBatch(ctx context.Context, stories []story.Story, out [][]event.Event) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b.sizes <- len(stories)
	for i, s := range stories {
		out[i] = []event.Event{{ID: s.ID}}
	}
	return nil
}

// TestRunBatches checks that Run hands a BatchCoder the stories already
// waiting, within the batch limits, in order, with reader errors in their
// places; and that an input that trickles in is never held back to fill a
// batch.
func TestRunBatches(t *testing.T) {
	for _, workers := range []int{1, 3} {
		t.Run(strconv.Itoa(workers), func(t *testing.T) {
			const total = 1000
			jobs := make(chan Job, total)
			for i := 0; i < total; i++ {
				j := Job{Story: story.Story{ID: strconv.Itoa(i), Text: "x"}}
				if i%13 == 5 {
					j.Err = errors.New("unreadable")
				}
				jobs <- j
			}
			close(jobs)
			c := batchEcho{sizes: make(chan int, total)}
			next := 0
			Run(context.Background(), c, workers, jobs, func(r Result) {
				if r.Story.ID != strconv.Itoa(next) {
					t.Fatalf("result %d is story %s", next, r.Story.ID)
				}
				if next%13 == 5 {
					if r.Err == nil {
						t.Errorf("story %d: reader error lost", next)
					}
				} else if r.Err != nil || len(r.Events) != 1 || r.Events[0].ID != r.Story.ID {
					t.Errorf("story %d: %v %v", next, r.Events, r.Err)
				}
				next++
			})
			if next != total {
				t.Fatalf("%d results, want %d", next, total)
			}
			close(c.sizes)
			limit := maxRunBatch
			biggest := 0
			for n := range c.sizes {
				if n > limit {
					t.Errorf("a batch of %d stories, limit %d", n, limit)
				}
				biggest = max(biggest, n)
			}
			if biggest < limit-limit/8 {
				t.Errorf("biggest batch %d from a full input, want about %d", biggest, limit)
			}
		})
	}
	// One story at a time, each sent only after the previous was emitted:
	// Run must code each at once rather than wait for a batch to fill.
	jobs := make(chan Job)
	emitted := make(chan string)
	go func() {
		defer close(jobs)
		for i := 0; i < 5; i++ {
			jobs <- Job{Story: story.Story{ID: strconv.Itoa(i)}}
			if got := <-emitted; got != strconv.Itoa(i) {
				t.Errorf("emitted %s, want %d", got, i)
			}
		}
	}()
	Run(context.Background(), batchEcho{sizes: make(chan int, 5)}, 1, jobs, func(r Result) { emitted <- r.Story.ID })
}

// TestRunBatchBytes: a single worker's batch stops at about
// maxRunBatchBytes of text.
func TestRunBatchBytes(t *testing.T) {
	big := make([]byte, maxRunBatchBytes/4)
	for i := range big {
		big[i] = 'x'
	}
	jobs := make(chan Job, 40)
	for i := 0; i < 40; i++ {
		jobs <- Job{Story: story.Story{ID: strconv.Itoa(i), Text: string(big)}}
	}
	close(jobs)
	c := batchEcho{sizes: make(chan int, 40)}
	n := 0
	Run(context.Background(), c, 1, jobs, func(Result) { n++ })
	close(c.sizes)
	if n != 40 {
		t.Fatalf("%d results", n)
	}
	for s := range c.sizes {
		if s > 4 {
			t.Errorf("a batch of %d stories of %d bytes each", s, len(big))
		}
	}
}
