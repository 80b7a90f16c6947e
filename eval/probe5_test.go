package eval

import "testing"

// Floors on the fifth held-out probe (testdata/probe5, see its README),
// written blind on 2026-11-29 for the eighth session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 4 it is never used to choose fixes. The floors are 0
// for now: the lead sets them after the first measured run (see the
// README's "Runs" section).
const (
	floorProbe5Root   = 0
	floorProbe5Dyad   = 0
	maxProbe5FalsePos = 1000
)

func TestProbe5(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe5", path: "testdata/probe5/probe5.tsv", missesEnv: "PARLEY_PROBE5_MISSES",
		floorRoot: floorProbe5Root, floorDyad: floorProbe5Dyad, maxFalsePos: maxProbe5FalsePos,
	})
}

func TestProbe5Format(t *testing.T) { checkProbeFormat(t, "testdata/probe5/probe5.tsv") }
