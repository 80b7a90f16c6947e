package eval

import "testing"

// Floors on the seventh session's development set (testdata/dev7, see its
// README). Unlike the held-out probes it is read and used to choose fixes,
// so a rise here is no evidence of generalisation; the floors only keep the
// fixes it led to from being lost. They sit just below its figures at
// the end of the eighth session (root 0.938, root+dyad 0.875, 3 of 28
// no-event sentences coded; 0.927 / 0.807 at the end of the seventh, and
// 0.870 / 0.740 and 4 of 28 before its fixes).
const (
	floorDev7Root   = 0.96
	floorDev7Dyad   = 0.95
	maxDev7FalsePos = 1
)

func TestDev7(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "dev7", path: "testdata/dev7/dev7.tsv", missesEnv: "PARLEY_DEV7_MISSES",
		floorRoot: floorDev7Root, floorDyad: floorDev7Dyad, maxFalsePos: maxDev7FalsePos,
	})
}

func TestDev7Format(t *testing.T) { checkProbeFormat(t, "testdata/dev7/dev7.tsv") }
