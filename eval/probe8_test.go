package eval

import "testing"

// Floors on the eighth held-out probe (testdata/probe8, see its README),
// written blind on 2026-11-29 for the eleventh session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 7 it is never used to choose fixes. It lists every event
// a coder would code, so its extra roots are faults. The floors are all 0
// for now (no limit): the lead sets them after the first run.
const (
	floorProbe8Root   = 0
	floorProbe8Dyad   = 0
	maxProbe8FalsePos = 1000
	// maxProbe8Extra caps the extra roots (probeScore.extra); 0 means no
	// limit until the lead sets it.
	maxProbe8Extra = 0
)

func TestProbe8(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe8", path: "testdata/probe8/probe8.tsv", missesEnv: "PARLEY_PROBE8_MISSES",
		floorRoot: floorProbe8Root, floorDyad: floorProbe8Dyad, maxFalsePos: maxProbe8FalsePos,
		maxExtra: maxProbe8Extra,
	})
}

func TestProbe8Format(t *testing.T) { checkProbeFormat(t, "testdata/probe8/probe8.tsv") }
