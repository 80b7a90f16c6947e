package eval

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// raterColumn matches the primary-action column of rater k.
var raterColumn = regexp.MustCompile(`^Action1_CAMEO_(\d+)$`)

// raterValue matches "P-R Name": PentaClass P, CAMEO root R (1–20, not
// zero-padded).
var raterValue = regexp.MustCompile(`^\s*(\d+)\s*-\s*(\d+)\b`)

// ReadConfliBERT reads one ConfliBERT annotation summary CSV. Each row is a
// sentence (column "sentences"); each Action1_CAMEO_k column is rater k's
// primary action. Majority is the root given by more than half of the
// raters who gave one; rows without such a majority are kept with Skip set.
func ReadConfliBERT(r io.Reader, name string) ([]Record, error) {
	cr := csv.NewReader(&capReader{r: r, left: maxFileBytes, name: name})
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, fmt.Errorf("eval: %s header: %w", name, err)
	}
	col := map[string]int{}
	type rater struct{ k, idx int }
	var raters []rater
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if _, dup := col[h]; !dup {
			col[h] = i
		}
		if m := raterColumn.FindStringSubmatch(h); m != nil {
			k, _ := strconv.Atoi(m[1])
			raters = append(raters, rater{k, i})
		}
	}
	// Rater order, not column order: the files put raters' columns in
	// varying places.
	sort.SliceStable(raters, func(a, b int) bool { return raters[a].k < raters[b].k })
	textCol, ok := col["sentences"]
	if !ok {
		return nil, fmt.Errorf("eval: %s: no \"sentences\" column", name)
	}
	idCol, hasID := col["ids"]
	var recs []Record
	for row := 2; ; row++ {
		fields, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("eval: %s row %d: %w", name, row, err)
		}
		rec := Record{Format: FormatConfliBERT, File: name}
		if hasID && idCol < len(fields) {
			rec.ID = strings.TrimSpace(fields[idCol])
		}
		if rec.ID == "" {
			rec.ID = name + "#" + strconv.Itoa(row)
		}
		if textCol < len(fields) {
			rec.Text = normSpace(toUTF8(fields[textCol]))
		}
		if len(fields) < len(header) {
			rec.Notes = append(rec.Notes, fmt.Sprintf("row %d has %d fields, the header %d; the missing columns are read as empty", row, len(fields), len(header)))
		}
		for _, rt := range raters {
			if rt.idx >= len(fields) {
				continue
			}
			v := fields[rt.idx]
			if root := raterRoot(v); root != "" {
				rec.Raters = append(rec.Raters, root)
			} else if strings.TrimSpace(v) != "" {
				rec.Notes = append(rec.Notes, fmt.Sprintf("rater %d's action %q is not \"P-R Name\" with a CAMEO root 1-20; ignored", rt.k, clip(toUTF8(v))))
			}
		}
		rec.Majority = majority(rec.Raters)
		switch {
		case rec.Text == "":
			rec.Skip, rec.SkipReason = true, "no text"
		case len(rec.Raters) == 0:
			rec.Skip, rec.SkipReason = true, "no rater coded an action"
		case rec.Majority == "":
			rec.Skip, rec.SkipReason = true, "no majority root"
		}
		recs = append(recs, rec)
	}
	return recs, nil
}

// raterRoot turns "4-18 Assualt" into "18"; "" for anything else.
func raterRoot(v string) string {
	m := raterValue.FindStringSubmatch(v)
	if m == nil {
		return ""
	}
	n, err := strconv.Atoi(m[2])
	if err != nil || n < 1 || n > 20 {
		return ""
	}
	return fmt.Sprintf("%02d", n)
}

// majority is the value held by more than half of vs, or "".
func majority(vs []string) string {
	count := map[string]int{}
	for _, v := range vs {
		count[v]++
		if 2*count[v] > len(vs) {
			// Keep counting is unnecessary: a strict majority is unique.
			return v
		}
	}
	return ""
}

// ConfliBERTFiles picks one summary file per training round under dir (the
// conflibert folder, or one round folder): the highest summary_vN.csv, else
// summary.csv. Later versions add raters' codings the first export missed.
func ConfliBERTFiles(dir string) ([]string, error) {
	rounds := []string{dir}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	var sub []string
	for _, e := range ents {
		if e.IsDir() && strings.HasPrefix(e.Name(), "training_round_") {
			sub = append(sub, filepath.Join(dir, e.Name()))
		}
	}
	if len(sub) > 0 {
		sort.Slice(sub, func(a, b int) bool { return roundNumber(sub[a]) < roundNumber(sub[b]) })
		rounds = sub
	}
	var files []string
	for _, rd := range rounds {
		if f := pickSummary(rd); f != "" {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("eval: no ConfliBERT summary*.csv under %s", dir)
	}
	return files, nil
}

func roundNumber(path string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(filepath.Base(path), "training_round_"))
	return n
}

var summaryVersion = regexp.MustCompile(`^summary(?:_v(\d+))?\.csv$`)

func pickSummary(dir string) string {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	best, bestV := "", -1
	for _, e := range ents {
		m := summaryVersion.FindStringSubmatch(e.Name())
		if m == nil || e.IsDir() {
			continue
		}
		v := 0 // plain summary.csv ranks below summary_v1.csv
		if m[1] != "" {
			v, _ = strconv.Atoi(m[1])
			v++
		}
		if v > bestV {
			best, bestV = filepath.Join(dir, e.Name()), v
		}
	}
	return best
}

// ReadConfliBERTDir reads the files ConfliBERTFiles picks, labelling each
// record's Category with its round folder.
func ReadConfliBERTDir(dir string) ([]Record, error) {
	files, err := ConfliBERTFiles(dir)
	if err != nil {
		return nil, err
	}
	var all []Record
	for _, f := range files {
		recs, err := ReadFile(FormatConfliBERT, f)
		if err != nil {
			return nil, err
		}
		all = append(all, recs...)
	}
	return all, nil
}
