package eval

import "testing"

// Floors on the seventeenth held-out probe (testdata/probe17, see its README),
// written blind on 2026-11-30 for the twentieth session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 16 it is never used to choose fixes. It lists every event
// a coder would code, so its extra roots are faults. The floors and caps
// sit just below (above) the lead's first run at 8f9f8d2, the commit that
// added it, before any other engineer of the session had landed code:
// 0.616 (260) / 0.344 (145), 11 no-event sentences coded, 84 extra roots
// (16 statements beside the speaker's own act and 1 accusation beside
// reported violence among them); the extra-root cap keeps two in hand, as
// the other probes' do. Like probe 16, it codes a court's prison or
// house-arrest sentence as 173 beside 116.
const (
	floorProbe17Root   = 0.68
	floorProbe17Dyad   = 0.48
	maxProbe17FalsePos = 7
	// maxProbe17Extra caps the extra roots (probeScore.extra).
	maxProbe17Extra = 66
)

func TestProbe17(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe17", path: "testdata/probe17/probe17.tsv", missesEnv: "PARLEY_PROBE17_MISSES",
		floorRoot: floorProbe17Root, floorDyad: floorProbe17Dyad, maxFalsePos: maxProbe17FalsePos,
		maxExtra: maxProbe17Extra,
	})
}

func TestProbe17Format(t *testing.T) { checkProbeFormat(t, "testdata/probe17/probe17.tsv") }
