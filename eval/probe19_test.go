package eval

import "testing"

// Floors on the nineteenth held-out probe (testdata/probe19, see its README),
// written blind on 2026-12-01 for the twenty-second session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 18 it is never used to choose fixes. It lists every event
// a coder would code, so its extra roots are faults. Like probes 16 to 18,
// it codes a court's prison sentence as 173 beside 116.
//
// The floors are placeholders (0 / 0, at most 50 no-event sentences coded,
// at most 1000 extra roots) written by the probe's author, who could not run
// it; the lead sets the real floors after the first run.
const (
	floorProbe19Root   = 0
	floorProbe19Dyad   = 0
	maxProbe19FalsePos = 50
	// maxProbe19Extra caps the extra roots (probeScore.extra).
	maxProbe19Extra = 1000
)

func TestProbe19(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe19", path: "testdata/probe19/probe19.tsv", missesEnv: "PARLEY_PROBE19_MISSES",
		floorRoot: floorProbe19Root, floorDyad: floorProbe19Dyad, maxFalsePos: maxProbe19FalsePos,
		maxExtra: maxProbe19Extra,
	})
}

func TestProbe19Format(t *testing.T) { checkProbeFormat(t, "testdata/probe19/probe19.tsv") }
