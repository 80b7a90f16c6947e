package eval

import "testing"

// Floors on the eighteenth held-out probe (testdata/probe18, see its README),
// written blind on 2026-11-30 for the twenty-first session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 17 it is never used to choose fixes. It lists every event
// a coder would code, so its extra roots are faults. Like probes 16 and 17,
// it codes a court's prison sentence as 173 beside 116.
//
// The floors and caps below are placeholders (0 / 0, at most 50 no-event
// sentences coded, at most 1000 extra roots) so the file can land before
// any run: the lead sets the real floors and caps after the first run.
const (
	floorProbe18Root   = 0
	floorProbe18Dyad   = 0
	maxProbe18FalsePos = 50
	// maxProbe18Extra caps the extra roots (probeScore.extra).
	maxProbe18Extra = 1000
)

func TestProbe18(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe18", path: "testdata/probe18/probe18.tsv", missesEnv: "PARLEY_PROBE18_MISSES",
		floorRoot: floorProbe18Root, floorDyad: floorProbe18Dyad, maxFalsePos: maxProbe18FalsePos,
		maxExtra: maxProbe18Extra,
	})
}

func TestProbe18Format(t *testing.T) { checkProbeFormat(t, "testdata/probe18/probe18.tsv") }
