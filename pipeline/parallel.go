package pipeline

import (
	"context"
	"slices"
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

// Batch limits. A batch only ever takes the jobs already waiting, so a slow
// stream (stdin, a feed) is never held back to fill one.
const (
	// maxBatch is the most stories handed to one of several workers at
	// once: enough to make the hand-off negligible, few enough that N
	// workers share a short input.
	maxBatch = 16
	// maxRunBatch and maxRunBatchBytes bound what a single worker codes
	// stage by stage at once (BatchCoder): a feed of one-sentence stories
	// then runs each stage over about a hundred sentences before the next
	// stage's code replaces it in the processor's caches.
	maxRunBatch      = 128
	maxRunBatchBytes = 64 << 10
)

// Run codes jobs on `workers` goroutines and calls emit with results in
// input order, so `-j N` output is byte-identical to `-j 1`. It returns
// when jobs is closed and drained, or ctx is done; once ctx is done it
// emits nothing more. A Coder that is also a BatchCoder is handed the
// stories already waiting as one batch.
func Run(ctx context.Context, c Coder, workers int, jobs <-chan Job, emit func(Result)) {
	if workers <= 1 {
		// One worker codes in the caller's goroutine: the same order with
		// no hand-off between goroutines per story, which cost ~4% of a
		// single-core run of one-sentence stories.
		bc, ok := c.(BatchCoder)
		if !ok {
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
		var b batcher
		for {
			batch, _ := b.gather(ctx, jobs, maxRunBatch, maxRunBatchBytes)
			if len(batch) == 0 {
				return
			}
			rs, ok := b.code(ctx, bc, batch)
			for _, r := range rs {
				if ctx.Err() != nil {
					return // cancelled by emit, or from outside
				}
				emit(r)
			}
			if !ok {
				return
			}
		}
	}
	// Stories travel in batches of consecutive jobs, so the hand-offs
	// between goroutines (a channel send and a wake-up each way) are paid
	// once per batch rather than once per story: with one-sentence stories
	// they were a tenth of the work.
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
			var b batcher
			for s := range work {
				var rs []Result
				if bc, ok := c.(BatchCoder); ok {
					rs, _ = b.code(ctx, bc, s.jobs)
					rs = slices.Clone(rs) // the writer reads it while b is reused
				} else {
					rs = make([]Result, 0, len(s.jobs))
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
				// Once cancelled, the batches already coded are drained
				// unread: a batch holds up to maxRunBatch stories.
				if ctx.Err() == nil {
					emit(r)
				}
			}
		}
	}()
	for {
		var b batcher
		n, size := maxBatch, 0
		if _, ok := c.(BatchCoder); ok {
			// Batches as big as a single worker's: each core's caches
			// gain from stage-by-stage coding as one core's do.
			n, size = maxRunBatch, maxRunBatchBytes
		}
		batch, _ := b.gather(ctx, jobs, n, size)
		if len(batch) == 0 {
			break
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

// batcher holds one worker's batch buffers from batch to batch.
type batcher struct {
	jobs    []Job
	stories []story.Story
	events  [][]event.Event
	results []Result
}

// gather waits for one job, then takes the jobs already waiting, up to n
// stories and (when maxBytes > 0) about maxBytes of text. It returns an
// empty batch when jobs is closed and drained or ctx is done; open is
// false once jobs is closed.
func (b *batcher) gather(ctx context.Context, jobs <-chan Job, n, maxBytes int) (batch []Job, open bool) {
	clear(b.jobs)
	batch = b.jobs[:0]
	j, ok := <-jobs
	if !ok || ctx.Err() != nil {
		return nil, false
	}
	batch = append(batch, j)
	size := len(j.Story.Text)
	for len(batch) < n && (maxBytes <= 0 || size < maxBytes) {
		select {
		case j, ok := <-jobs:
			if !ok {
				b.jobs = batch
				return batch, false
			}
			batch = append(batch, j)
			size += len(j.Story.Text)
		default:
			b.jobs = batch
			return batch, true
		}
	}
	b.jobs = batch
	return batch, true
}

// code codes a batch's stories as one CodeBatch call and returns a result
// per job, in order, a reader's error in its place. The results are valid
// until the next call. ok is false when ctx was done: the results then stop
// short, as Run stops emitting.
func (b *batcher) code(ctx context.Context, c BatchCoder, batch []Job) (rs []Result, ok bool) {
	clear(b.stories)
	b.stories = b.stories[:0]
	for _, j := range batch {
		if j.Err == nil {
			b.stories = append(b.stories, j.Story)
		}
	}
	clear(b.events)
	b.events = slices.Grow(b.events[:0], len(b.stories))[:len(b.stories)]
	clear(b.results)
	rs = b.results[:0]
	panicked, err := codeBatchSafe(ctx, c, b.stories, b.events)
	if err != nil {
		// Only a cancelled context fails a whole batch.
		b.results = rs
		return rs, false
	}
	if panicked {
		// A rule panicked on some story of the batch: code the batch
		// again story by story, so that only that story fails (Code
		// turns its panic into an error) and the others are kept.
		for _, j := range batch {
			r := Result{Story: j.Story, Err: j.Err}
			if r.Err == nil {
				r.Events, r.Err = c.Code(ctx, j.Story)
			}
			rs = append(rs, r)
		}
		b.results = rs
		return rs, ctx.Err() == nil
	}
	k := 0
	for _, j := range batch {
		r := Result{Story: j.Story, Err: j.Err}
		if r.Err == nil {
			r.Events = b.events[k]
			k++
		}
		rs = append(rs, r)
	}
	b.results = rs
	return rs, true
}

// codeBatchSafe is c.CodeBatch, reporting a panic instead of passing it on.
func codeBatchSafe(ctx context.Context, c BatchCoder, stories []story.Story, out [][]event.Event) (panicked bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			panicked, err = true, nil
		}
	}()
	return false, c.CodeBatch(ctx, stories, out)
}
