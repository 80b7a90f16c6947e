package eval

import "testing"

// Floors on the twenty-eighth held-out probe (testdata/probe28, see its
// README), written blind on 2026-12-03 for the thirty-fourth session by an
// engineer (W34) who neither ran parley nor read its code, dictionaries or
// other test sets. It is code-by-code (one sentence for each three- and
// four-digit CAMEO code of roots 01 to 20) and is the held-out counterpart
// of the development sets dev31 and dev32. Like probes 2 to 27 it is never
// used to choose fixes. It lists every event a coder would code, so its
// extra roots are faults.
//
// The floors are placeholders (0 / 0) and the caps are set high (1000)
// until the lead's first run: the lead sets them from that run's figures
// and records them in the README; they are raised, and the caps lowered,
// never the reverse, as later runs earn it.
const (
	floorProbe28Root   = 0
	floorProbe28Dyad   = 0
	maxProbe28FalsePos = 1000
	// maxProbe28Extra caps the extra roots (probeScore.extra).
	maxProbe28Extra = 1000
)

func TestProbe28(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe28", path: "testdata/probe28/probe28.tsv", missesEnv: "PARLEY_PROBE28_MISSES",
		floorRoot: floorProbe28Root, floorDyad: floorProbe28Dyad, maxFalsePos: maxProbe28FalsePos,
		maxExtra: maxProbe28Extra,
	})
}

func TestProbe28Format(t *testing.T) { checkProbeFormat(t, "testdata/probe28/probe28.tsv") }
