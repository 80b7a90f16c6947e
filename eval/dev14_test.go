package eval

import "testing"

// Floors on the fourteenth session's development set (testdata/dev14, see
// its README): a fifth complete-listing set, where every event a coder
// would code is listed, so an extra root it prints is a fault and not an
// event the writer left out. It is written as live blogs, news briefs and
// wire "snaps" write (headline present tense for past acts, dropped
// articles, colon headlines, "says" and "according to" attributions,
// abbreviations such as PM, FM, UNSC and IDF, several events in one line)
// and weighted towards the roots parley finds least often (02, 03, 06, 07,
// 08, 09, 12, 13 and 16). It is read and used to choose fixes, so a rise
// here is no evidence of generalisation; the floors and the caps only keep
// the fixes it led to from being lost. They sit just below (and the caps
// just above) its figures at the end of the fourteenth session: root
// 0.851 (217/255), root+dyad 0.671 (171), 2 of 38 no-event sentences
// coded, 51 extra roots (0.780 / 0.592, 4 and 55 at its first run, before
// any fix).
const (
	floorDev14Root   = 0.90
	floorDev14Dyad   = 0.80 // S21: 0.694 → 0.702, coups and coordinated sanctions
	maxDev14FalsePos = 1    // X21 (s21): 2 → 1, a cricket result by runs
	maxDev14Extra    = 33   // X21 (s21): 43 → 42, a harm with no agent that dates another act
)

func TestDev14(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "dev14", path: "testdata/dev14/dev14.tsv", missesEnv: "PARLEY_DEV14_MISSES",
		floorRoot: floorDev14Root, floorDyad: floorDev14Dyad, maxFalsePos: maxDev14FalsePos,
		maxExtra: maxDev14Extra,
	})
}

func TestDev14Format(t *testing.T) { checkProbeFormat(t, "testdata/dev14/dev14.tsv") }
