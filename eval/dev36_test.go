package eval

import "testing"

// Floors on the thirty-ninth session's regional-press development set
// (testdata/dev36, see its README): the English-language dailies, wire
// services and broadcasters of South Asia, Africa, Southeast Asia, the
// Middle East and Latin America in their own house style ("miscreants",
// "nabbed", "booked under", "lathi-charged", "killed in an encounter",
// "lodged a strong protest", "called on the Prime Minister", "bandits
// invaded", "unknown gunmen rained bullets", "hoodlums", "red-tagged",
// "Malacañang", "received a phone call from", "the Zionist entity",
// "occupation forces martyred", "unprovoked firing along the LoC", "hartal",
// "bandh", "dharna", "Section 144"), every root 01 to 20, written blind,
// 1995-2025, with every event a careful coder would code listed and 28
// no-event sentences (cricket, football, films, markets, exams, weather and
// disasters, festivals, obituaries, an election result, negated and
// hypothetical acts). It is read and used to choose fixes, so a rise here
// is no evidence of generalisation. First run, at ebb1117b (main with
// the session's first two rules, L39's and S39's, chosen from other sets)
// before any fix chosen from it: root 0.751 (299/398), root+dyad 0.563
// (224), 3 of 28 no-event sentences coded, 74 extra roots on 308 event
// sentences; the floors are those figures truncated (299/398 is 0.7513,
// 224/398 is 0.5628), the caps those counts. Raised at the thirty-ninth
// session's end (1f36d757, after R39's and Q39's fixes chosen from it and
// the session's other rules): root 0.804 (320), root+dyad 0.618 (246), 1
// of 28, 70 extra roots.
const (
	floorDev36Root   = 0.81
	floorDev36Dyad   = 0.63
	maxDev36FalsePos = 1
	maxDev36Extra    = 70
)

func TestDev36(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "dev36", path: "testdata/dev36/dev36.tsv", missesEnv: "PARLEY_DEV36_MISSES",
		floorRoot: floorDev36Root, floorDyad: floorDev36Dyad, maxFalsePos: maxDev36FalsePos,
		maxExtra: maxDev36Extra,
	})
}

func TestDev36Format(t *testing.T) { checkProbeFormat(t, "testdata/dev36/dev36.tsv") }
