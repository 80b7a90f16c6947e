package eval

import "testing"

// Floors on the eleventh held-out probe (testdata/probe11, see its README),
// written blind on 2026-11-30 for the fourteenth session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 10 it is never used to choose fixes. It lists every event
// a coder would code, so its extra roots are faults. The floors and caps
// sit just below (above) the fourteenth session's end (root 0.678,
// root+dyad 0.452, 23 of 50 no-event sentences coded, 126 extra roots;
// first run on the session's starting engine 0.676 / 0.449, 23, 126).
const (
	floorProbe11Root   = 0.74
	floorProbe11Dyad   = 0.55
	maxProbe11FalsePos = 15
	// maxProbe11Extra caps the extra roots (probeScore.extra).
	maxProbe11Extra = 106
)

func TestProbe11(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe11", path: "testdata/probe11/probe11.tsv", missesEnv: "PARLEY_PROBE11_MISSES",
		floorRoot: floorProbe11Root, floorDyad: floorProbe11Dyad, maxFalsePos: maxProbe11FalsePos,
		maxExtra: maxProbe11Extra,
	})
}

func TestProbe11Format(t *testing.T) { checkProbeFormat(t, "testdata/probe11/probe11.tsv") }
