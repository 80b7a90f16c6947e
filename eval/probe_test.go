package eval

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/pipeline"
	"github.com/parley-events/parley/story"
)

// Regression floors on the team's own probe (testdata/probe, see its
// README): new text written without looking at any dev gold. Unlike the
// shared sets it is in the repository, so CI always runs it.
const (
	floorProbeRoot = 0.88
	floorProbeDyad = 0.72
)

type probeLine struct {
	date, sentence, src, tgt, code string
}

func TestProbe(t *testing.T) {
	f, err := os.Open("testdata/probe/probe.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []probeLine
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		p := strings.Split(l, "\t")
		if len(p) != 5 {
			t.Fatalf("probe.tsv:%d: %d fields, want 5", n, len(p))
		}
		lines = append(lines, probeLine{p[0], p[1], p[2], p[3], p[4]})
	}
	c, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	coded := map[string][]event.Event{}
	for _, l := range lines {
		key := l.date + "\t" + l.sentence
		if _, ok := coded[key]; ok {
			continue
		}
		evs, err := c.Code(context.Background(), story.Story{ID: "probe", Date: l.date, Text: l.sentence})
		if err != nil {
			t.Fatal(err)
		}
		var kept []event.Event
		for _, e := range evs {
			if !e.Modality.Negated {
				kept = append(kept, e)
			}
		}
		coded[key] = kept
	}
	side := func(want string, as []event.Actor) bool {
		if want == "---" {
			return len(as) == 0 || ActorKey(as[0]) == Unknown
		}
		for _, a := range as {
			if ActorKey(a) == want {
				return true
			}
		}
		return false
	}
	var n, root, dyad, noEvent, falsePos int
	for _, l := range lines {
		evs := coded[l.date+"\t"+l.sentence]
		if l.code == "---" {
			noEvent++
			if len(evs) > 0 {
				falsePos++
				t.Logf("no-event sentence coded: %q", l.sentence)
			}
			continue
		}
		n++
		r, d := false, false
		for _, e := range evs {
			if e.CAMEORoot == Root(l.code) {
				r = true
				if side(l.src, e.Source) && side(l.tgt, e.Target) {
					d = true
				}
			}
		}
		if r {
			root++
		}
		if d {
			dyad++
		}
	}
	rr, dr := float64(root)/float64(n), float64(dyad)/float64(n)
	t.Logf("probe: %d events, root %.3f (%d), root+dyad %.3f (%d), no-event false positives %d/%d", n, rr, root, dr, dyad, falsePos, noEvent)
	if rr < floorProbeRoot || dr < floorProbeDyad {
		t.Errorf("probe root %.3f / dyad %.3f below the floors %.2f / %.2f", rr, dr, floorProbeRoot, floorProbeDyad)
	}
	if falsePos > 1 {
		t.Errorf("%d of %d no-event probe sentences coded events", falsePos, noEvent)
	}
}
