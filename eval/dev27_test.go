package eval

import "testing"

// Floors on the twenty-ninth session's development set (testdata/dev27,
// see its README): an eighteenth complete-listing set, written as the
// press of North America and Mexico (executive orders, Congress, courts,
// the border, trade disputes), UN Security Council and General Assembly
// proceedings, and the Horn of Africa and Red Sea press. It is read and
// used to choose fixes, so a rise here is no evidence of generalisation;
// the floors and the caps only keep the fixes it led to. First run, at
// 2598b80b before any fix: root 0.740 (213/288), root+dyad 0.503 (145),
// 10 of 45 no-event sentences coded, 53 extra roots on 202 event
// sentences; the floors were those figures truncated (213/288 is
// 0.7396), the caps those counts. Raised by D29 at a179eade, after its
// rules and the other engineers' landed by then: root 0.788 (227),
// root+dyad 0.611 (176), 9 of 45 no-event sentences coded, 51 extra
// roots; and at d5c78480 (after D29's "in office" rule) root 0.792
// (228), root+dyad 0.611 (176), 9 and 51.
const (
	floorDev27Root   = 0.83
	floorDev27Dyad   = 0.68
	maxDev27FalsePos = 6
	maxDev27Extra    = 40
)

func TestDev27(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "dev27", path: "testdata/dev27/dev27.tsv", missesEnv: "PARLEY_DEV27_MISSES",
		floorRoot: floorDev27Root, floorDyad: floorDev27Dyad, maxFalsePos: maxDev27FalsePos,
		maxExtra: maxDev27Extra,
	})
}

func TestDev27Format(t *testing.T) { checkProbeFormat(t, "testdata/dev27/dev27.tsv") }
