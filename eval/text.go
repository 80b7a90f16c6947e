package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// maxConfusionRows bounds the off-diagonal confusion cells printed as text;
// --json has them all.
const maxConfusionRows = 25

// WriteText prints the report as readable tables. title heads it (a file
// or set name). Misses are printed when the report has them.
func (r *Report) WriteText(w io.Writer, title string) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	p := func(format string, args ...any) { fmt.Fprintf(tw, format, args...) }
	p("== %s\n", title)
	p("records %d, scored %d, skipped %d", r.Records, r.Scored, r.Skipped)
	if len(r.SkipReasons) > 0 {
		var parts []string
		for _, k := range sortedKeys(r.SkipReasons) {
			parts = append(parts, fmt.Sprintf("%s: %d", k, r.SkipReasons[k]))
		}
		p(" (%s)", strings.Join(parts, "; "))
	}
	p(", events coded %d, coder errors %d\n\n", r.Events, r.CoderErrors)
	if c := r.CAMEO; c != nil {
		p("level\tprecision\trecall\tF1\tTP\tFP\tFN\n")
		for _, row := range []struct {
			name string
			v    PRF
		}{{"root (src,tgt,root)", c.Root}, {"code (src,tgt,code)", c.Code}, {"dyad (src,tgt)", c.Dyad}, {"root, any sides", c.RootOnly}} {
			p("%s\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\n", row.name, row.v.Precision, row.v.Recall, row.v.F1, row.v.TP, row.v.FP, row.v.FN)
		}
		p("\nrecord-level\trate\thits/n\n")
		rate := func(name string, v Rate) { p("%s\t%.3f\t%d/%d\n", name, v.Rate, v.Hits, v.N) }
		rate("exact-root", c.ExactRoot)
		rate("exact-code", c.ExactCode)
		rate("set-equal root", c.SetEqualRoot)
		rate("set-equal code", c.SetEqualCode)
		if c.NoEvent.N > 0 {
			rate("noevents kept empty", c.NoEvent)
		}
		p("\n")
	}
	if pl := r.PLOVER; pl != nil {
		p("PLOVER\trate\thits/n\n")
		p("type\t%.3f\t%d/%d\n", pl.Type.Rate, pl.Type.Hits, pl.Type.N)
		p("type + source/target country\t%.3f\t%d/%d\n", pl.TypeDyad.Rate, pl.TypeDyad.Hits, pl.TypeDyad.N)
		if l := r.Location; l != nil {
			p("location (gold eventLoc)\t%.3f\t%d/%d\n", l.Rate, l.Hits, l.N)
		}
		p("\n")
	}
	if m := r.ConfliBERT; m != nil {
		p("ConfliBERT\trate\thits/n\n")
		p("majority root among ours\t%.3f\t%d/%d\n\n", m.Rate, m.Hits, m.N)
	}
	if len(r.PerClass) > 0 {
		p("class\tsupport\tprecision\trecall\tF1\tTP\tFP\tFN\n")
		for _, c := range r.PerClass {
			p("%s\t%d\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\n", c.Class, c.Support, c.Precision, c.Recall, c.F1, c.TP, c.FP, c.FN)
		}
		p("\n")
	}
	if len(r.PerCategory) > 1 {
		p("category\trate\thits/n\n")
		for _, c := range r.PerCategory {
			p("%s\t%.3f\t%d/%d\n", c.Category, c.Rate.Rate, c.Hits, c.N)
		}
		p("\n")
	}
	if len(r.MissCauses) > 0 {
		p("misses by cause\trecords\n")
		causes := sortedKeys(r.MissCauses)
		sort.SliceStable(causes, func(i, j int) bool { return r.MissCauses[causes[i]] > r.MissCauses[causes[j]] })
		for _, c := range causes {
			p("%s\t%d\n", c, r.MissCauses[c])
		}
		p("\n")
	}
	if off := offDiagonal(r.Confusion); len(off) > 0 {
		p("confusion (gold → ours, off-diagonal, most frequent first)\tn\n")
		for i, c := range off {
			if i == maxConfusionRows {
				p("… %d more cells (see --json)\t\n", len(off)-i)
				break
			}
			p("%s → %s\t%d\n", c.Gold, c.Ours, c.N)
		}
		p("\n")
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("eval: writing report: %w", err)
	}
	for _, m := range r.Misses {
		fmt.Fprintf(w, "MISS %s [%s] %s\n  sentence: %s\n", m.ID, m.What, m.Category, m.Sentence)
		if m.Cause != "" {
			fmt.Fprintf(w, "  cause:    %s\n", m.Cause)
		}
		fmt.Fprintf(w, "  gold:     %s\n", strings.Join(m.Gold, "; "))
		ours := strings.Join(m.Ours, "; ")
		if ours == "" {
			ours = "(nothing)"
		}
		fmt.Fprintf(w, "  ours:     %s\n", ours)
		if m.Reason != "" {
			fmt.Fprintf(w, "  why:      %s\n", strings.ReplaceAll(strings.TrimSpace(m.Reason), "\n", "\n            "))
		}
	}
	return nil
}

func offDiagonal(cells []Cell) []Cell {
	var out []Cell
	for _, c := range cells {
		if c.Gold != c.Ours {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].N > out[b].N })
	return out
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
