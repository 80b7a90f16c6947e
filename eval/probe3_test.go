package eval

import "testing"

// Floors on the third held-out probe (testdata/probe3, see its README),
// written blind on 2026-11-29 for the sixth session. Like probe 2 it is
// never used to choose fixes; the floors sit just below what it measured at
// the end of that session (0.758 / 0.578, 8 of 50 no-event sentences
// coded; 0.739 / 0.559 and 14 of 50 at its start) and of the eighth
// (0.767 / 0.578, 8 of 50) and tenth (0.767 / 0.587, 8 of 50), so a fall
// is a regression in generalisation.
// Floors raised to just below the fourteenth session's end (root 0.774,
// root+dyad 0.615).
const (
	// Raised in the eleventh session to just below (caps just above) its
	// end; docs/accuracy.md has the figures.
	floorProbe3Root   = 0.81
	floorProbe3Dyad   = 0.68
	maxProbe3FalsePos = 4
	// maxProbe3Extra caps the extra roots (probeScore.extra), set in
	// the tenth session just above its end (181; see docs/eval.md).
	maxProbe3Extra = 138
)

func TestProbe3(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe3", path: "testdata/probe3/probe3.tsv", missesEnv: "PARLEY_PROBE3_MISSES",
		floorRoot: floorProbe3Root, floorDyad: floorProbe3Dyad, maxFalsePos: maxProbe3FalsePos,
		maxExtra: maxProbe3Extra,
	})
}

func TestProbe3Format(t *testing.T) { checkProbeFormat(t, "testdata/probe3/probe3.tsv") }
