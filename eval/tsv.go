package eval

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// FormatTSV is the team's own five-column format (eval/testdata/probe/README.md):
// one expected event per line,
//
//	date <TAB> sentence <TAB> source <TAB> target <TAB> CAMEO code
//
// with `---` sides for unknown actors and a `---` code for a sentence that
// should give no event. It is the cheapest gold a user can write for a new
// domain, so `parley eval` reads it like the third-party formats.
const FormatTSV = "tsv"

// maxTSVLine bounds one line; a sentence of gold is far shorter, and a
// larger "line" is a binary or a wrong file.
const maxTSVLine = 1 << 20

// ReadTSV reads the five-column format. Adjacent lines with the same date
// and sentence are one record with several gold events. Blank lines and
// lines starting with # are skipped. A malformed line (wrong number of
// fields, a bad date, side or code) is an error naming the line, since the
// file is written by hand and a silent skip would score a different set
// than the one written.
func ReadTSV(r io.Reader, name string) ([]Record, error) {
	var recs []Record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxTSVLine)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(toUTF8(sc.Text()), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("eval: %s:%d: %d tab-separated fields, want 5 (date, sentence, source, target, code)", name, n, len(f))
		}
		date, text := strings.TrimSpace(f[0]), normSpace(f[1])
		src, tgt, code := strings.TrimSpace(f[2]), strings.TrimSpace(f[3]), strings.TrimSpace(f[4])
		if !validDate(date) {
			return nil, fmt.Errorf("eval: %s:%d: date %q is not YYYY-MM-DD", name, n, date)
		}
		if text == "" {
			return nil, fmt.Errorf("eval: %s:%d: empty sentence", name, n)
		}
		if !tsvSide(src) || !tsvSide(tgt) {
			return nil, fmt.Errorf("eval: %s:%d: sides %q/%q: want three capital letters or ---", name, n, src, tgt)
		}
		noEvent := code == Unknown
		if noEvent {
			if src != Unknown || tgt != Unknown {
				return nil, fmt.Errorf("eval: %s:%d: a no-event line (code ---) has sides %s/%s", name, n, src, tgt)
			}
		} else if !tsvCode(code) {
			return nil, fmt.Errorf("eval: %s:%d: CAMEO code %q: want 3 or 4 digits (or --- for no event)", name, n, code)
		}
		if k := len(recs) - 1; k >= 0 && recs[k].Date == date && recs[k].Text == text {
			if noEvent != recs[k].NoEvent {
				return nil, fmt.Errorf("eval: %s:%d: the sentence of line %s is both a no-event line and an event line", name, n, recs[k].ID)
			}
			if !noEvent {
				recs[k].Gold = append(recs[k].Gold, GoldEvent{Source: src, Target: tgt, Code: code})
			}
			continue
		}
		rec := Record{Format: FormatTSV, File: name, ID: fmt.Sprint(n), Date: date, Text: text, NoEvent: noEvent}
		if !noEvent {
			rec.Gold = []GoldEvent{{Source: src, Target: tgt, Code: code}}
		}
		recs = append(recs, rec)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("eval: %s:%d: line longer than %d bytes: not a gold file?", name, n+1, maxTSVLine)
		}
		return nil, fmt.Errorf("eval: reading %s: %w", name, err)
	}
	return recs, nil
}

func tsvSide(s string) bool {
	if s == Unknown {
		return true
	}
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// tsvCode accepts a CAMEO event code: three or four digits whose root
// (first two) is 01-20.
func tsvCode(s string) bool {
	if len(s) != 3 && len(s) != 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	r := Root(s)
	return r >= "01" && r <= "20"
}

// looksTSV says whether the first line that is not a comment has the five
// fields of FormatTSV and starts with a date, for files not named .tsv.
func looksTSV(head string) bool {
	for _, line := range strings.Split(head, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		return len(f) == 5 && validDate(strings.TrimSpace(f[0]))
	}
	return false
}
