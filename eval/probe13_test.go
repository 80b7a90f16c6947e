package eval

import "testing"

// Floors on the thirteenth held-out probe (testdata/probe13, see its README),
// written blind on 2026-11-30 for the sixteenth session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 12 it is never used to choose fixes. It lists every event
// a coder would code, so its extra roots are faults. The floors and caps sit
// just below (above) the lead's end-of-session run (0.622 / 0.467, 13 of 52
// no-event sentences coded, 95 extra roots; the first run, on the session's
// starting engine, gave 0.622 / 0.459, 13, 96).
const (
	floorProbe13Root   = 0.66
	floorProbe13Dyad   = 0.54
	maxProbe13FalsePos = 7
	// maxProbe13Extra caps the extra roots (probeScore.extra).
	maxProbe13Extra = 83
)

func TestProbe13(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe13", path: "testdata/probe13/probe13.tsv", missesEnv: "PARLEY_PROBE13_MISSES",
		floorRoot: floorProbe13Root, floorDyad: floorProbe13Dyad, maxFalsePos: maxProbe13FalsePos,
		maxExtra: maxProbe13Extra,
	})
}

func TestProbe13Format(t *testing.T) { checkProbeFormat(t, "testdata/probe13/probe13.tsv") }
