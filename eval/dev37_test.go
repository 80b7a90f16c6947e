package eval

import "testing"

// Floors on the fortieth session's media-monitoring development set
// (testdata/dev37, see its README): English translated from Arabic, Persian,
// Russian, Chinese, Turkish, Korean, Spanish and other languages as the
// monitoring services and the state agencies' English services run it
// ("Text of report by Syrian Arab News Agency SANA website:", "Excerpt from
// report by Iranian state TV:", "[Presenter]", "[Passage omitted]", "(as
// published)", "[Syrian President Bashar] al-Asad", "Moskva", "al-Quds",
// "Hezbollah [Hizballah]", "the Zionist regime", "the Kyiv regime", "the
// south Korean puppet forces", "the Taiwan authorities", "the terrorist
// groups", "the so-called", "martyred", "the special military operation",
// "Custodian of the Two Holy Mosques", "received the credentials of",
// "conveyed a verbal message from", "expressed the readiness of", "the talks
// passed in a friendly atmosphere", "lodged a stern representation", speech
// reported at two removes), every root 01 to 20, written blind, 1995-2025,
// with every event a careful coder would code listed and 27 no-event
// sentences (sport, harvests, markets, weather and disasters, anniversaries,
// obituaries, the outlets' slogans, a monitor's note, negated and
// hypothetical acts). It is read and used to choose fixes, so a rise here is
// no evidence of generalisation. The floors and caps started at the first
// run (ff29aef0, the lead): 422 events, root 0.784 (331), root+dyad 0.555
// (234), no-event false positives 2 of 27, extra roots 84; they are raised,
// and the caps lowered, never the reverse, as later runs earn it.
const (
	floorDev37Root   = 0.80
	floorDev37Dyad   = 0.63
	maxDev37FalsePos = 1
	maxDev37Extra    = 80
)

func TestDev37(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "dev37", path: "testdata/dev37/dev37.tsv", missesEnv: "PARLEY_DEV37_MISSES",
		floorRoot: floorDev37Root, floorDyad: floorDev37Dyad, maxFalsePos: maxDev37FalsePos,
		maxExtra: maxDev37Extra,
	})
}

func TestDev37Format(t *testing.T) { checkProbeFormat(t, "testdata/dev37/dev37.tsv") }
