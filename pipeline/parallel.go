package pipeline

import (
	"context"
	"sync"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/story"
)

// Job is one story to code; Err carries a reader error for that story so it
// is reported in input order with everything else.
type Job struct {
	Story story.Story
	Err   error
}

// Result is a coded story.
type Result struct {
	Story  story.Story
	Events []event.Event
	Err    error
}

// Run codes jobs on `workers` goroutines and calls emit with results in
// input order, so `-j N` output is byte-identical to `-j 1`. It returns
// when jobs is closed and drained, or ctx is done.
func Run(ctx context.Context, c Coder, workers int, jobs <-chan Job, emit func(Result)) {
	if workers <= 1 {
		// One worker codes in the caller's goroutine: the same order with
		// no hand-off between goroutines per story, which cost ~4% of a
		// single-core run of one-sentence stories.
		for j := range jobs {
			if ctx.Err() != nil {
				break
			}
			r := Result{Story: j.Story, Err: j.Err}
			if r.Err == nil {
				r.Events, r.Err = c.Code(ctx, j.Story)
			}
			emit(r)
		}
		return
	}
	// Stories travel in batches of consecutive jobs, so the hand-offs
	// between goroutines (a channel send and a wake-up each way) are paid
	// once per batch rather than once per story: with one-sentence stories
	// they were a tenth of the work. A batch takes only the jobs already
	// waiting, so a slow stream (stdin, a feed) is never held back to fill
	// one.
	type slot struct {
		jobs []Job
		out  chan []Result
	}
	// The queue bounds how far workers may run ahead of the writer.
	queue := make(chan chan []Result, workers*4)
	work := make(chan slot, workers*4)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range work {
				rs := make([]Result, 0, len(s.jobs))
				for _, j := range s.jobs {
					if ctx.Err() != nil {
						break
					}
					r := Result{Story: j.Story, Err: j.Err}
					if r.Err == nil {
						r.Events, r.Err = c.Code(ctx, j.Story)
					}
					rs = append(rs, r)
				}
				s.out <- rs
			}
		}()
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ch := range queue {
			for _, r := range <-ch {
				emit(r)
			}
		}
	}()
	for open := true; open; {
		j, ok := <-jobs
		if !ok || ctx.Err() != nil {
			break
		}
		batch := []Job{j}
	fill:
		for len(batch) < maxBatch {
			select {
			case j, ok := <-jobs:
				if !ok {
					open = false
					break fill
				}
				batch = append(batch, j)
			default:
				break fill
			}
		}
		ch := make(chan []Result, 1)
		queue <- ch
		work <- slot{jobs: batch, out: ch}
	}
	close(work)
	close(queue)
	<-done
	wg.Wait()
}

// maxBatch is the most stories handed to a worker at once: enough to make
// the hand-off negligible, few enough that N workers share a short input.
const maxBatch = 16
