package eval

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/parley-events/parley/pipeline"
)

// Two levels per metric. The regression floor is what parley achieves
// today, rounded down: CI fails below it, so accuracy cannot silently
// regress. Raise it when accuracy improves. The target is issue 3's (and
// for location issue 4's) acceptance level, logged so the gap stays
// visible; see docs/accuracy.md.
type level struct{ floor, target float64 }

var (
	levelGSRExactRoot    = level{0.60, 0.85}
	levelGSRExactCode    = level{0.44, 0.75}
	levelPLOVERType      = level{0.83, 0.85}
	levelPLOVERTypeDyad  = level{0.74, 0.70}
	levelPLOVERLocation  = level{0.90, 0.90}
	levelConfliBERTMajor = level{0.57, 0.65}
	// Precision has no issue target; its floor (since the tenth session,
	// which raised it from 0.485 to 0.532; 0.543 at the twenty-seventh
	// session's end, 0.553 at the thirty-fifth's) keeps rules that add
	// events from winning recall unseen. The target shown is the floor itself.
	levelGSRRootPrecision = level{0.55, 0.55}
)

// TestAccuracyFloors runs the default pipeline over the shared gold sets,
// fails below the regression floors and logs the distance to the targets.
// It skips when ../shared/third_party is absent. PARLEY_FLOORS=report only
// logs.
func TestAccuracyFloors(t *testing.T) {
	dir := sharedDir(t)
	coder, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	enforce := os.Getenv("PARLEY_FLOORS") != "report"
	score := func(format, path string) *Report {
		t.Helper()
		recs, err := ReadFile(format, filepath.Join(dir, path))
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Evaluate(context.Background(), coder, recs, Options{Places: GazetteerLookup(coder)})
		if err != nil {
			t.Fatal(err)
		}
		if rep.CoderErrors > 0 {
			t.Errorf("%s: %d coder errors", path, rep.CoderErrors)
		}
		return rep
	}
	check := func(name string, got Rate, l level) {
		t.Helper()
		t.Logf("%-28s %.3f (%d/%d): floor %.2f, target %.2f", name, got.Rate, got.Hits, got.N, l.floor, l.target)
		if got.Rate < l.floor && enforce {
			t.Errorf("%s = %.3f (%d/%d), below its regression floor %.2f", name, got.Rate, got.Hits, got.N, l.floor)
		}
	}
	gsr := score(FormatPetrarch, "universalpetrarch/PETR2_GSR_validation.xml")
	check("PETR2 GSR exact-root", gsr.CAMEO.ExactRoot, levelGSRExactRoot)
	check("PETR2 GSR exact-code", gsr.CAMEO.ExactCode, levelGSRExactCode)
	rp := gsr.CAMEO.Root
	check("PETR2 GSR root precision", Rate{Rate: rp.Precision, Hits: rp.TP, N: rp.TP + rp.FP}, levelGSRRootPrecision)
	pl := score(FormatPLOVER, "plover/PLOVER_GSR_CAMEO.dev.json")
	check("PLOVER type", pl.PLOVER.Type, levelPLOVERType)
	check("PLOVER type+dyad", pl.PLOVER.TypeDyad, levelPLOVERTypeDyad)
	if pl.Location == nil {
		t.Error("PLOVER location not scored")
	} else {
		check("PLOVER location", *pl.Location, levelPLOVERLocation)
	}
	cb := score(FormatConfliBERT, "conflibert")
	check("ConfliBERT majority", *cb.ConfliBERT, levelConfliBERTMajor)
}
