package eval

import "testing"

// Floors on the fourteenth held-out probe (testdata/probe14, see its README),
// written blind on 2026-11-30 for the seventeenth session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 13 it is never used to choose fixes. It lists every event
// a coder would code, so its extra roots are faults. The floors and caps are
// placeholders (0 / 0, at most 50 no-event sentences coded, at most 1000 extra
// roots) until the lead's first run; the lead then sets them just below
// (above) that run's figures.
const (
	floorProbe14Root   = 0
	floorProbe14Dyad   = 0
	maxProbe14FalsePos = 50
	// maxProbe14Extra caps the extra roots (probeScore.extra).
	maxProbe14Extra = 1000
)

func TestProbe14(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe14", path: "testdata/probe14/probe14.tsv", missesEnv: "PARLEY_PROBE14_MISSES",
		floorRoot: floorProbe14Root, floorDyad: floorProbe14Dyad, maxFalsePos: maxProbe14FalsePos,
		maxExtra: maxProbe14Extra,
	})
}

func TestProbe14Format(t *testing.T) { checkProbeFormat(t, "testdata/probe14/probe14.tsv") }
