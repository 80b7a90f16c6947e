package eval

import "testing"

// Floors on the fourth held-out probe (testdata/probe4, see its README),
// written blind on 2026-11-29 for the seventh session by an engineer who
// neither ran parley nor read its code or dictionaries. Like probes 2 and 3
// it is never used to choose fixes; the floors sit just below what it
// measured at the end of that session (0.710 / 0.522, 8 of 46 no-event
// sentences coded; 0.705 / 0.520 and 9 of 46 at its start; see the
// README's log) and of the eighth (0.726 / 0.545, 7 of 46), so a fall is a
// regression in generalisation.
// Floors raised to just below the fourteenth session's end (root 0.742,
// root+dyad 0.566).
const (
	// Raised in the eleventh session to just below (caps just above) its
	// end; docs/accuracy.md has the figures.
	floorProbe4Root   = 0.79
	floorProbe4Dyad   = 0.67
	maxProbe4FalsePos = 5
	// maxProbe4Extra caps the extra roots (probeScore.extra), set in
	// the tenth session just above its end (160; see docs/eval.md).
	maxProbe4Extra = 113
)

func TestProbe4(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe4", path: "testdata/probe4/probe4.tsv", missesEnv: "PARLEY_PROBE4_MISSES",
		floorRoot: floorProbe4Root, floorDyad: floorProbe4Dyad, maxFalsePos: maxProbe4FalsePos,
		maxExtra: maxProbe4Extra,
	})
}

func TestProbe4Format(t *testing.T) { checkProbeFormat(t, "testdata/probe4/probe4.tsv") }
