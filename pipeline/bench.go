package pipeline

import (
	"context"
	"runtime"
	"sync"
	"syscall"
	"time"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/story"
)

// BenchResult is one throughput run of `parley bench`.
type BenchResult struct {
	Workers         int           `json:"workers"`
	Stories         int           `json:"stories"`
	Sentences       int           `json:"sentences"`
	Events          int           `json:"events"`
	Elapsed         time.Duration `json:"elapsed_ns"`
	SentencesPerSec float64       `json:"sentences_per_sec"`
	EventsPerSec    float64       `json:"events_per_sec"`
	AllocsPerSent   float64       `json:"allocs_per_sentence"`
	BytesPerSent    float64       `json:"bytes_per_sentence"`
	Stages          *StageShare   `json:"stages,omitempty"`
}

// StageShare is the time per sentence spent in each stage (single worker).
type StageShare struct {
	TextNs, ActorsNs, VerbsNs, DatesNs, PlacesNs, AssembleNs float64
}

// Bench codes stories with the given number of workers and measures
// throughput and allocations. With one worker it also times each stage.
func (p *Pipeline) Bench(ctx context.Context, stories []story.Story, workers int) BenchResult {
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	res := BenchResult{Workers: workers, Stories: len(stories)}
	start := time.Now()
	if workers <= 1 {
		// In the batches Run gives a single worker on a full input, so
		// the figure is `parley code -j 1`'s; the stages are timed per
		// batch.
		var t Timings
		out := make([][]event.Event, maxRunBatch)
		for lo := 0; lo < len(stories) && ctx.Err() == nil; {
			hi, size := lo, 0
			for hi < len(stories) && hi-lo < maxRunBatch && size < maxRunBatchBytes {
				size += len(stories[hi].Text)
				hi++
			}
			_ = p.codeBatch(ctx, stories[lo:hi], out[:hi-lo], &t) // fails only when ctx is done, which the loop checks
			clear(out)
			lo = hi
		}
		res.Sentences, res.Events = t.Sentences, t.Events
		if n := float64(max(t.Sentences, 1)); n > 0 {
			res.Stages = &StageShare{
				TextNs: float64(t.Text) / n, ActorsNs: float64(t.Actors) / n, VerbsNs: float64(t.Verbs) / n,
				DatesNs: float64(t.Dates) / n, PlacesNs: float64(t.Places) / n, AssembleNs: float64(t.Assemble) / n,
			}
		}
	} else {
		var mu sync.Mutex
		next := 0
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				events := 0
				out := make([][]event.Event, maxBatch)
				for ctx.Err() == nil {
					// Batches of maxBatch, as Run hands its workers.
					mu.Lock()
					lo := next
					hi := min(lo+maxBatch, len(stories))
					next = hi
					mu.Unlock()
					if lo >= hi {
						break
					}
					_ = p.CodeBatch(ctx, stories[lo:hi], out[:hi-lo])
					for _, evs := range out[:hi-lo] {
						events += len(evs)
					}
					clear(out)
				}
				mu.Lock()
				res.Events += events
				mu.Unlock()
			}()
		}
		wg.Wait()
		for _, s := range stories {
			res.Sentences += p.Text.SentenceCount(s.Text)
		}
	}
	res.Elapsed = time.Since(start)
	runtime.ReadMemStats(&ms1)
	secs := res.Elapsed.Seconds()
	if secs > 0 {
		res.SentencesPerSec = float64(res.Sentences) / secs
		res.EventsPerSec = float64(res.Events) / secs
	}
	if res.Sentences > 0 {
		res.AllocsPerSent = float64(ms1.Mallocs-ms0.Mallocs) / float64(res.Sentences)
		res.BytesPerSent = float64(ms1.TotalAlloc-ms0.TotalAlloc) / float64(res.Sentences)
	}
	return res
}

// PeakRSS returns the process's peak resident set size in bytes.
func PeakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024 // Linux reports KiB
}
