package eval

import "testing"

// Floors on the thirty-sixth session's running-news development set
// (testdata/dev33, see its README): agency leads and second paragraphs
// where one sentence holds several acts, background that is not coded,
// reported and double-reported speech, denials, accusations, reactions,
// conditions, passives and agentless reports, written blind, 1990-2024,
// with every event a careful coder would code listed. It is read and used
// to choose fixes, so a rise here is no evidence of generalisation. First
// run, at 444d4ae6 before any fix chosen from it: root 0.820 (378/461),
// root+dyad 0.649 (299), 6 of 25 no-event sentences coded, 161 extra roots
// on 236 event sentences; the floors are those figures truncated (378/461
// is 0.8199), the caps those counts. Raised at the thirty-sixth session's
// end (afad5fec, after the fixes of F36, M36, S36C and X36B chosen from
// it and the session's other rules): root 0.846 (390), root+dyad 0.701
// (323), 4 of 25, 153 extra roots.
const (
	floorDev33Root   = 0.86
	floorDev33Dyad   = 0.72
	maxDev33FalsePos = 4
	maxDev33Extra    = 139
)

func TestDev33(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "dev33", path: "testdata/dev33/dev33.tsv", missesEnv: "PARLEY_DEV33_MISSES",
		floorRoot: floorDev33Root, floorDyad: floorDev33Dyad, maxFalsePos: maxDev33FalsePos,
		maxExtra: maxDev33Extra,
	})
}

func TestDev33Format(t *testing.T) { checkProbeFormat(t, "testdata/dev33/dev33.tsv") }
