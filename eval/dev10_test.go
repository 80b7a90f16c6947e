package eval

import "testing"

// Floors on the tenth session's development set (testdata/dev10, see its
// README): a complete-listing set, where every event a coder would code is
// listed, so an extra root it prints is a fault and not an event the
// writer left out. It is read and used to choose fixes, so a rise here is
// no evidence of generalisation; the floors and the cap on extra roots
// only keep the fixes it led to from being lost. They sit just below (and
// the caps just above) its figures at the end of the tenth session: root
// 0.930, root+dyad 0.756, 7 of 28 no-event sentences coded, 39 extra
// roots, hypothetical events counted (0.858 / 0.675, 7 and 62 at its
// first run, before any fix).
const (
	// Raised in the eleventh session to just below (caps just above) its
	// end; docs/accuracy.md has the figures.
	floorDev10Root   = 0.96
	floorDev10Dyad   = 0.91
	maxDev10FalsePos = 1
	maxDev10Extra    = 10 // X19 (s19): 20 → 19 extra roots, a purpose after "to help"
)

func TestDev10(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "dev10", path: "testdata/dev10/dev10.tsv", missesEnv: "PARLEY_DEV10_MISSES",
		floorRoot: floorDev10Root, floorDyad: floorDev10Dyad, maxFalsePos: maxDev10FalsePos,
		maxExtra: maxDev10Extra,
	})
}

func TestDev10Format(t *testing.T) { checkProbeFormat(t, "testdata/dev10/dev10.tsv") }
