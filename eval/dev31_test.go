package eval

import "testing"

// Floors on the thirty-fourth session's code-by-code development set
// (testdata/dev31, see its README): one or two ordinary news sentences for
// every CAMEO code of roots 01 to 09 (statements, appeals, intent to
// cooperate, consultation, diplomatic and material cooperation, aid,
// yielding, investigation), written blind, 1990-2025. It is read and used to
// choose fixes, so a rise here is no evidence of generalisation. The floors
// are 0 and the caps high until the first run: the lead sets them from its
// figures (truncated floors, caps at the counts), as for dev30.
const (
	floorDev31Root   = 0
	floorDev31Dyad   = 0
	maxDev31FalsePos = 1000
	maxDev31Extra    = 1000
)

func TestDev31(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "dev31", path: "testdata/dev31/dev31.tsv", missesEnv: "PARLEY_DEV31_MISSES",
		floorRoot: floorDev31Root, floorDyad: floorDev31Dyad, maxFalsePos: maxDev31FalsePos,
		maxExtra: maxDev31Extra,
	})
}

func TestDev31Format(t *testing.T) { checkProbeFormat(t, "testdata/dev31/dev31.tsv") }
