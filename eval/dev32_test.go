package eval

import "testing"

// Floors on the thirty-fourth session's code-by-code development set
// (testdata/dev32, see its README): one or two ordinary news sentences for
// every CAMEO code of roots 10 to 20 (demands, disapproval, rejection,
// threats, protest, force posture, reducing relations, coercion, assault,
// fighting, unconventional mass violence), written blind. It is read and
// used to choose fixes, so a rise here is no evidence of generalisation.
// First run, at 09a069c1 before any fix chosen from it: root 0.908
// (256/282), root+dyad 0.791 (223), 0 of 27 no-event sentences coded, 37
// extra roots on 273 event sentences; the floors were those figures
// truncated, the caps those counts. Raised at the thirty-fifth session's
// end (82e41103, after fixes chosen from it): root 0.957 (270), root+dyad
// 0.879 (248), 0 of 27, 33 extra roots.
const (
	floorDev32Root   = 0.96
	floorDev32Dyad   = 0.90
	maxDev32FalsePos = 0
	maxDev32Extra    = 20
)

func TestDev32(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "dev32", path: "testdata/dev32/dev32.tsv", missesEnv: "PARLEY_DEV32_MISSES",
		floorRoot: floorDev32Root, floorDyad: floorDev32Dyad, maxFalsePos: maxDev32FalsePos,
		maxExtra: maxDev32Extra,
	})
}

func TestDev32Format(t *testing.T) { checkProbeFormat(t, "testdata/dev32/dev32.tsv") }
