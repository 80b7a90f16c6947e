package eval

import "testing"

// Floors on the ninth held-out probe (testdata/probe9, see its README),
// written blind on 2026-11-30 for the twelfth session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 8 it is never used to choose fixes. It lists every event
// a coder would code, so its extra roots are faults. The floors and caps sit
// just below (above) the twelfth session's end (root 0.687, root+dyad 0.477,
// 9 of 52 no-event sentences coded, 104 extra roots; first run on the
// session's starting engine 0.684 / 0.469, 10, 112), raised at the end of
// the thirteenth (0.697 / 0.487, 9, 103).
// Floors raised to just below the fourteenth session's end (root 0.705,
// root+dyad 0.495).
const (
	floorProbe9Root   = 0.75
	floorProbe9Dyad   = 0.59
	maxProbe9FalsePos = 4
	// maxProbe9Extra caps the extra roots (probeScore.extra).
	maxProbe9Extra = 85
)

func TestProbe9(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe9", path: "testdata/probe9/probe9.tsv", missesEnv: "PARLEY_PROBE9_MISSES",
		floorRoot: floorProbe9Root, floorDyad: floorProbe9Dyad, maxFalsePos: maxProbe9FalsePos,
		maxExtra: maxProbe9Extra,
	})
}

func TestProbe9Format(t *testing.T) { checkProbeFormat(t, "testdata/probe9/probe9.tsv") }
