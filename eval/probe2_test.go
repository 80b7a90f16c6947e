package eval

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/pipeline"
	"github.com/parley-events/parley/story"
)

// Floors on the held-out probe (testdata/probe2, see its README). They sit
// just below what the probe measures (0.735 / 0.530 when it was written,
// 0.751 / 0.579 at the end of that day's work, 0.762 / 0.593 at the end of
// the third session, 0.773 / 0.609 at the end of the fourth, 0.790 / 0.617
// at the end of the fifth, 0.784 / 0.617 at the end of the sixth, 0.784 /
// 0.623 at the end of the seventh, 0.790 / 0.637 at the end of the
// eighth), and the probe is never used to choose fixes:
// a fall below them is a regression in generalisation, and a rise is only
// evidence if nobody read the misses to get it.
// Floors raised to just below the fourteenth session's end (root 0.806,
// root+dyad 0.656).
const (
	// Raised in the eleventh session to just below (caps just above) its
	// end; docs/accuracy.md has the figures.
	floorProbe2Root = 0.83
	floorProbe2Dyad = 0.72
	// maxProbe2FalsePos is how many no-event sentences may code an event.
	maxProbe2FalsePos = 3
	// maxProbe2Extra caps the extra roots (probeScore.extra), set in the
	// tenth session just above its end (107; see docs/eval.md).
	maxProbe2Extra = 93
)

// probeScore is the outcome of scoring one probe file with the rule in
// testdata/probe/README.md.
type probeScore struct {
	events, root, dyad  int
	noEvent, falsePos   int
	misses, falseEvents []string // one line each, for t.Log
	// extra counts, over the sentences that expect events, the distinct
	// roots we coded (not negated) that no expected line of the sentence
	// has: the
	// probes' only measure of precision where events are due. A probe
	// whose writer listed just the first pair of a meeting still lists
	// its root, so a symmetric pair is never an extra.
	extra, sentences int
	extraEvents      []string
	// Of the extra roots, those parley codes by a convention the
	// project documents and the shared gold follows, though the set's
	// writer did not list them (docs/coding.md): the statement beside an
	// act the speaker reports of itself (010), the accusation beside
	// violence reported of another party (112), and the arrest beside a
	// prison sentence (173). Counted apart so that the rest, the real
	// precision faults, stand out; they still count in extra and its cap.
	extraStatement, extraAccusation, extraPrison int
	// Why the expected lines missed, as counts only, so that a held-out
	// probe can say which stage it points at without anyone reading its
	// misses: nothing coded in the sentence, the root coded only negated,
	// the root not coded, or the root coded with a wrong source, target
	// or both.
	missNothing, missNegated, missRoot, missSrc, missTgt, missBoth int
	// missRoot split: the sentence's other expected roots were coded (an
	// event of a several-event sentence missed) or none was (a wrong reading).
	missRootBeside int
}

// causes is the miss breakdown as one log line.
func (s probeScore) causes() string {
	return fmt.Sprintf("nothing coded %d, root only negated %d, root not coded %d (beside another expected root %d, other roots only %d), root with wrong sides %d (source %d, target %d, both %d)",
		s.missNothing, s.missNegated, s.missRoot, s.missRootBeside, s.missRoot-s.missRootBeside, s.missSrc+s.missTgt+s.missBoth, s.missSrc, s.missTgt, s.missBoth)
}

func (s probeScore) rootRate() float64 { return ratio(s.root, s.events) }
func (s probeScore) dyadRate() float64 { return ratio(s.dyad, s.events) }

// readProbe reads a probe file in the five-column format of
// testdata/probe/README.md; TestProbe and TestProbe2 share it.
func readProbe(path string) ([]probeLine, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open probe: %w", err)
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
			return nil, fmt.Errorf("%s:%d: %d fields, want 5", path, n, len(p))
		}
		lines = append(lines, probeLine{p[0], p[1], p[2], p[3], p[4]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return lines, nil
}

// scoreProbe codes every distinct sentence of lines once with the default
// pipeline and scores each expected line against the non-negated events.
func scoreProbe(ctx context.Context, lines []probeLine) (probeScore, error) {
	c, err := pipeline.New()
	if err != nil {
		return probeScore{}, fmt.Errorf("pipeline: %w", err)
	}
	coded := map[string][]event.Event{}
	negated := map[string][]event.Event{}
	for _, l := range lines {
		key := l.date + "\t" + l.sentence
		if _, ok := coded[key]; ok {
			continue
		}
		evs, err := c.Code(ctx, story.Story{ID: "probe", Date: l.date, Text: l.sentence})
		if err != nil {
			return probeScore{}, fmt.Errorf("code %q: %w", l.sentence, err)
		}
		var kept []event.Event
		for _, e := range evs {
			if !e.Modality.Negated {
				kept = append(kept, e)
			} else {
				negated[key] = append(negated[key], e)
			}
		}
		coded[key] = kept
	}
	var s probeScore
	s.countExtra(lines, coded)
	for _, l := range lines {
		evs := coded[l.date+"\t"+l.sentence]
		if l.code == "---" {
			s.noEvent++
			if len(evs) > 0 {
				s.falsePos++
				s.falseEvents = append(s.falseEvents, fmt.Sprintf("%s | ours %s", l.sentence, describeEvents(evs)))
			}
			continue
		}
		s.events++
		r, d := false, false
		srcOK, tgtOK := false, false
		for _, e := range evs {
			if e.CAMEORoot != Root(l.code) {
				continue
			}
			r = true
			okS, okT := probeSide(l.src, e.Source), probeSide(l.tgt, e.Target)
			srcOK, tgtOK = srcOK || okS, tgtOK || okT
			if okS && okT {
				d = true
			}
		}
		switch {
		case d:
		case r && srcOK:
			s.missTgt++
		case r && tgtOK:
			s.missSrc++
		case r:
			s.missBoth++
		case len(evs) == 0 && len(negated[l.date+"\t"+l.sentence]) == 0:
			s.missNothing++
		case hasRoot(negated[l.date+"\t"+l.sentence], Root(l.code)):
			s.missNegated++
		default:
			s.missRoot++
			for _, o := range lines {
				if o.date == l.date && o.sentence == l.sentence && Root(o.code) != Root(l.code) && hasRoot(evs, Root(o.code)) {
					s.missRootBeside++
					break
				}
			}
		}
		if r {
			s.root++
		}
		if d {
			s.dyad++
		}
		if !d {
			kind := "root+dyad"
			if r {
				kind = "dyad"
			}
			s.misses = append(s.misses, fmt.Sprintf("%s miss: %s | want %s %s→%s | ours %s",
				kind, l.sentence, l.code, l.src, l.tgt, describeEvents(evs)))
		}
	}
	return s, nil
}

func hasRoot(evs []event.Event, root string) bool {
	for _, e := range evs {
		if e.CAMEORoot == root {
			return true
		}
	}
	return false
}

// countExtra fills s.extra and s.sentences from the coded events of each
// sentence that expects at least one event.
func (s *probeScore) countExtra(lines []probeLine, coded map[string][]event.Event) {
	want := map[string]map[string]bool{}
	var order []string
	for _, l := range lines {
		if l.code == "---" {
			continue
		}
		key := l.date + "\t" + l.sentence
		if want[key] == nil {
			want[key] = map[string]bool{}
			order = append(order, key)
		}
		want[key][Root(l.code)] = true
	}
	for _, key := range order {
		s.sentences++
		seen := map[string]bool{}
		for _, e := range coded[key] {
			// Hypothetical events count here as they do in the root and
			// dyad rates and the no-event count (negated ones were left
			// out when the sentence was coded): one rule for every
			// figure of the probes, whichever way it cuts.
			if want[key][e.CAMEORoot] || seen[e.CAMEORoot] {
				continue
			}
			seen[e.CAMEORoot] = true
			s.extra++
			switch conventionExtra(e.CAMEORoot, coded[key]) {
			case "010":
				s.extraStatement++
			case "112":
				s.extraAccusation++
			case "173":
				s.extraPrison++
			}
			_, sentence, _ := strings.Cut(key, "\t")
			s.extraEvents = append(s.extraEvents, fmt.Sprintf("%s | extra root %s | ours %s", sentence, e.CAMEORoot, describeEvents(coded[key])))
		}
	}
}

// conventionExtra names the documented convention that explains every
// event of an extra root in a sentence ("010", "112" or "173"), or "".
// A root with any event the conventions do not explain is a plain extra.
func conventionExtra(root string, evs []event.Event) string {
	conv := ""
	for i := range evs {
		e := &evs[i]
		if e.CAMEORoot != root {
			continue
		}
		c := ""
		switch {
		case e.CAMEO == "010" && besideOwnAct(e, evs):
			c = "010"
		case e.CAMEO == "112" && besideViolence(e, evs):
			c = "112"
		case e.CAMEO == "173" && besideSentence(e, evs):
			c = "173"
		}
		if c == "" || conv != "" && conv != c {
			return ""
		}
		conv = c
	}
	return conv
}

// besideOwnAct: the statement's speaker is the source of another event of
// the sentence, the act it reports of itself.
func besideOwnAct(st *event.Event, evs []event.Event) bool {
	for i := range evs {
		e := &evs[i]
		if e.CAMEORoot != "01" && sameSide(st.Source, e.Source) {
			return true
		}
	}
	return false
}

// besideViolence: the sentence codes violence (roots 18-20) whose source
// is the accused, the accusation's target.
func besideViolence(acc *event.Event, evs []event.Event) bool {
	for i := range evs {
		e := &evs[i]
		if (e.CAMEORoot == "18" || e.CAMEORoot == "19" || e.CAMEORoot == "20") && sameSide(acc.Target, e.Source) {
			return true
		}
	}
	return false
}

// besideSentence: the sentence codes a conviction or sentence (116) with
// the arrest's sides.
func besideSentence(ar *event.Event, evs []event.Event) bool {
	for i := range evs {
		e := &evs[i]
		if e.CAMEO == "116" && sameSide(ar.Source, e.Source) && sameSide(ar.Target, e.Target) {
			return true
		}
	}
	return false
}

// sameSide: two sides name the same first actor, by the probes' key;
// two empty sides are no match.
func sameSide(a, b []event.Actor) bool {
	return len(a) > 0 && len(b) > 0 && ActorKey(a[0]) == ActorKey(b[0])
}

// probeSide is the side rule of both probes: "---" matches an empty or
// unknown side, anything else must be the key of one of the actors.
func probeSide(want string, as []event.Actor) bool {
	if want == Unknown {
		return len(as) == 0 || ActorKey(as[0]) == Unknown
	}
	for _, a := range as {
		if ActorKey(a) == want {
			return true
		}
	}
	return false
}

// describeEvents renders events compactly as "code src→tgt" so a miss
// line shows what parley did instead.
func describeEvents(evs []event.Event) string {
	if len(evs) == 0 {
		return "none"
	}
	var out []string
	for _, e := range evs {
		out = append(out, fmt.Sprintf("%s %s→%s", e.CAMEO,
			strings.Join(sideKeys(e.Source), "+"), strings.Join(sideKeys(e.Target), "+")))
	}
	sort.Strings(out)
	return strings.Join(out, "; ")
}

func TestProbe2(t *testing.T) {
	checkHeldOut(t, heldOut{
		name: "probe2", path: "testdata/probe2/probe2.tsv", missesEnv: "PARLEY_PROBE2_MISSES",
		floorRoot: floorProbe2Root, floorDyad: floorProbe2Dyad, maxFalsePos: maxProbe2FalsePos,
		maxExtra: maxProbe2Extra,
	})
}

// heldOut names a held-out probe and the floors it must stay above.
type heldOut struct {
	name, path           string
	missesEnv            string // set to print the misses, for the day the probe is retired
	floorRoot, floorDyad float64
	maxFalsePos          int
	// maxExtra caps the extra roots (see probeScore.extra); 0 means no
	// limit, for the sets whose writers listed only the main event.
	maxExtra int
}

// checkHeldOut scores a held-out probe and fails below its floors. The
// misses name held-out sentences, and anyone running `go test -run Probe
// -v` would read them: they are printed only on request.
func checkHeldOut(t *testing.T, h heldOut) {
	t.Helper()
	lines, err := readProbe(h.path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := scoreProbe(context.Background(), lines)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv(h.missesEnv) != "" {
		for _, m := range s.misses {
			t.Log(m)
		}
		for _, m := range s.falseEvents {
			t.Log("no-event sentence coded: " + m)
		}
		for _, m := range s.extraEvents {
			t.Log(m)
		}
	}
	t.Logf("%s: %d events, root %.3f (%d), root+dyad %.3f (%d), no-event false positives %d/%d, extra roots %d on %d event sentences",
		h.name, s.events, s.rootRate(), s.root, s.dyadRate(), s.dyad, s.falsePos, s.noEvent, s.extra, s.sentences)
	t.Logf("%s extra roots by documented convention: statement beside own act %d, accusation beside reported violence %d, arrest beside prison sentence %d; other extra roots %d",
		h.name, s.extraStatement, s.extraAccusation, s.extraPrison, s.extra-s.extraStatement-s.extraAccusation-s.extraPrison)
	t.Logf("%s misses: %s", h.name, s.causes())
	if s.rootRate() < h.floorRoot || s.dyadRate() < h.floorDyad {
		t.Errorf("%s root %.3f / dyad %.3f below the floors %.2f / %.2f",
			h.name, s.rootRate(), s.dyadRate(), h.floorRoot, h.floorDyad)
	}
	if h.maxExtra > 0 && s.extra > h.maxExtra {
		t.Errorf("%s: %d extra roots on event sentences (at most %d allowed)", h.name, s.extra, h.maxExtra)
	}
	if s.falsePos > h.maxFalsePos {
		t.Errorf("%d of %d no-event %s sentences coded events (at most %d allowed)",
			s.falsePos, s.noEvent, h.name, h.maxFalsePos)
	}
}

// TestProbe2Format keeps the file well-formed as it is edited: every line
// has a date, known-shaped country keys and a CAMEO code, and the
// multi-event lines of one sentence are adjacent.
func TestProbe2Format(t *testing.T) { checkProbeFormat(t, "testdata/probe2/probe2.tsv") }

// checkProbeFormat is the format check every probe file shares.
func checkProbeFormat(t *testing.T, path string) {
	t.Helper()
	lines, err := readProbe(path)
	if err != nil {
		t.Fatal(err)
	}
	// `parley eval` must read every probe as its own TSV gold.
	if _, err := ReadFile(FormatTSV, path); err != nil {
		t.Error(err)
	}
	seen := map[string]int{}
	for i, l := range lines {
		if len(l.date) != 10 || l.date[4] != '-' || l.date[7] != '-' {
			t.Errorf("line %d: bad date %q", i, l.date)
		}
		for _, k := range []string{l.src, l.tgt} {
			if len(k) != 3 || strings.ToUpper(k) != k {
				t.Errorf("line %d: bad country key %q", i, k)
			}
		}
		if l.code != "---" {
			if n := len(l.code); n < 3 || n > 4 || Root(l.code) == l.code {
				t.Errorf("line %d: bad CAMEO code %q", i, l.code)
			}
		} else if l.src != "---" || l.tgt != "---" {
			t.Errorf("line %d: a no-event line has countries %s/%s", i, l.src, l.tgt)
		}
		key := l.date + "\t" + l.sentence
		if j, ok := seen[key]; ok && j != i-1 {
			t.Errorf("line %d: sentence repeats line %d but not next to it", i, j)
		}
		seen[key] = i
	}
}
