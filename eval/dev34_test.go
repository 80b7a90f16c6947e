package eval

import "testing"

// Floors on the thirty-seventh session's journalese development set
// (testdata/dev34, see its README): agency copy and headlines in the
// vocabulary real news uses for each act (slammed, rapped, tore into,
// pounded, overran, gunned down, rounded up, slapped sanctions on, kicked
// out, threw its weight behind, inked, mended fences, played host to,
// bankrolled, walked out of talks, set free, froze, torched, razed),
// light verbs, phrasal verbs and idioms, every root 01 to 20, written blind,
// 1990-2025, with every event a careful coder would code listed and 25
// no-event sentences, some using the same verbs in markets, sport and
// weather. It is read and used to choose fixes, so a rise here is no
// evidence of generalisation. First run, at 3273d21d before any fix chosen
// from it: root 0.735 (333/453), root+dyad 0.592 (268), 6 of 25 no-event
// sentences coded, 122 extra roots on 288 event sentences; the floors are
// those figures truncated (333/453 is 0.7350, 268/453 is 0.5916), the caps
// those counts. Raised at the thirty-seventh session's end (65b29d28, after
// the fixes of F37 chosen from it, V37's vocabulary written without it and
// the session's other rules): root 0.845 (383), root+dyad 0.700 (317), 6 of
// 25, 113 extra roots.
const (
	floorDev34Root   = 0.86
	floorDev34Dyad   = 0.71
	maxDev34FalsePos = 6
	maxDev34Extra    = 104
)

func TestDev34(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "dev34", path: "testdata/dev34/dev34.tsv", missesEnv: "PARLEY_DEV34_MISSES",
		floorRoot: floorDev34Root, floorDyad: floorDev34Dyad, maxFalsePos: maxDev34FalsePos,
		maxExtra: maxDev34Extra,
	})
}

func TestDev34Format(t *testing.T) { checkProbeFormat(t, "testdata/dev34/dev34.tsv") }
