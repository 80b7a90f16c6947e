package pipeline

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/story"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// TestGolden codes the example story and compares a readable summary of
// every event with testdata/astana.golden, which a person has read. Any
// change in what parley codes shows up here as a diff to review; run with
// -update to accept it. TestAstanaStory holds the hand-reasoned
// expectations; this file holds everything else.
func TestGolden(t *testing.T) {
	b, err := os.ReadFile("../examples/astana-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := newTestPipeline(t)
	evs, err := p.Code(context.Background(), story.Story{ID: "astana-talks.txt", Date: "2024-10-26", Text: string(b)})
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	sb.WriteString("# parley code --date 2024-10-26 examples/astana-talks.txt, one event per line:\n")
	sb.WriteString("# sentence | code | source -> target | date..end (precision) | location | modality | verb | mirror of\n")
	for _, e := range evs {
		sb.WriteString(goldenLine(e))
		sb.WriteByte('\n')
	}
	const path = "testdata/astana.golden"
	if *update {
		if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got := sb.String(); got != string(want) {
		t.Errorf("coded events differ from %s; review and rerun with -update:\n%s", path, lineDiff(string(want), got))
	}
}

func goldenLine(e event.Event) string {
	loc := "-"
	if l := e.Location; l != nil {
		loc = fmt.Sprintf("%s/%s (%s)", l.Name, l.Country, l.Precision)
	}
	mods := e.Modality.Labels()
	var parts []string
	for _, q := range e.Participants {
		parts = append(parts, q.Code+"/"+q.Role)
	}
	return fmt.Sprintf("%d | %s %s | %s -> %s | %s..%s (%s) | %s | %s | %q | %s | %s",
		e.SentenceIndex, e.CAMEO, e.PLOVER.Type, actorCodes(e.Source), actorCodes(e.Target),
		e.Date, e.DateEnd, e.DatePrecision, loc, strings.Join(mods, ", "), e.Evidence.Verb.Text,
		e.Mirror, strings.Join(parts, " "))
}

func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			fmt.Fprintf(&b, "- %s\n+ %s\n", a, c)
		}
	}
	return b.String()
}
