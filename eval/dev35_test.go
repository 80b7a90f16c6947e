package eval

import "testing"

// Floors on the thirty-eighth session's conflict-monitoring development set
// (testdata/dev35, see its README): CrisisWatch-style monthly entries,
// ACLED-style event notes, UN and NGO situation reports and one-line
// monitor bulletins (semicolons, month dates, abbreviations, "suspected"
// and unidentified perpetrators, sub-national places, casualty counts),
// every root 01 to 20, written blind, 1995-2025, with every event a careful
// coder would code listed and 25 no-event sentences (methodology notes,
// "no incidents reported", tallies, humanitarian figures, disasters,
// elections, outlooks). It is read and used to choose fixes, so a rise here
// is no evidence of generalisation. First run, at cf2d2cda before any fix
// chosen from it: root 0.737 (314/426), root+dyad 0.577 (246), 4 of 25
// no-event sentences coded, 81 extra roots on 283 event sentences; the
// floors are those figures truncated (314/426 is 0.7370, 246/426 is
// 0.5774), the caps those counts. Raised at the thirty-eighth session's end
// (7dccff8b, after F38's fixes chosen from it, chiefly "govt" as the
// government, and the session's other rules): root 0.805 (343),
// root+dyad 0.653 (278), 4 of 25, 76 extra roots.
const (
	floorDev35Root   = 0.84
	floorDev35Dyad   = 0.67
	maxDev35FalsePos = 2
	maxDev35Extra    = 65
)

func TestDev35(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "dev35", path: "testdata/dev35/dev35.tsv", missesEnv: "PARLEY_DEV35_MISSES",
		floorRoot: floorDev35Root, floorDyad: floorDev35Dyad, maxFalsePos: maxDev35FalsePos,
		maxExtra: maxDev35Extra,
	})
}

func TestDev35Format(t *testing.T) { checkProbeFormat(t, "testdata/dev35/dev35.tsv") }
