package eval

import "testing"

// Floors on the seventeenth held-out probe (testdata/probe17, see its README),
// written blind on 2026-11-30 for the twentieth session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 16 it is never used to choose fixes. It lists every event
// a coder would code, so its extra roots are faults. These floors are
// placeholders (0 / 0, at most 50 no-event sentences coded, at most 1000
// extra roots) until the lead's first run, which sets the real floors and
// caps just below (above) what that run scores. Like probe 16, it codes a
// court's prison or house-arrest sentence as 173 beside 116.
const (
	floorProbe17Root   = 0
	floorProbe17Dyad   = 0
	maxProbe17FalsePos = 50
	// maxProbe17Extra caps the extra roots (probeScore.extra).
	maxProbe17Extra = 1000
)

func TestProbe17(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe17", path: "testdata/probe17/probe17.tsv", missesEnv: "PARLEY_PROBE17_MISSES",
		floorRoot: floorProbe17Root, floorDyad: floorProbe17Dyad, maxFalsePos: maxProbe17FalsePos,
		maxExtra: maxProbe17Extra,
	})
}

func TestProbe17Format(t *testing.T) { checkProbeFormat(t, "testdata/probe17/probe17.tsv") }
