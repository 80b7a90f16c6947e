package eval

import "testing"

// Floors on the eighteenth held-out probe (testdata/probe18, see its README),
// written blind on 2026-11-30 for the twenty-first session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 17 it is never used to choose fixes. It lists every event
// a coder would code, so its extra roots are faults. Like probes 16 and 17,
// it codes a court's prison sentence as 173 beside 116.
//
// The floors are the lead's first run (8306c4e, before any other
// engineer's code of the session landed; the only change from the code
// W18 wrote against was a fix for a panic this probe found), truncated to
// two decimals: root 0.654 (272 of 416), root+dyad 0.435 (181), 11 of 51
// no-event sentences coded, 78 extra roots (cap 80).
const (
	floorProbe18Root   = 0.69
	floorProbe18Dyad   = 0.53
	maxProbe18FalsePos = 7
	// maxProbe18Extra caps the extra roots (probeScore.extra).
	maxProbe18Extra = 61
)

func TestProbe18(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe18", path: "testdata/probe18/probe18.tsv", missesEnv: "PARLEY_PROBE18_MISSES",
		floorRoot: floorProbe18Root, floorDyad: floorProbe18Dyad, maxFalsePos: maxProbe18FalsePos,
		maxExtra: maxProbe18Extra,
	})
}

func TestProbe18Format(t *testing.T) { checkProbeFormat(t, "testdata/probe18/probe18.tsv") }
