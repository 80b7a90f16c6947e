package eval

import "testing"

// Floors on the thirty-second held-out probe (testdata/probe32, see its
// README), written blind on 2026-12-04 for the thirty-ninth session by an
// engineer (W39) who neither ran parley nor read its code, dictionaries or
// other test sets. Its register is the regional English-language press of
// South Asia, Africa, Southeast Asia, the Middle East and Latin America, in
// its own idiom and house style: "nabbed", "booked under", "remanded",
// "lathi-charged", "killed in an encounter", "called on the Prime
// Minister", "lodged a strong protest", "demarche", hartals, bandhs and
// dharnas, Section 144, "the banned outfit", "martyred", "bandits",
// "unknown gunmen", "Amotekun", "Malacañang", "Tatmadaw", "red-tagged",
// "received a phone call from", "the two sides stressed", "occupation
// forces", "the Zionist entity", "Miraflores". Like probes 2 to 31 it is
// never used to choose fixes. It lists every event a coder would code, so
// its extra roots are faults.
//
// First run, at ebb1117b with the probe added (main with the session's
// first two rules, L39's and S39's; no fix was or will be chosen from it):
// root 0.786 (315/401), root+dyad 0.603 (242), 3 of 28 no-event sentences
// coded, 82 extra roots on 313 event sentences. The floors are the first
// run's figures truncated (315/401 is 0.7855, 242/401 is 0.6035) and the
// caps its counts; they are raised, and the caps lowered, never the
// reverse, as later runs earn it. At the thirty-ninth session's end
// (1f36d757): root 0.800 (321), root+dyad 0.621 (249), 3 of 28, 79 extra
// roots.
const (
	floorProbe32Root   = 0.80
	floorProbe32Dyad   = 0.62
	maxProbe32FalsePos = 3
	// maxProbe32Extra caps the extra roots (probeScore.extra).
	maxProbe32Extra = 76
)

func TestProbe32(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe32", path: "testdata/probe32/probe32.tsv", missesEnv: "PARLEY_PROBE32_MISSES",
		floorRoot: floorProbe32Root, floorDyad: floorProbe32Dyad, maxFalsePos: maxProbe32FalsePos,
		maxExtra: maxProbe32Extra,
	})
}

func TestProbe32Format(t *testing.T) { checkProbeFormat(t, "testdata/probe32/probe32.tsv") }
