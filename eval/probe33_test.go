package eval

import "testing"

// Floors on the thirty-third held-out probe (testdata/probe33, see its
// README), written blind on 2026-12-04 for the fortieth session by an
// engineer (W40) who neither ran parley nor read its code, dictionaries or
// other test sets. Its register is translated media monitoring: BBC
// Monitoring and Open Source Center copy and the English services of state
// agencies (IRNA, SANA, KCNA, Xinhua, TASS, Anadolu, Petra, MENA, SPA, WAFA,
// Prensa Latina, VNA) with the marks translation and monitoring leave:
// "Text of report by ...:", "Excerpt from report by", "[Presenter]",
// "[passage omitted]", "(as published)", bracketed names and titles
// ("[Syrian President Bashar] al-Asad"), source-language spellings
// (Qadhafi, Khamene'i, Da'ish, Huthis), and the outlets' own idiom ("the
// Zionist regime", "the terrorist gangs", "the south Korean puppet forces",
// "martyred", "the special military operation", "the two sides exchanged
// views", "expressed readiness to", "received the credentials of",
// "Custodian of the Two Holy Mosques", "Chairman of the State Affairs
// Commission"). Like probes 2 to 32 it is never used to choose fixes. It
// lists every event a coder would code, so its extra roots are faults.
//
// The floors and caps started at the first run (ff29aef0, the lead): 402
// events, root 0.714 (287), root+dyad 0.535 (215), no-event false positives
// 8 of 30, extra roots 79; they are raised, and the caps lowered, never the
// reverse, as later runs earn it.
const (
	floorProbe33Root   = 0.72
	floorProbe33Dyad   = 0.56
	maxProbe33FalsePos = 6
	// maxProbe33Extra caps the extra roots (probeScore.extra).
	maxProbe33Extra = 74
)

func TestProbe33(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe33", path: "testdata/probe33/probe33.tsv", missesEnv: "PARLEY_PROBE33_MISSES",
		floorRoot: floorProbe33Root, floorDyad: floorProbe33Dyad, maxFalsePos: maxProbe33FalsePos,
		maxExtra: maxProbe33Extra,
	})
}

func TestProbe33Format(t *testing.T) { checkProbeFormat(t, "testdata/probe33/probe33.tsv") }
