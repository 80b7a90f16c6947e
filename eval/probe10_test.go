package eval

import "testing"

// Floors on the tenth held-out probe (testdata/probe10, see its README),
// written blind on 2026-11-30 for the thirteenth session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 9 it is never used to choose fixes. It lists every event
// a coder would code, so its extra roots are faults. The floors and caps
// sit just below (above) the thirteenth session's end (root 0.732, root+dyad
// 0.554, 9 of 52 no-event sentences coded, 93 extra roots; first run on the
// session's starting engine 0.732 / 0.549, 9, 93).
const (
	floorProbe10Root   = 0.76
	floorProbe10Dyad   = 0.64
	maxProbe10FalsePos = 6
	// maxProbe10Extra caps the extra roots (probeScore.extra).
	maxProbe10Extra = 80 // C18: +1, the 173 the court-sentence convention adds beside 116, which a probe written before the convention does not list; kept by the lead (counted, not read)
)

func TestProbe10(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe10", path: "testdata/probe10/probe10.tsv", missesEnv: "PARLEY_PROBE10_MISSES",
		floorRoot: floorProbe10Root, floorDyad: floorProbe10Dyad, maxFalsePos: maxProbe10FalsePos,
		maxExtra: maxProbe10Extra,
	})
}

func TestProbe10Format(t *testing.T) { checkProbeFormat(t, "testdata/probe10/probe10.tsv") }
