package eval

import "testing"

// Floors on the sixth held-out probe (testdata/probe6, see its README),
// written blind on 2026-11-29 for the ninth session by an engineer who
// neither ran parley nor read its code, dictionaries or other test sets.
// Like probes 2 to 5 it is never used to choose fixes. The floors are the
// end of the ninth session's run rounded down (see the README's "Runs"),
// so that a later fall is a regression in generalisation.
const (
	floorProbe6Root   = 0.75
	floorProbe6Dyad   = 0.60
	maxProbe6FalsePos = 14
)

func TestProbe6(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe6", path: "testdata/probe6/probe6.tsv", missesEnv: "PARLEY_PROBE6_MISSES",
		floorRoot: floorProbe6Root, floorDyad: floorProbe6Dyad, maxFalsePos: maxProbe6FalsePos,
	})
}

func TestProbe6Format(t *testing.T) { checkProbeFormat(t, "testdata/probe6/probe6.tsv") }
