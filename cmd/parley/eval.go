package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/parley-events/parley/eval"
	"github.com/parley-events/parley/pipeline"
	"github.com/parley-events/parley/story"
)

const evalHelp = `Usage: parley eval [--format F] [--json] [--misses] [--modal] FILE...
       parley eval --shared [--json] [--misses]

Scores parley's coder against gold-standard event records and prints
precision, recall and F1 of (source country, target country, code) at root,
code and dyad level, record-level exact rates, PLOVER type accuracy,
ConfliBERT majority agreement, event location agreement, a per-root and
per-category breakdown and a confusion table. See docs/eval.md for the
definitions.

Formats: petrarch (PETRARCH/UniversalPetrarch validation XML), tabari
(TABARI Validate.text), plover (PLOVER GSR JSON), conflibert (annotation
summary CSV, or the conflibert folder: one summary file per round), tsv
(your own gold: date, sentence, source, target and CAMEO code per line; see
docs/eval.md), auto (sniff each file). Files of one format are scored
together.

--shared scores every gold set in ../shared/third_party (or $PARLEY_SHARED).

The third-party readers are lenient: what they cannot read in a record (an
ill-typed field, a malformed gold group, a rater cell that is no root, a
record cut off at the end of the file) is left out and named on stderr as
"parley eval: warning: ...", and the rest is scored (exit 0). A file with
no record left to score is an error (exit 1).

Flags:
`

// maxWarnings bounds the reader warnings eval prints per set.
const maxWarnings = 50

func cmdEval(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", eval.FormatAuto, "gold `format`: petrarch, tabari, plover, conflibert, tsv or auto")
	asJSON := fs.Bool("json", false, "print the full reports as JSON")
	misses := fs.Bool("misses", false, "list every miss with the sentence, gold, ours and the explain output")
	modal := fs.Bool("modal", false, "also count negated and hypothetical events")
	shared := fs.Bool("shared", false, "score every gold set in ../shared/third_party")
	workers := fs.Int("workers", 0, "concurrent coders (0: one per CPU)")
	fs.Usage = func() { fmt.Fprint(stderr, evalHelp); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *format != eval.FormatAuto && !slices.Contains(eval.Formats(), *format) {
		fmt.Fprintf(stderr, "parley eval: unknown --format %q\n", *format)
		return 2
	}
	if *shared == (fs.NArg() > 0) {
		fmt.Fprintln(stderr, "parley eval: give gold FILEs or --shared (one of them)")
		fs.Usage()
		return 2
	}

	var sets []eval.Set
	if *shared {
		dir, err := eval.ThirdPartyDir()
		if err != nil {
			fmt.Fprintf(stderr, "parley eval: %s\n", errMsg("eval", err))
			return 1
		}
		for _, s := range eval.SharedSets() {
			got, err := eval.LoadSets(s.Format, []string{filepath.Join(dir, s.Path)})
			if err != nil {
				fmt.Fprintf(stderr, "parley eval: %s\n", errMsg("eval", err))
				return 1
			}
			for i := range got {
				got[i].Name = s.Name + " (" + s.Path + ")"
			}
			sets = append(sets, got...)
		}
	} else {
		var err error
		sets, err = eval.LoadSets(*format, fs.Args())
		if err != nil {
			fmt.Fprintf(stderr, "parley eval: %s\n", errMsg("eval", err))
			return 1
		}
	}

	for _, set := range sets {
		// Lenient reads still score what they could read; a warning keeps
		// the rest from being lost silently without changing the exit status.
		// A hostile file could hold a million damaged rows: the first
		// maxWarnings are shown and the rest counted.
		warns := eval.Warnings(set.Records)
		for i, w := range warns {
			if i == maxWarnings {
				fmt.Fprintf(stderr, "parley eval: warning: ... and %d more in %s\n", len(warns)-maxWarnings, strings.Join(set.Files, ", "))
				break
			}
			fmt.Fprintf(stderr, "parley eval: warning: %s\n", w)
		}
		// A file holding nothing but cut-off records has no gold at all,
		// and one whose every record is skipped (a JSON file of stories
		// read as PLOVER gold: no event types) would score nothing with
		// exit 0, which reads as a result.
		scorable := 0
		for _, r := range set.Records {
			if !r.Skip {
				scorable++
			}
		}
		if scorable == 0 && len(set.Records) > 0 && len(set.Records) != countCutOff(set.Records) {
			fmt.Fprintf(stderr, "parley eval: no gold record to score in %s as %s: all %d records are skipped (%s)\n",
				strings.Join(set.Files, ", "), set.Format, len(set.Records), skipSummary(set.Records))
			return 1
		}
		if len(set.Records) == countCutOff(set.Records) {
			fmt.Fprintf(stderr, "parley eval: no gold records in %s as %s (is the file empty, or --format wrong?)\n", strings.Join(set.Files, ", "), set.Format)
			return 1
		}
	}
	pl, err := loadPipeline()
	if err != nil {
		fmt.Fprintf(stderr, "parley eval: %s\n", errMsg("eval", err))
		return 1
	}
	var coder pipeline.Coder = pl
	opt := eval.Options{Misses: *misses, KeepModal: *modal, Workers: *workers}
	if *misses {
		opt.Explainer = explainerFor(coder)
	}
	if pl, ok := coder.(eval.PlaceLookup); ok {
		opt.Places = pl
	} else if p, ok := coder.(*pipeline.Pipeline); ok {
		if pl := eval.GazetteerLookup(p); pl != nil {
			opt.Places = pl
		}
	}

	type out struct {
		eval.Set
		Report *eval.Report `json:"report"`
	}
	var results []out
	for _, s := range sets {
		rep, err := eval.Evaluate(context.Background(), coder, s.Records, opt)
		if err != nil {
			fmt.Fprintf(stderr, "parley eval: %s: %s\n", s.Name, errMsg("eval", err))
			return 1
		}
		if *asJSON {
			results = append(results, out{s, rep})
			continue
		}
		if err := rep.WriteText(stdout, s.Name); err != nil {
			fmt.Fprintf(stderr, "parley eval: %s\n", errMsg("eval", err))
			return 1
		}
		fmt.Fprintln(stdout)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(map[string]any{"sets": results}); err != nil {
			fmt.Fprintf(stderr, "parley eval: %s\n", errMsg("eval", err))
			return 1
		}
	}
	return 0
}

// storyExplainer is what `parley explain` uses; when the coder has it, the
// misses carry its account of the sentence.
type storyExplainer interface {
	Explain(w io.Writer, s story.Story) error
}

type explainAdapter struct{ e storyExplainer }

func (a explainAdapter) Explain(sentence, date string) string {
	var b strings.Builder
	if err := a.e.Explain(&b, story.Story{ID: "eval", Date: date, Text: sentence}); err != nil {
		return b.String() + err.Error() + "\n"
	}
	return b.String()
}

func explainerFor(c pipeline.Coder) eval.Explainer {
	switch e := c.(type) {
	case eval.Explainer:
		return e
	case storyExplainer:
		return explainAdapter{e}
	}
	return nil
}

func countCutOff(recs []eval.Record) int {
	n := 0
	for _, r := range recs {
		if r.SkipReason == eval.SkipCutOff {
			n++
		}
	}
	return n
}

// skipSummary counts skipped records by reason, most frequent first.
func skipSummary(recs []eval.Record) string {
	count := map[string]int{}
	for _, r := range recs {
		if r.Skip {
			count[r.SkipReason]++
		}
	}
	reasons := make([]string, 0, len(count))
	for k := range count {
		reasons = append(reasons, k)
	}
	sort.Slice(reasons, func(i, j int) bool {
		if count[reasons[i]] != count[reasons[j]] {
			return count[reasons[i]] > count[reasons[j]]
		}
		return reasons[i] < reasons[j]
	})
	parts := make([]string, len(reasons))
	for i, k := range reasons {
		parts[i] = fmt.Sprintf("%s: %d", k, count[k])
	}
	return strings.Join(parts, ", ")
}
