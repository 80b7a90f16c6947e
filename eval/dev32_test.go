package eval

import "testing"

// Floors on the thirty-fourth session's code-by-code development set
// (testdata/dev32, see its README): one or two ordinary news sentences for
// every CAMEO code of roots 10 to 20 (demands, disapproval, rejection,
// threats, protest, force posture, reducing relations, coercion, assault,
// fighting, unconventional mass violence), written blind. It is read and
// used to choose fixes, so a rise here is no evidence of generalisation.
// The floors are 0 and the caps high until the first run: the lead sets
// them from that run's figures.
const (
	floorDev32Root   = 0
	floorDev32Dyad   = 0
	maxDev32FalsePos = 1000
	maxDev32Extra    = 1000
)

func TestDev32(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "dev32", path: "testdata/dev32/dev32.tsv", missesEnv: "PARLEY_DEV32_MISSES",
		floorRoot: floorDev32Root, floorDyad: floorDev32Dyad, maxFalsePos: maxDev32FalsePos,
		maxExtra: maxDev32Extra,
	})
}

func TestDev32Format(t *testing.T) { checkProbeFormat(t, "testdata/dev32/dev32.tsv") }
