// Package eval reads third-party gold-standard event records (PETRARCH XML,
// TABARI validation text, PLOVER GSR JSON, ConfliBERT annotation CSV) and
// scores a pipeline.Coder against them. See docs/eval.md for every metric.
//
// The gold files are never part of parley: they are read from
// ../shared/third_party at run time by tests and by `parley eval`.
package eval

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Format names, as accepted by ReadFile and `parley eval --format`.
const (
	FormatPetrarch   = "petrarch"
	FormatTabari     = "tabari"
	FormatPLOVER     = "plover"
	FormatConfliBERT = "conflibert"
	FormatAuto       = "auto"
	// FormatTSV ("tsv") is declared in tsv.go with its reader.
)

// Formats lists the concrete formats in a stable order.
func Formats() []string {
	return []string{FormatPetrarch, FormatTabari, FormatPLOVER, FormatConfliBERT, FormatTSV}
}

// maxFileBytes bounds one gold file read into memory. The largest shared
// file is about 3 MB, and 64 MiB is some 200,000 sentences of gold; the
// bound keeps a wrong path (a disk image, /dev/zero, a 200 MB log) from
// costing gigabytes, which the readers' scanning did at 256 MiB.
const maxFileBytes = 64 << 20

// capReader reads r but fails, rather than stopping quietly as
// io.LimitReader does, once more than max bytes have come through, so a
// reader that streams (CSV) cannot score a file cut at the limit.
type capReader struct {
	r    io.Reader
	left int64
	name string
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left < 0 {
		return 0, fmt.Errorf("eval: %s is larger than %d bytes", c.name, maxFileBytes)
	}
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	if c.left < 0 {
		return 0, fmt.Errorf("eval: %s is larger than %d bytes", c.name, maxFileBytes)
	}
	return n, err
}

// GoldEvent is one expected event. Source and Target are CAMEO-style actor
// codes as the gold file writes them ("" when the gold names none); Code is
// a CAMEO event code ("" for PLOVER gold), PloverType a PLOVER 2.0 type (""
// for CAMEO gold).
type GoldEvent struct {
	Source     string `json:"source"`
	Target     string `json:"target"`
	Code       string `json:"code,omitempty"`
	PloverType string `json:"plover_type,omitempty"`
}

// GoldLoc is a gold event location. CountryCode is what the file gives
// (PLOVER uses ISO 3166-1 alpha-2); HasCoord says Lat/Lon are meaningful.
type GoldLoc struct {
	Name        string  `json:"name"`
	CountryCode string  `json:"country_code,omitempty"`
	Lat         float64 `json:"lat,omitempty"`
	Lon         float64 `json:"lon,omitempty"`
	HasCoord    bool    `json:"has_coord,omitempty"`
}

// Record is one gold sentence with what should be coded from it.
type Record struct {
	Format   string      `json:"format"`
	File     string      `json:"file,omitempty"`
	ID       string      `json:"id"`
	Date     string      `json:"date"` // YYYY-MM-DD or "" when the file's date is unusable
	Text     string      `json:"text"` // whitespace-normalised
	Category string      `json:"category,omitempty"`
	Gold     []GoldEvent `json:"gold,omitempty"`
	// NoEvent says the gold expects nothing to be coded (PETRARCH
	// noevents/error, TABARI {---}/{+++}/{###}).
	NoEvent bool `json:"no_event,omitempty"`
	// Error is PETRARCH's expected error ("storydiscard", "dateline", …);
	// such records also have NoEvent set.
	Error string `json:"error,omitempty"`
	// Majority is the ConfliBERT raters' strict-majority CAMEO root ("" when
	// there is none); Raters holds each rater's root in column order.
	Majority string   `json:"majority,omitempty"`
	Raters   []string `json:"raters,omitempty"`
	Loc      *GoldLoc `json:"loc,omitempty"`
	// Skip marks a record that is read but not scored, for SkipReason.
	Skip       bool   `json:"skip,omitempty"`
	SkipReason string `json:"skip_reason,omitempty"`
	// Notes says what a lenient reader found in this record but could not
	// read and left out (an ill-typed field, a malformed gold group, a
	// rater value that is no CAMEO root), one phrase each. Warnings reports
	// them, so a damaged file is never scored silently.
	Notes []string `json:"notes,omitempty"`
}

// ReadFile reads one gold file (or, for conflibert, a directory of rounds;
// see ReadConfliBERTDir) in the given format. FormatAuto sniffs it.
func ReadFile(format, path string) ([]Record, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	if st.IsDir() {
		if format != FormatConfliBERT && format != FormatAuto {
			return nil, fmt.Errorf("eval: %s is a directory; only the conflibert format reads directories", path)
		}
		return ReadConfliBERTDir(path)
	}
	if st.Mode().IsRegular() && st.Size() > maxFileBytes {
		// Refused by its size: reading it first cost 64 MiB of memory
		// and the time to read them, for an error. A pipe or device has
		// no size and is read up to the limit.
		return nil, fmt.Errorf("eval: %s is larger than %d bytes", path, maxFileBytes)
	}
	data, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	if format == FormatAuto || format == "" {
		format = Sniff(path, data)
		if format == "" {
			return nil, fmt.Errorf("eval: %s: cannot tell the gold format; pass --format", path)
		}
	}
	name := path
	var recs []Record
	r := bytes.NewReader(data) // not a string copy: a second 64 MiB at the limit
	switch format {
	case FormatPetrarch:
		recs, err = ReadPetrarch(r, name)
	case FormatTabari:
		recs, err = ReadTabari(r, name)
	case FormatPLOVER:
		recs, err = ReadPLOVER(r, name)
	case FormatTSV:
		recs, err = ReadTSV(r, name)
	case FormatConfliBERT:
		recs, err = ReadConfliBERT(r, name)
		if err == nil {
			cat := filepath.Base(filepath.Dir(path))
			for i := range recs {
				recs[i].Category = cat
			}
		}
	default:
		return nil, fmt.Errorf("eval: unknown format %q (want %s)", format, strings.Join(Formats(), ", "))
	}
	if err != nil {
		return nil, err
	}
	return recs, nil
}

func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("eval: reading %s: %w", path, err)
	}
	if len(data) > maxFileBytes {
		return nil, fmt.Errorf("eval: %s is larger than %d bytes", path, maxFileBytes)
	}
	return data, nil
}

// Sniff guesses a gold format from a file's name and first bytes; "" when
// nothing fits.
func Sniff(path string, data []byte) string {
	head := string(data[:min(len(data), 4096)])
	trim := strings.TrimLeft(head, " \t\r\n\ufeff")
	switch {
	case strings.HasSuffix(strings.ToLower(path), ".tsv") || looksTSV(trim):
		return FormatTSV
	case strings.HasPrefix(trim, "<") || strings.Contains(head, "<Sentence"):
		return FormatPetrarch
	case strings.HasPrefix(trim, "[") || strings.HasPrefix(trim, "{"):
		return FormatPLOVER
	case strings.HasSuffix(strings.ToLower(path), ".csv") || strings.Contains(head, "Action1_CAMEO_"):
		return FormatConfliBERT
	case strings.Contains(head, "/*") || strings.HasSuffix(path, ".text"):
		return FormatTabari
	}
	return ""
}

// toUTF8 returns s unchanged when it is valid UTF-8 and otherwise decodes
// the invalid bytes as Latin-1, which is what the old TABARI/PETRARCH files
// use when they are not UTF-8.
func toUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(rune(s[i]))
			i++
			continue
		}
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// normSpace collapses every run of whitespace to one space and trims.
func normSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// compactDate turns YYYYMMDD or YYMMDD into YYYY-MM-DD, or "" when the
// value is not a real calendar date. Two-digit years pivot at 50 the way
// the TABARI files need (950101 is 1995, 000101 is 2000).
func compactDate(s string) string {
	s = strings.TrimSpace(s)
	for _, c := range s {
		if c < '0' || c > '9' {
			return ""
		}
	}
	var y, m, d string
	switch len(s) {
	case 8:
		y, m, d = s[:4], s[4:6], s[6:]
	case 6:
		y, m, d = "20"+s[:2], s[2:4], s[4:]
		if s[0] >= '5' {
			y = "19" + s[:2]
		}
	default:
		return ""
	}
	iso := y + "-" + m + "-" + d
	if !validDate(iso) {
		return ""
	}
	return iso
}

// Set is the records of one gold format read from one or more files; it
// is the unit `parley eval` reports on.
type Set struct {
	Name    string   `json:"name"`
	Format  string   `json:"format"`
	Files   []string `json:"files"`
	Records []Record `json:"-"`
}

// LoadSets reads paths in format (FormatAuto sniffs each) and groups the
// records by format, in order of first appearance, so that several files of
// one format (the five ConfliBERT rounds) are scored together.
func LoadSets(format string, paths []string) ([]Set, error) {
	var sets []Set
	index := map[string]int{}
	for _, p := range paths {
		recs, err := ReadFile(format, p)
		if err != nil {
			return nil, err
		}
		f := format
		if len(recs) > 0 {
			f = recs[0].Format
		}
		i, ok := index[f]
		if !ok {
			i = len(sets)
			index[f] = i
			sets = append(sets, Set{Format: f})
		}
		sets[i].Files = append(sets[i].Files, p)
		sets[i].Records = append(sets[i].Records, recs...)
	}
	for i := range sets {
		names := make([]string, len(sets[i].Files))
		for j, f := range sets[i].Files {
			names[j] = filepath.Base(f)
		}
		sets[i].Name = sets[i].Format + ": " + strings.Join(names, ", ")
	}
	return sets, nil
}

// Warnings describes what the lenient readers read only in part: records
// cut off at the end of the file, and each record's Notes (what was left
// out of it). One line each, naming the file and record, so callers can
// tell the user without failing the whole read. By-design skips (a
// TABARI option record, evaluate="false") are not warnings: the report
// counts them by reason.
func Warnings(recs []Record) []string {
	var out []string
	for _, r := range recs {
		if r.SkipReason == SkipCutOff {
			what := "no closing </Sentence>"
			if r.Format == FormatTabari {
				what = "no closing */"
			}
			out = append(out, fmt.Sprintf("%s: record %q is cut off at the end of the file (%s); not scored", r.File, r.ID, what))
			continue // what the cut damaged inside it is no news
		}
		for _, n := range r.Notes {
			out = append(out, fmt.Sprintf("%s: record %q: %s", r.File, r.ID, n))
		}
	}
	return out
}

// clip shortens a quoted piece of a damaged file for a note.
func clip(s string) string {
	s = normSpace(s)
	if len(s) > 60 {
		cut := 57
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "..."
	}
	return s
}
