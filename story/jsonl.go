package story

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// jsonlRecord is one JSONL line. Unknown fields are ignored so producers
// can carry their own metadata alongside.
type jsonlRecord struct {
	ID     flexID `json:"id"`
	Date   string `json:"date"`
	Text   string `json:"text"`
	Title  string `json:"title"`
	URL    string `json:"url"`
	Source string `json:"source"`
}

// flexID accepts a string or a number, since many corpora number their
// stories and a numeric id is no reason to drop one.
type flexID string

func (f *flexID) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if bytes.Equal(b, []byte("null")) {
		return nil
	}
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		if strings.ContainsRune(s, utf8.RuneError) {
			// encoding/json turned a lone surrogate escape into U+FFFD,
			// which would make "a\ud800" and "a\udc00" one story.
			s = idWithSurrogates(b)
		}
		*f = flexID(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("id must be a string or a number, not %s", b)
	}
	*f = flexID(n.String())
	return nil
}

// idWithSurrogates decodes a JSON string literal that encoding/json has
// already accepted, as it does, except that a UTF-16 surrogate escape not
// part of a pair (\ud800 alone, which is no character and which
// encoding/json turns into U+FFFD) is kept as its escape, the six
// characters \ud800. Distinct ids then stay distinct, and the id is the
// one the producer wrote, read back with JSON's rules for a valid string.
func idWithSurrogates(lit []byte) string {
	b := lit[1 : len(lit)-1]
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		e := b[i+1]
		switch e {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, _ := hex4(b, i+2)
			if !utf16.IsSurrogate(r) {
				out = utf8.AppendRune(out, r)
				i += 6
				continue
			}
			if i+12 <= len(b) && b[i+6] == '\\' && b[i+7] == 'u' {
				if r2, ok := hex4(b, i+8); ok {
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						out = utf8.AppendRune(out, dec)
						i += 12
						continue
					}
				}
			}
			out = fmt.Appendf(out, "\\u%04x", r)
			i += 6
			continue
		default: // '"', '\\', '/'
			out = append(out, e)
		}
		i += 2
	}
	return string(out)
}

// lineReader yields lines of any length up to max without bufio.Scanner's
// 64 KiB ceiling. A longer line is drained, not stored, so a 20 MB line
// with no newline costs at most max bytes of memory, and the line after it
// is still read.
type lineReader struct {
	r    *bufio.Reader
	max  int
	buf  []byte
	line int // 1-based number of the line last returned
}

// next returns the next line without its line end. tooLong reports that
// the line exceeded max and was dropped; its content is then nil. io.EOF
// comes only when no bytes remain.
func (lr *lineReader) next() (line []byte, tooLong bool, err error) {
	lr.buf = lr.buf[:0]
	read := 0
	for {
		chunk, err := lr.r.ReadSlice('\n')
		read += len(chunk)
		if !tooLong {
			if len(lr.buf)+len(chunk) > lr.max+1 { // +1: the '\n' is not content
				tooLong, lr.buf = true, lr.buf[:0]
			} else {
				lr.buf = append(lr.buf, chunk...)
			}
		}
		switch {
		case err == nil:
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if read == 0 {
				return nil, false, io.EOF
			}
		default:
			return nil, false, err
		}
		break
	}
	lr.line++
	if tooLong {
		return nil, true, nil
	}
	line = bytes.TrimSuffix(lr.buf, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	if lr.line == 1 {
		line = bytes.TrimPrefix(line, utf8BOM)
	}
	return line, false, nil
}

// readJSONL reads one story per line. Blank lines are skipped; every other
// bad line is one StoryError naming file:line, and the next line is read.
func (r *reader) readJSONL(br *bufio.Reader, source string) {
	head, _ := br.Peek(sniffSize)
	if err := checkBinary(head); err != nil {
		// A binary file would otherwise yield one error per "line".
		r.fail(source, "", err)
		return
	}
	lr := &lineReader{r: br, max: r.opt.maxLine()}
	for r.live() {
		line, tooLong, err := lr.next()
		if errors.Is(err, io.EOF) {
			return
		}
		// file:line, made only for an error: one string per good line was
		// measurable on a feed of short stories.
		at := func(n int) string { return source + ":" + strconv.Itoa(n) }
		if err != nil {
			r.fail(at(lr.line+1), "", fmt.Errorf("read: %w", err))
			return
		}
		if tooLong {
			r.fail(at(lr.line), "", fmt.Errorf("line %w: more than %d bytes", ErrTooLong, lr.max))
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		s, err := r.parseJSONLine(line)
		if err != nil {
			r.fail(at(lr.line), s.ID, err)
			continue
		}
		r.emit(s)
	}
}

// parseJSONLine decodes and validates one line. The returned Story carries
// the id even on error, so the error can name the story.
func (r *reader) parseJSONLine(line []byte) (Story, error) {
	// encoding/json would silently turn bad bytes into U+FFFD; the contract
	// is to reject them, with the offset, as for plain text.
	if err := checkUTF8(line, " of the line"); err != nil {
		return Story{}, err
	}
	trimmed := bytes.TrimSpace(line)
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return Story{}, fmt.Errorf("%w: line starts with %q", ErrNotJSON, preview(trimmed))
	}
	rec, fast := fastRecord(line)
	if !fast {
		// encoding/json decides, on what the fast path filled in, as
		// before; its record is a copy, which moves to the heap, so that
		// the fast path's stays on the stack (one allocation a story).
		slow := rec
		if err := json.Unmarshal(line, &slow); err != nil {
			var syn *json.SyntaxError
			if errors.As(err, &syn) {
				return Story{}, fmt.Errorf("%w: %v at byte offset %d of the line", ErrNotJSON, syn, syn.Offset)
			}
			return Story{ID: string(slow.ID)}, fmt.Errorf("%w: %v", ErrNotJSON, err)
		}
		rec = slow
	}
	s := Story{
		ID:     strings.TrimSpace(string(rec.ID)),
		Title:  strings.TrimSpace(rec.Title),
		URL:    strings.TrimSpace(rec.URL),
		Source: strings.TrimSpace(rec.Source),
	}
	if s.ID == "" {
		return s, ErrMissingID
	}
	// Stories of one feed share a few dates: the last one parsed is kept.
	var date string
	var err error
	if rec.Date != "" && rec.Date == r.lastDateIn {
		date = r.lastDateOut
	} else if date, err = parseDate(rec.Date); err != nil {
		return s, err
	} else {
		r.lastDateIn, r.lastDateOut = rec.Date, date
	}
	if date == "" {
		date = r.opt.Date
	}
	s.Date = date
	if max := r.opt.maxStory(); len(rec.Text) > max {
		return s, fmt.Errorf("story %w: text of %d bytes, more than %d", ErrTooLong, len(rec.Text), max)
	}
	text, err := checkTextString(rec.Text)
	if err != nil {
		// A NUL here came from a \u0000 escape, so the file is text and
		// "binary file" would send the user looking in the wrong place.
		if i := strings.IndexByte(rec.Text, 0); i >= 0 && errors.Is(err, ErrBinary) {
			return s, fmt.Errorf("%w (\\u0000) at byte offset %d of the text", ErrNUL, i)
		}
		return s, err
	}
	s.Text = text
	return s, nil
}

// parseDate accepts the contract's YYYY-MM-DD and, because exporters often
// write full timestamps, RFC 3339, keeping the day as written in the
// timestamp's own zone (that is the day the article's "yesterday" counts
// from). "" stays "" so the caller can fall back to Options.Date.
func parseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if t, err := time.Parse(DateLayout, s); err == nil {
		return t.Format(DateLayout), nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format(DateLayout), nil
	}
	return "", fmt.Errorf("%w %q: want YYYY-MM-DD", ErrBadDate, preview([]byte(s)))
}

// preview shortens data for an error message.
func preview(b []byte) string {
	const n = 40
	if len(b) > n {
		cut := n
		for cut > 0 && b[cut]&0xC0 == 0x80 {
			cut-- // do not split a UTF-8 sequence
		}
		return string(b[:cut]) + "…"
	}
	return string(b)
}
