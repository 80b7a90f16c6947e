package eval

import "testing"

// Floors on the twelfth held-out probe (testdata/probe12, see its README),
// written blind on 2026-11-30 for the fifteenth session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 11 it is never used to choose fixes. It lists every event
// a coder would code, so its extra roots are faults. The floors and caps are
// placeholders until the lead's first run: the lead sets the real floors and
// caps from that run and records it in the README.
const (
	floorProbe12Root   = 0
	floorProbe12Dyad   = 0
	maxProbe12FalsePos = 50
	// maxProbe12Extra caps the extra roots (probeScore.extra).
	maxProbe12Extra = 1000
)

func TestProbe12(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe12", path: "testdata/probe12/probe12.tsv", missesEnv: "PARLEY_PROBE12_MISSES",
		floorRoot: floorProbe12Root, floorDyad: floorProbe12Dyad, maxFalsePos: maxProbe12FalsePos,
		maxExtra: maxProbe12Extra,
	})
}

func TestProbe12Format(t *testing.T) { checkProbeFormat(t, "testdata/probe12/probe12.tsv") }
