package eval

import "testing"

// Floors on the twenty-sixth held-out probe (testdata/probe26, see its
// README), written blind on 2026-12-02 for the thirty-first session by an
// engineer (W31) who neither ran parley nor read its code, dictionaries or
// other test sets. Like probes 2 to 25 it is never used to choose fixes. It
// lists every event a coder would code, so its extra roots are faults. Like
// probes 16 to 25, it codes a court's prison sentence as 173 beside 116.
//
// The floors and caps below are placeholders (0 / 0, at most 10000 no-event
// sentences coded, at most 10000 extra roots): the author never ran this
// probe for scores, only TestProbe26Format. The lead sets the floors and
// caps after the probe's first run; from then on they are raised, and the
// caps lowered, never the reverse, as later runs earn it.
const (
	floorProbe26Root   = 0
	floorProbe26Dyad   = 0
	maxProbe26FalsePos = 10000
	// maxProbe26Extra caps the extra roots (probeScore.extra).
	maxProbe26Extra = 10000
)

func TestProbe26(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe26", path: "testdata/probe26/probe26.tsv", missesEnv: "PARLEY_PROBE26_MISSES",
		floorRoot: floorProbe26Root, floorDyad: floorProbe26Dyad, maxFalsePos: maxProbe26FalsePos,
		maxExtra: maxProbe26Extra,
	})
}

func TestProbe26Format(t *testing.T) { checkProbeFormat(t, "testdata/probe26/probe26.tsv") }
