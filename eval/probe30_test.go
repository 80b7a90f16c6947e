package eval

import "testing"

// Floors on the thirtieth held-out probe (testdata/probe30, see its
// README), written blind on 2026-12-03 for the thirty-seventh session by an
// engineer (W37) who neither ran parley nor read its code, dictionaries or
// other test sets. Its register is journalese vocabulary: the synonyms,
// phrasal verbs, light verbs with nouns, headlines and idioms that news
// copy uses for each act ("slammed", "rounded up", "inked a deal", "walked
// out of talks", "pounded"). Like probes 2 to 29 it is never used to choose
// fixes. It lists every event a coder would code, so its extra roots are
// faults.
//
// First run, at 3273d21d with the probe added (no fix was chosen from
// it): root 0.792 (342/432), root+dyad 0.655 (283), 7 of 30 no-event
// sentences coded, 108 extra roots on 309 event sentences. The floors are
// the first run's figures truncated (342/432 is 0.7917, 283/432 is 0.6551)
// and the caps its counts; they are raised, and the caps lowered, never
// the reverse, as later runs earn it: at the thirty-seventh session's end
// (65b29d28) root 0.801 (346), root+dyad 0.669 (289), 7 of 30, 107.
const (
	floorProbe30Root   = 0.81
	floorProbe30Dyad   = 0.67
	maxProbe30FalsePos = 7
	// maxProbe30Extra caps the extra roots (probeScore.extra).
	maxProbe30Extra = 99
)

func TestProbe30(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe30", path: "testdata/probe30/probe30.tsv", missesEnv: "PARLEY_PROBE30_MISSES",
		floorRoot: floorProbe30Root, floorDyad: floorProbe30Dyad, maxFalsePos: maxProbe30FalsePos,
		maxExtra: maxProbe30Extra,
	})
}

func TestProbe30Format(t *testing.T) { checkProbeFormat(t, "testdata/probe30/probe30.tsv") }
