package store

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"iter"
	"runtime"
	"sync"
	"time"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/story"
)

// Coder turns a story into events. pipeline.Coder satisfies it; the store
// declares its own copy so it does not depend on the pipeline's packages.
type Coder interface {
	Code(ctx context.Context, s story.Story) ([]event.Event, error)
}

// IngestOptions tunes Ingest. The zero value is usable.
type IngestOptions struct {
	// Workers is how many stories are coded at once (default GOMAXPROCS).
	Workers int
	// BatchSize is how many stories go into one write transaction (default 256).
	BatchSize int
	// Recode codes and replaces stories even when their hash is unchanged.
	Recode bool
	// CoderVersion identifies the coder (see HashCoded). Stories stored by
	// another version are recoded even when their content is unchanged, so
	// new dictionaries or rules reach a database without --recode. Empty:
	// only content changes recode.
	CoderVersion string
	// Split, when set, returns all sentences of a story so the event detail
	// view can show neighbours and full-text search covers every sentence.
	// Without it only the sentences that produced events are stored.
	Split func(story.Story) []Sentence
	// Progress is called after every stored batch and at the end, from the
	// writer goroutine.
	Progress func(IngestStats)
	// OnError is told about every story that could not be read, coded or
	// stored; ingest carries on with the rest.
	OnError func(id string, err error)
}

// IngestStats counts what an ingest did.
type IngestStats struct {
	Read    int // stories read from the input
	Skipped int // already stored with the same content, by the same coder version
	Stored  int // stories (re)coded and stored
	Failed  int // stories that could not be read, coded or stored
	Events  int // events stored
	Elapsed time.Duration
}

// StoriesPerSecond is the rate of stories read.
func (s IngestStats) StoriesPerSecond() float64 { return rate(s.Read, s.Elapsed) }

// EventsPerSecond is the rate of events stored.
func (s IngestStats) EventsPerSecond() float64 { return rate(s.Events, s.Elapsed) }

func rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

type readItem struct {
	s   story.Story
	err error
}

type codeResult struct {
	rec Record
	err error
	id  string
}

// ErrDuplicateID is the error for a story whose id an earlier, different
// story of the same Ingest call already has. The first one is stored; the
// later one is reported and counted as failed, not silently dropped.
var ErrDuplicateID = errors.New("duplicate story id")

// Ingest reads stories, skips those already stored unchanged, codes the rest
// on Workers goroutines and stores them in batched transactions. A story
// that fails is reported through OnError and counted; it does not stop the
// ingest. The returned error is for failures that do (the store, ctx).
func Ingest(ctx context.Context, st Store, stories iter.Seq2[story.Story, error], coder Coder, opt IngestOptions) (IngestStats, error) {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 256
	}
	onErr := opt.OnError
	if onErr == nil {
		onErr = func(string, error) {}
	}
	start := time.Now()
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var stats IngestStats
	var statsMu sync.Mutex // Read/Skipped are counted by the reader, the rest by the writer
	todo := make(chan readItem, opt.Workers*2)
	done := make(chan codeResult, opt.Workers*2)

	var readErr error
	go func() {
		defer close(todo)
		// seen maps each id read in this run to its content, both hashed
		// (16 bytes a story): workers finish in any order, so of two
		// different stories under one id either could be stored last,
		// and the other would be lost without a word.
		seed := maphash.MakeSeed()
		seen := make(map[uint64]uint64)
		for s, err := range stories {
			statsMu.Lock()
			stats.Read++
			statsMu.Unlock()
			if err == nil {
				k, h := maphash.String(seed, s.ID), maphash.String(seed, Hash(s))
				if prev, dup := seen[k]; !dup {
					seen[k] = h
				} else if prev == h {
					// The same story again (a file given twice): stored once.
					statsMu.Lock()
					stats.Skipped++
					statsMu.Unlock()
					continue
				} else {
					err = fmt.Errorf("%w: a different story with this id was read earlier in this run and is the one stored; give each story its own id", ErrDuplicateID)
				}
			}
			if err == nil && !opt.Recode {
				h, ok, herr := st.StoryHash(ctx, s.ID)
				if herr != nil {
					readErr = herr
					cancel()
					return
				}
				if ok && h == HashCoded(s, opt.CoderVersion) {
					statsMu.Lock()
					stats.Skipped++
					statsMu.Unlock()
					continue
				}
			}
			select {
			case todo <- readItem{s, err}:
			case <-ctx.Done():
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range todo {
				s := it.s
				r := codeResult{id: s.ID}
				var evs []event.Event
				var err error
				if it.err != nil {
					r.err = fmt.Errorf("read: %w", it.err)
				} else if evs, err = coder.Code(ctx, s); err != nil {
					r.err = fmt.Errorf("code: %w", err)
				} else {
					r.rec = Record{Story: s, Hash: HashCoded(s, opt.CoderVersion), Events: evs}
					if opt.Split != nil {
						r.rec.Sentences = opt.Split(s)
					}
				}
				select {
				case done <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	var batch []Record
	var writeErr error
	snapshot := func() IngestStats {
		statsMu.Lock()
		defer statsMu.Unlock()
		stats.Elapsed = time.Since(start)
		return stats
	}
	flush := func() {
		if len(batch) == 0 || writeErr != nil {
			return
		}
		errs, err := st.Put(ctx, batch)
		if err != nil {
			writeErr = err
			cancel()
			return
		}
		statsMu.Lock()
		for i, e := range errs {
			if e != nil {
				stats.Failed++
				continue
			}
			stats.Stored++
			stats.Events += len(batch[i].Events)
		}
		statsMu.Unlock()
		for i, e := range errs {
			if e != nil {
				onErr(batch[i].Story.ID, e)
			}
		}
		batch = batch[:0]
		if opt.Progress != nil {
			opt.Progress(snapshot())
		}
	}
	// Flush at least every half second so progress moves and an interrupted
	// run loses little work.
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
loop:
	for {
		select {
		case r, ok := <-done:
			if !ok {
				break loop
			}
			if r.err != nil {
				statsMu.Lock()
				stats.Failed++
				statsMu.Unlock()
				onErr(r.id, r.err)
				continue
			}
			batch = append(batch, r.rec)
			if len(batch) >= opt.BatchSize {
				flush()
			}
		case <-tick.C:
			flush()
		}
	}
	flush()
	final := snapshot()
	if opt.Progress != nil {
		opt.Progress(final)
	}
	if err := errors.Join(writeErr, readErr); err != nil {
		return final, fmt.Errorf("ingest: %w", err)
	}
	if err := parent.Err(); err != nil {
		return final, fmt.Errorf("ingest: %w", err)
	}
	return final, nil
}
