package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"testing"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/story"
)

// echoCoder gives each story one event whose ID is the story's, and fails
// stories whose text is "fail".
type echoCoder struct{}

func (echoCoder) Code(_ context.Context, s story.Story) ([]event.Event, error) {
	if s.Text == "fail" {
		return nil, errors.New("bad story")
	}
	return []event.Event{{ID: s.ID}}, nil
}

// TestRunOrder checks that every worker count emits every story once, in
// input order, with coder and reader errors in their places.
func TestRunOrder(t *testing.T) {
	// An unbuffered input gives batches of one or two stories, a buffered
	// one full batches.
	for _, tc := range []struct{ workers, buffer int }{{0, 0}, {1, 0}, {2, 0}, {5, 0}, {2, 64}, {3, 200}} {
		workers := tc.workers
		t.Run(fmt.Sprint(tc.workers, "/", tc.buffer), func(t *testing.T) {
			jobs := make(chan Job, tc.buffer)
			go func() {
				defer close(jobs)
				for i := 0; i < 200; i++ {
					j := Job{Story: story.Story{ID: strconv.Itoa(i), Text: "x"}}
					switch i % 17 {
					case 3:
						j.Story.Text = "fail"
					case 5:
						j.Err = errors.New("unreadable")
					}
					jobs <- j
				}
			}()
			next := 0
			Run(context.Background(), echoCoder{}, workers, jobs, func(r Result) {
				if r.Story.ID != strconv.Itoa(next) {
					t.Fatalf("result %d is story %s", next, r.Story.ID)
				}
				switch next % 17 {
				case 3, 5:
					if r.Err == nil {
						t.Errorf("story %d: no error", next)
					}
				default:
					if r.Err != nil || len(r.Events) != 1 || r.Events[0].ID != r.Story.ID {
						t.Errorf("story %d: %v %v", next, r.Events, r.Err)
					}
				}
				next++
			})
			if next != 200 {
				t.Fatalf("%d results, want 200", next)
			}
		})
	}
}

// TestRunCancel checks that a cancelled context stops Run without
// deadlock, whatever the worker count: workers stop coding, and only what
// was coded before is emitted.
func TestRunCancel(t *testing.T) {
	const total = 2000
	for _, tc := range []struct {
		workers int
		c       Coder
	}{{1, echoCoder{}}, {3, echoCoder{}}, {1, batchEcho{sizes: make(chan int, total)}}, {3, batchEcho{sizes: make(chan int, total)}}} {
		workers := tc.workers
		ctx, cancel := context.WithCancel(context.Background())
		jobs := make(chan Job, total)
		for i := 0; i < total; i++ {
			jobs <- Job{Story: story.Story{ID: strconv.Itoa(i)}}
		}
		close(jobs)
		n := 0
		Run(ctx, tc.c, workers, jobs, func(Result) {
			n++
			cancel()
		})
		if n == 0 || n > total/2 {
			t.Errorf("workers %d: %d results after cancelling at the first", workers, n)
		}
		cancel()
	}
}
