package event

import (
	"errors"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/parley-events/parley/internal/jsonscan"
	"github.com/parley-events/parley/internal/leview"
)

// AppendJSON appends e as encoding/json encodes it with SetEscapeHTML(false)
// (without the trailing newline), several times faster: no reflection.
// TestAppendJSONMatchesEncoding and FuzzAppendJSON keep it byte-identical.
// It fails only where encoding/json fails: on a NaN or infinite number.
func AppendJSON(dst []byte, e *Event) ([]byte, error) { return appendEvent(dst, e, nil) }

// Encoder is AppendJSON for a stream of events. It keeps the last event's
// sentence as encoded: a story's events from one sentence come one after
// another and share its text, the longest string of an event. The zero
// Encoder is ready; it is not safe for concurrent use.
type Encoder struct {
	sentence string
	quoted   []byte
}

// AppendJSON appends e as the package's AppendJSON does.
func (enc *Encoder) AppendJSON(dst []byte, e *Event) ([]byte, error) {
	return appendEvent(dst, e, enc)
}

func appendEvent(dst []byte, e *Event, enc *Encoder) ([]byte, error) {
	if !finite(e.Goldstein) || e.Location != nil && (!finite(e.Location.Lat) || !finite(e.Location.Lon)) {
		return dst, errors.New("event: json: unsupported value: NaN or infinity")
	}
	b := append(dst, `{"id":`...)
	b = appendStr(b, e.ID)
	b = append(b, `,"story_id":`...)
	b = appendStr(b, e.StoryID)
	b = append(b, `,"sentence_index":`...)
	b = appendInt(b, e.SentenceIndex)
	b = append(b, `,"sentence":`...)
	if enc == nil {
		b = appendStr(b, e.Sentence)
	} else {
		if e.Sentence != enc.sentence || enc.quoted == nil {
			enc.sentence, enc.quoted = e.Sentence, appendStr(enc.quoted[:0], e.Sentence)
		}
		b = append(b, enc.quoted...)
	}
	b = append(b, `,"cameo":`...)
	b = appendStr(b, e.CAMEO)
	b = append(b, `,"cameo_root":`...)
	b = appendStr(b, e.CAMEORoot)
	b = append(b, `,"quad_class":`...)
	b = appendInt(b, e.QuadClass)
	b = append(b, `,"goldstein":`...)
	b = appendFloat(b, e.Goldstein)
	b = append(b, `,"plover":{"type":`...)
	b = appendStr(b, e.PLOVER.Type)
	b = append(b, `,"mode":`...)
	b = appendStr(b, e.PLOVER.Mode)
	b = append(b, `,"context":`...)
	if e.PLOVER.Context == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, c := range e.PLOVER.Context {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendStr(b, c)
		}
		b = append(b, ']')
	}
	b = append(b, `},"source":`...)
	b = appendActors(b, e.Source)
	b = append(b, `,"target":`...)
	b = appendActors(b, e.Target)
	b = append(b, `,"participants":`...)
	b = appendActors(b, e.Participants)
	b = append(b, `,"date":`...)
	b = appendStr(b, e.Date)
	b = append(b, `,"date_end":`...)
	b = appendStr(b, e.DateEnd)
	b = append(b, `,"date_precision":`...)
	b = appendStr(b, e.DatePrecision)
	b = append(b, `,"location":`...)
	if l := e.Location; l == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, `{"name":`...)
		b = appendStr(b, l.Name)
		b = append(b, `,"lat":`...)
		b = appendFloat(b, l.Lat)
		b = append(b, `,"lon":`...)
		b = appendFloat(b, l.Lon)
		b = append(b, `,"country":`...)
		b = appendStr(b, l.Country)
		b = append(b, `,"admin1":`...)
		b = appendStr(b, l.Admin1)
		b = append(b, `,"precision":`...)
		b = appendStr(b, l.Precision)
		if l.GeonameID != 0 {
			b = append(b, `,"geonameid":`...)
			b = appendInt(b, l.GeonameID)
		}
		if l.Start != 0 {
			b = append(b, `,"start":`...)
			b = appendInt(b, l.Start)
		}
		if l.End != 0 {
			b = append(b, `,"end":`...)
			b = appendInt(b, l.End)
		}
		b = append(b, '}')
	}
	m := &e.Modality
	b = append(b, `,"modality":{"negated":`...)
	b = strconv.AppendBool(b, m.Negated)
	b = append(b, `,"future":`...)
	b = strconv.AppendBool(b, m.Future)
	b = append(b, `,"hypothetical":`...)
	b = strconv.AppendBool(b, m.Hypothetical)
	b = append(b, `,"reported_by":`...)
	b = appendStr(b, m.ReportedBy)
	if m.Historical {
		b = append(b, `,"historical":true`...)
	}
	b = append(b, `},"evidence":{"verb":`...)
	b = appendSpan(b, &e.Evidence.Verb)
	b = append(b, `,"pattern":`...)
	b = appendStr(b, e.Evidence.Pattern)
	if e.Evidence.Date != nil {
		b = append(b, `,"date":`...)
		b = appendSpan(b, e.Evidence.Date)
	}
	if e.Evidence.Place != nil {
		b = append(b, `,"place":`...)
		b = appendSpan(b, e.Evidence.Place)
	}
	b = append(b, '}')
	if e.Mirror != "" {
		b = append(b, `,"mirror_of":`...)
		b = appendStr(b, e.Mirror)
	}
	return append(b, '}'), nil
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

func appendActors(b []byte, as []Actor) []byte {
	if as == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range as {
		a := &as[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '{')
		if a.Role != "" {
			b = append(b, `"role":`...)
			b = appendStr(b, a.Role)
			b = append(b, ',')
		}
		b = append(b, `"text":`...)
		b = appendStr(b, a.Text)
		b = append(b, `,"code":`...)
		b = appendStr(b, a.Code)
		b = append(b, `,"country":`...)
		b = appendStr(b, a.Country)
		b = append(b, `,"sector":`...)
		b = appendStr(b, a.Sector)
		b = append(b, `,"start":`...)
		b = appendInt(b, a.Start)
		b = append(b, `,"end":`...)
		b = appendInt(b, a.End)
		b = append(b, '}')
	}
	return append(b, ']')
}

func appendSpan(b []byte, s *Span) []byte {
	b = append(b, `{"text":`...)
	b = appendStr(b, s.Text)
	b = append(b, `,"start":`...)
	b = appendInt(b, s.Start)
	b = append(b, `,"end":`...)
	b = appendInt(b, s.End)
	return append(b, '}')
}

// appendInt is strconv.AppendInt(b, int64(n), 10), with numbers below
// 1,000 (sentence indices, most offsets in a sentence) written in place:
// an event has about eleven numbers, and the call was a fifth of its
// encoding's cost outside the strings.
func appendInt(b []byte, n int) []byte {
	switch {
	case uint(n) < 10:
		return append(b, byte('0'+n))
	case uint(n) < 100:
		return append(b, byte('0'+n/10), byte('0'+n%10))
	case uint(n) < 1000:
		return append(b, byte('0'+n/100), byte('0'+n/10%10), byte('0'+n%10))
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// appendFloat formats like encoding/json: ES6 number formatting.
func appendFloat(b []byte, f float64) []byte {
	if out, ok := appendShortDecimal(b, f); ok {
		return out
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9, as encoding/json does
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendShortDecimal writes f as strconv.AppendFloat(b, f, 'f', -1, 64)
// does when f is the double nearest a decimal of at most six places and
// fifteen significant digits, which is what events carry: Goldstein
// scores (one place) and gazetteer coordinates (up to five). The
// shortest digits that read back as such an f are that decimal's: two
// different decimals of fifteen digits or fewer are different doubles,
// so no other decimal as short or shorter reads back as f. f is that
// double when f·10^d rounds to an integer k whose quotient k/10^d
// (correctly rounded, k and 10^d being exact) is f again. For any other
// f, and for zero (whose sign strconv keeps), it reports false.
// strconv's shortest search cost about 500 instructions a number.
func appendShortDecimal(b []byte, f float64) ([]byte, bool) {
	if !(f != 0 && math.Abs(f) < 1e9) { // also false for NaN
		return b, false
	}
	p := 1.0
	for d := 0; d <= 6; d, p = d+1, p*10 {
		k := math.Round(f * p)
		if k/p != f {
			continue
		}
		// |k| < 1e15: an exact integer of fifteen digits at most, not 0
		var buf [24]byte
		i := len(buf)
		u := uint64(math.Abs(k))
		frac := false
		for ; d > 0; d-- {
			c := byte('0' + u%10)
			u /= 10
			if c != '0' || frac {
				i--
				buf[i] = c
				frac = true
			}
		}
		if frac {
			i--
			buf[i] = '.'
		}
		for {
			i--
			buf[i] = byte('0' + u%10)
			u /= 10
			if u == 0 {
				break
			}
		}
		if f < 0 {
			i--
			buf[i] = '-'
		}
		return append(b, buf[i:]...), true
	}
	return b, false
}

const hexDigits = "0123456789abcdef"

// jsonPlainByte[c] is set for the ASCII bytes a JSON string holds as is.
var jsonPlainByte = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendStr quotes s as encoding/json does without HTML escaping.
//
// Nearly every string of an event (codes, names, dates, most sentences)
// needs no escape, so the whole of it is checked a word at a time first
// (printable ASCII, no quote, no backslash; strings of four bytes or more
// are read in words, the last word overlapping the one before it, and
// one of one to three bytes as one word of its first, middle and last
// bytes) and copied in one go; only the rest take the escaping loop. The
// words' tests are or'd and asked once (notPlain), not a branch a word
// and a byte loop for short strings: 1.9 M fewer instructions on
// GigaWord ×100, whose events hold 227,000 strings.
func appendStr(b []byte, s string) []byte {
	var bad uint64
	switch n := len(s); {
	case n >= 8:
		for i := 0; i+8 < n; i += 8 {
			bad |= notPlain(leview.Load64(s[i:]))
		}
		bad |= notPlain(leview.Load64(s[n-8:]))
	case n >= 4:
		bad = notPlain(uint64(leview.Load32(s)) | uint64(leview.Load32(s[n-4:]))<<32)
	case n > 0:
		// The first, middle and last bytes are all of them; the rest of
		// the word is plain filler.
		bad = notPlain(uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16 | 0x6161616161<<24)
	}
	if bad == 0 {
		b = append(b, '"')
		b = append(b, s...)
		return append(b, '"')
	}
	return appendEscaped(b, s)
}

// notPlain is non-zero when a byte of the little-endian word x is not one
// a JSON string holds as is (jsonscan.Plain8's test, without branches, so
// a string's words are tested with one branch at the end).
func notPlain(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	q, bs := x^('"'*ones), x^('\\'*ones)
	return (x | (x-0x20*ones)&^x | (q-ones)&^q | (bs-ones)&^bs) & highs
}

// appendEscaped is appendStr for a string that may need escapes.
func appendEscaped(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight bytes at a time while none needs escaping or decoding:
		// most of an event's bytes are plain ASCII prose.
		for i+8 <= len(s) && jsonscan.Plain8(s[i:i+8]) {
			i += 8
		}
		// Byte by byte to the end of the window that failed the test (or
		// of a short string: most of an event's strings are codes and
		// names shorter than eight bytes), one table load a byte.
		lim := min(i+8, len(s))
		for i < lim && jsonPlainByte[s[i]] {
			i++
		}
		if i == lim {
			continue
		}
		if c := s[i]; c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
