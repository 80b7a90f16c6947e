package eval

import "testing"

// Floors on the fifteenth session's development set (testdata/dev15, see
// its README): a sixth complete-listing set, written as domestic security
// reporting from South Asia, Africa and Latin America (police and
// militants, arrests and curfews, strikes and road blockades, kidnappings,
// army operations, truces between local groups). It is read and used to
// choose fixes, so a rise here is no evidence of generalisation; the floors
// and the caps only keep the fixes it led to from being lost.
const (
	floorDev15Root   = 0.83
	floorDev15Dyad   = 0.72
	maxDev15FalsePos = 2
	maxDev15Extra    = 57
)

func TestDev15(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "dev15", path: "testdata/dev15/dev15.tsv", missesEnv: "PARLEY_DEV15_MISSES",
		floorRoot: floorDev15Root, floorDyad: floorDev15Dyad, maxFalsePos: maxDev15FalsePos,
		maxExtra: maxDev15Extra,
	})
}

func TestDev15Format(t *testing.T) { checkProbeFormat(t, "testdata/dev15/dev15.tsv") }
