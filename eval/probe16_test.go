package eval

import "testing"

// Floors on the sixteenth held-out probe (testdata/probe16, see its README),
// written blind on 2026-11-30 for the nineteenth session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 15 it is never used to choose fixes. It lists every event
// a coder would code, so its extra roots are faults. The floors and caps
// sit just below (above) the lead's first run at 1b88e86, the commit that
// added it, before any other engineer of the session had landed code:
// 0.601 (233) / 0.405 (157), 5 no-event sentences coded, 126 extra roots
// (38 statements beside the speaker's own act and 8 accusations beside
// reported violence among them); the extra-root cap keeps two in hand, as
// the other probes' do. Unlike probe 15, this probe codes a court's prison
// or house-arrest sentence as 173 beside 116, as the PLOVER manual does.
const (
	floorProbe16Root   = 0.62
	floorProbe16Dyad   = 0.47
	maxProbe16FalsePos = 4
	// maxProbe16Extra caps the extra roots (probeScore.extra).
	maxProbe16Extra = 111
)

func TestProbe16(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe16", path: "testdata/probe16/probe16.tsv", missesEnv: "PARLEY_PROBE16_MISSES",
		floorRoot: floorProbe16Root, floorDyad: floorProbe16Dyad, maxFalsePos: maxProbe16FalsePos,
		maxExtra: maxProbe16Extra,
	})
}

func TestProbe16Format(t *testing.T) { checkProbeFormat(t, "testdata/probe16/probe16.tsv") }
