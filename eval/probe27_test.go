package eval

import "testing"

// Floors on the twenty-seventh held-out probe (testdata/probe27, see its
// README), written blind on 2026-12-03 for the thirty-third session by an
// engineer (W33) who neither ran parley nor read its code, dictionaries or
// other test sets. Like probes 2 to 26 it is never used to choose fixes. It
// lists every event a coder would code, so its extra roots are faults. Like
// probes 16 to 26, it codes a court's prison sentence as 173 beside 116.
//
// The floors and caps are placeholders (0 and 1000) until the lead's first
// run: the lead sets them after that run to the figures truncated to two
// decimals and to the counts themselves, and after that they are raised, and
// the caps lowered, never the reverse, as later runs earn it.
const (
	floorProbe27Root   = 0
	floorProbe27Dyad   = 0
	maxProbe27FalsePos = 1000
	// maxProbe27Extra caps the extra roots (probeScore.extra).
	maxProbe27Extra = 1000
)

func TestProbe27(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe27", path: "testdata/probe27/probe27.tsv", missesEnv: "PARLEY_PROBE27_MISSES",
		floorRoot: floorProbe27Root, floorDyad: floorProbe27Dyad, maxFalsePos: maxProbe27FalsePos,
		maxExtra: maxProbe27Extra,
	})
}

func TestProbe27Format(t *testing.T) { checkProbeFormat(t, "testdata/probe27/probe27.tsv") }
