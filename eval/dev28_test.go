package eval

import "testing"

// Floors on the thirtieth session's development set (testdata/dev28, see
// its README): a nineteenth complete-listing set, written as the Latin
// American press in English and translation, Syria's transition of
// 2024-2025, and the wire copy of the Israel-Gaza-Lebanon-Iran war. It is
// read and used to choose fixes, so a rise here is no evidence of
// generalisation; the floors and the caps only keep the fixes it led to.
// Placeholder floors until the first run.
const (
	floorDev28Root   = 0
	floorDev28Dyad   = 0
	maxDev28FalsePos = 1000
	maxDev28Extra    = 10000
)

func TestDev28(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "dev28", path: "testdata/dev28/dev28.tsv", missesEnv: "PARLEY_DEV28_MISSES",
		floorRoot: floorDev28Root, floorDyad: floorDev28Dyad, maxFalsePos: maxDev28FalsePos,
		maxExtra: maxDev28Extra,
	})
}

func TestDev28Format(t *testing.T) { checkProbeFormat(t, "testdata/dev28/dev28.tsv") }
