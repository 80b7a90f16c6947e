package eval

import "testing"

// Floors on the twenty-fourth session's development set (testdata/dev24,
// see its README): a fifteenth complete-listing set, written as the
// English-language press of the Middle East and North Africa, news-in-brief
// roundups and wire datelines, and the specialist maritime, arms-control,
// sanctions and nonproliferation press. It is read and used to choose
// fixes, so a rise here is no evidence of generalisation; the floors and
// the caps only keep the fixes it led to. First run, at 34975d22 before
// any fix: root 0.819 (185/226), root+dyad 0.690 (156), 5 of 44 no-event
// sentences coded, 41 extra roots on 166 event sentences (in the shared
// worktree with others' pending edits: 0.814 (184) / 0.686 (155), 5, 41).
// The caps are still those first values. At 16ed52a6, after D24's fixes
// and the session's other work: root 0.850 (192), root+dyad 0.739 (167),
// 5 of 44, 41 extra roots; the floors are those figures truncated
// (192/226 is 0.8496).
const (
	floorDev24Root   = 0.92
	floorDev24Dyad   = 0.84
	maxDev24FalsePos = 2
	maxDev24Extra    = 26
)

func TestDev24(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "dev24", path: "testdata/dev24/dev24.tsv", missesEnv: "PARLEY_DEV24_MISSES",
		floorRoot: floorDev24Root, floorDyad: floorDev24Dyad, maxFalsePos: maxDev24FalsePos,
		maxExtra: maxDev24Extra,
	})
}

func TestDev24Format(t *testing.T) { checkProbeFormat(t, "testdata/dev24/dev24.tsv") }
