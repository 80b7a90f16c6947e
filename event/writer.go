package event

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Citation is what an exporter knows about the story an event came from.
// Events do not carry it themselves (they are coded per sentence), so the
// store joins it in when exporting.
type Citation struct {
	URL     string
	Title   string
	Source  string // publisher
	PubDate string // story publication date, YYYY-MM-DD
}

// Writer encodes events one at a time in some export format. Writers buffer;
// call Flush when done so nothing is lost.
type Writer interface {
	Write(e *Event, c Citation) error
	Flush() error
}

// Formats lists the export formats NewWriter understands, in the order the
// CLI documents them.
func Formats() []string { return []string{"plover", "csv", "gdelt", "jsonl"} }

// NewWriter returns the Writer for format ("plover", "csv", "gdelt", "jsonl").
func NewWriter(format string, w io.Writer) (Writer, error) {
	switch format {
	case "plover":
		return NewPLOVERWriter(w), nil
	case "csv":
		return NewCSVWriter(w), nil
	case "gdelt":
		return NewGDELTWriter(w), nil
	case "jsonl":
		return NewJSONLWriter(w), nil
	}
	return nil, fmt.Errorf("unknown export format %q (want one of %s)", format, strings.Join(Formats(), ", "))
}

// formatFloat writes the shortest representation that parses back to the
// same float64, so exports round-trip exactly.
func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
