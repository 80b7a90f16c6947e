package eval

import "testing"

// Floors on the fifteenth held-out probe (testdata/probe15, see its README),
// written blind on 2026-11-30 for the eighteenth session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 14 it is never used to choose fixes. It lists every event
// a coder would code, so its extra roots are faults. The floors and caps are
// placeholders until the lead's first run (0 / 0, at most 50 no-event
// sentences coded, at most 1000 extra roots); the lead sets the real ones
// just below (above) that run.
const (
	floorProbe15Root   = 0
	floorProbe15Dyad   = 0
	maxProbe15FalsePos = 50
	// maxProbe15Extra caps the extra roots (probeScore.extra).
	maxProbe15Extra = 1000
)

func TestProbe15(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe15", path: "testdata/probe15/probe15.tsv", missesEnv: "PARLEY_PROBE15_MISSES",
		floorRoot: floorProbe15Root, floorDyad: floorProbe15Dyad, maxFalsePos: maxProbe15FalsePos,
		maxExtra: maxProbe15Extra,
	})
}

func TestProbe15Format(t *testing.T) { checkProbeFormat(t, "testdata/probe15/probe15.tsv") }
