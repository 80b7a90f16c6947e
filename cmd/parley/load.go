package main

import (
	"runtime/debug"

	"github.com/parley-events/parley/pipeline"
)

// loadPipeline builds the default pipeline with the collector paused.
// Everything it allocates (dictionaries, tagger, gazetteer) stays live, so
// a collection during the load finds no garbage, and its write barriers
// slowed every pointer the load stores: together 5% of the instructions of
// coding the GigaWord sample ×100 (docs/performance.md).
func loadPipeline() (*pipeline.Pipeline, error) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	return pipeline.New()
}
