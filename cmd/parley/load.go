package main

import (
	"runtime"
	"runtime/debug"

	"github.com/parley-events/parley/pipeline"
)

// loadPipeline builds the default pipeline with the collector paused.
// Everything it allocates (dictionaries, tagger, gazetteer) stays live, so
// a collection during the load finds no garbage, and its write barriers
// slowed every pointer the load stores: together 5% of the instructions of
// coding the GigaWord sample ×100 (docs/performance.md).
//
// Nor does it collect right after the load, when the heap is nearly all
// dictionaries: with no collection behind it the collector's pacer would
// start one at once (its first goal is a few MB). The first collection is
// set, by a soft memory limit, where the garbage collection percentage
// would put it after one (three times the loaded heap at GOGC=200); once
// it has run, a finalizer restores the percentage and the limit.
func loadPipeline() (*pipeline.Pipeline, error) {
	percent := debug.SetGCPercent(-1)
	p, err := pipeline.New()
	if err != nil || percent < 0 {
		debug.SetGCPercent(percent)
		return p, err
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	goal := int64(ms.HeapAlloc*uint64(100+percent)/100 + (ms.Sys - ms.HeapSys))
	limit := debug.SetMemoryLimit(-1) // GOMEMLIMIT, or none
	if goal < limit {
		debug.SetMemoryLimit(goal)
	}
	sentinel := new([16]byte)
	runtime.SetFinalizer(sentinel, func(*[16]byte) {
		debug.SetMemoryLimit(limit)
		debug.SetGCPercent(percent)
	})
	return p, nil
}
