package eval

import "testing"

// Floors on the ninth held-out probe (testdata/probe9, see its README),
// written blind on 2026-11-30 for the twelfth session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 8 it is never used to choose fixes. It lists every event
// a coder would code, so its extra roots are faults. The floors are all 0
// for now (maxProbe9Extra = 0 means no limit): the lead sets them after the
// first run.
const (
	floorProbe9Root   = 0
	floorProbe9Dyad   = 0
	maxProbe9FalsePos = 1000
	// maxProbe9Extra caps the extra roots (probeScore.extra); 0 means no
	// limit until the lead sets it.
	maxProbe9Extra = 0
)

func TestProbe9(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe9", path: "testdata/probe9/probe9.tsv", missesEnv: "PARLEY_PROBE9_MISSES",
		floorRoot: floorProbe9Root, floorDyad: floorProbe9Dyad, maxFalsePos: maxProbe9FalsePos,
		maxExtra: maxProbe9Extra,
	})
}

func TestProbe9Format(t *testing.T) { checkProbeFormat(t, "testdata/probe9/probe9.tsv") }
