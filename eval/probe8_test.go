package eval

import "testing"

// Floors on the eighth held-out probe (testdata/probe8, see its README),
// written blind on 2026-11-29 for the eleventh session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 7 it is never used to choose fixes. It lists every event
// a coder would code, so its extra roots are faults. The floors sit just
// below the eleventh session's end (root 0.661, root+dyad 0.431, 10 of 52
// no-event sentences coded, 104 extra roots; 0.668 / 0.428, 10 and 105 on
// the session's starting engine, its first run), so that a later fall is
// a regression in generalisation.
// Floors raised to just below the fourteenth session's end (root 0.674,
// root+dyad 0.444).
const (
	floorProbe8Root   = 0.73
	floorProbe8Dyad   = 0.54
	maxProbe8FalsePos = 7
	// maxProbe8Extra caps the extra roots (probeScore.extra), set in the
	// eleventh session just above its end (104; see docs/eval.md).
	maxProbe8Extra = 78 // C18: +1, the 173 the court-sentence convention adds beside 116, which a probe written before the convention does not list; kept by the lead (counted, not read)
)

func TestProbe8(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe8", path: "testdata/probe8/probe8.tsv", missesEnv: "PARLEY_PROBE8_MISSES",
		floorRoot: floorProbe8Root, floorDyad: floorProbe8Dyad, maxFalsePos: maxProbe8FalsePos,
		maxExtra: maxProbe8Extra,
	})
}

func TestProbe8Format(t *testing.T) { checkProbeFormat(t, "testdata/probe8/probe8.tsv") }
