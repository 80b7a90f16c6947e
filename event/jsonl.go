package event

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// JSONLWriter writes one event JSON object per line: the `parley code`
// output format, byte for byte.
type JSONLWriter struct {
	w *bufio.Writer
}

// NewJSONLWriter returns a JSONLWriter on w.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	return &JSONLWriter{w: bufio.NewWriterSize(w, 64<<10)}
}

// Write encodes e; the citation is not part of the event JSON contract.
func (j *JSONLWriter) Write(e *Event, _ Citation) error {
	b, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encode event %s: %w", e.ID, err)
	}
	return j.WriteRaw(b)
}

// WriteRaw writes an already-encoded event, so a store holding the coded JSON
// can export it without decoding and re-encoding a million records.
func (j *JSONLWriter) WriteRaw(b []byte) error {
	if _, err := j.w.Write(b); err != nil {
		return fmt.Errorf("write jsonl: %w", err)
	}
	if err := j.w.WriteByte('\n'); err != nil {
		return fmt.Errorf("write jsonl: %w", err)
	}
	return nil
}

// Flush writes buffered lines.
func (j *JSONLWriter) Flush() error {
	if err := j.w.Flush(); err != nil {
		return fmt.Errorf("flush jsonl: %w", err)
	}
	return nil
}

// ReadJSONL decodes event JSON lines from r, calling yield for each; it stops
// early when yield returns false. Blank lines are skipped.
func ReadJSONL(r io.Reader, yield func(Event) bool) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(trimSpace(b)) == 0 {
			continue
		}
		var e Event
		if err := json.Unmarshal(b, &e); err != nil {
			return fmt.Errorf("jsonl line %d: %w", line, err)
		}
		if !yield(e) {
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read jsonl: %w", err)
	}
	return nil
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}
