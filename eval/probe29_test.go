package eval

import "testing"

// Floors on the twenty-ninth held-out probe (testdata/probe29, see its
// README), written blind on 2026-12-03 for the thirty-sixth session by an
// engineer (W36) who neither ran parley nor read its code, dictionaries or
// other test sets. Its register is running news where one sentence holds
// several acts, background and reported speech. Like probes 2 to 28 it is
// never used to choose fixes. It lists every event a coder would code, so
// its extra roots are faults.
//
// First run, at ba6bfcb1 with the probe added (no fix was chosen from
// it): root 0.803 (433/539), root+dyad 0.647 (349), 6 of 24 no-event
// sentences coded, 153 extra roots on 243 event sentences. The floors are
// the first run's figures truncated (433/539 is 0.8033, 349/539 is 0.6474)
// and the caps its counts; they are raised, and the caps lowered, never
// the reverse, as later runs earn it: at the thirty-sixth session's end
// (afad5fec) root 0.809 (436), root+dyad 0.655 (353), 6 of 24, 152.
const (
	floorProbe29Root   = 0.82
	floorProbe29Dyad   = 0.67
	maxProbe29FalsePos = 6
	// maxProbe29Extra caps the extra roots (probeScore.extra).
	maxProbe29Extra = 146
)

func TestProbe29(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe29", path: "testdata/probe29/probe29.tsv", missesEnv: "PARLEY_PROBE29_MISSES",
		floorRoot: floorProbe29Root, floorDyad: floorProbe29Dyad, maxFalsePos: maxProbe29FalsePos,
		maxExtra: maxProbe29Extra,
	})
}

func TestProbe29Format(t *testing.T) { checkProbeFormat(t, "testdata/probe29/probe29.tsv") }
