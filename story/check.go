package story

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// compressed names the archive and compression formats a user is likely
// to hand parley by mistake, by their magic bytes, so the error says what
// to do rather than only "NUL byte at offset 3".
var compressed = [...]struct{ magic, name string }{
	{"\x1f\x8b", "gzip-compressed"},
	{"PK\x03\x04", "zip"},
	{"\xfd7zXZ\x00", "xz-compressed"},
	{"\x28\xb5\x2f\xfd", "zstd-compressed"},
}

// checkBinary rejects data that is not text at all. A NUL byte settles it
// (no text format we read allows one); otherwise the first sniffSize bytes
// are binary when more than a tenth of them (and at least eight) are
// control bytes or broken UTF-8. Text in a legacy 8-bit encoding has a few stray bytes and passes
// here, to be reported by checkUTF8 with the offset of the first one.
func checkBinary(data []byte) error {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return fmt.Errorf("%w: the data is UTF-16 (it starts with a UTF-16 byte-order mark); convert it to UTF-8", ErrInvalidUTF8)
	}
	for _, c := range compressed {
		if bytes.HasPrefix(data, []byte(c.magic)) {
			return fmt.Errorf("%w: %s data; parley reads no compressed input, so decompress it first", ErrBinary, c.name)
		}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w: NUL byte at byte offset %d", ErrBinary, i)
	}
	sample := data
	truncated := false
	if len(sample) > sniffSize {
		sample, truncated = sample[:sniffSize], true
	}
	odd, n := 0, 0
	for i := 0; i < len(sample); {
		// Eight printable ASCII bytes at a time: most text is just that.
		for i+8 <= len(sample) && printable8(sample[i:i+8]) {
			i += 8
			n += 8
		}
		if i >= len(sample) {
			break
		}
		if truncated && !utf8.FullRune(sample[i:]) {
			break // a rune cut by the sample edge is not evidence
		}
		n++
		if c := sample[i]; c < utf8.RuneSelf { // ASCII fast path
			if c < 0x20 && !isTextControl(c) || c == 0x7f {
				odd++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && size == 1 {
			odd++
		}
		i += size
	}
	// A handful of stray bytes in a short text is a broken text, better
	// reported by offset; binary needs a tenth of a real sample, or most of
	// a tiny one.
	if odd*10 > n && odd >= 8 || odd*2 > n {
		return fmt.Errorf("%w: %d of the first %d characters are control bytes or not UTF-8", ErrBinary, odd, n)
	}
	return nil
}

// allPrintable reports that every byte of b is printable ASCII (0x20 to
// 0x7e), eight at a time, the last eight overlapping the ones before.
func allPrintable(b []byte) bool {
	n := len(b)
	if n < 8 {
		for _, c := range b {
			if c < 0x20 || c > 0x7e {
				return false
			}
		}
		return true
	}
	for i := 0; i+8 < n; i += 8 {
		if !printable8(b[i : i+8]) {
			return false
		}
	}
	return printable8(b[n-8:])
}

// printable8 reports that eight bytes are all printable ASCII, 0x20 to
// 0x7e: none below 0x20 (the first term has a byte's top bit set exactly
// where a byte is below 0x20 and had it clear), none at 0x7f or above
// (adding 1 to each byte sets the top bit of 0x7f, and the others have it
// already).
func printable8(b []byte) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := binary.LittleEndian.Uint64(b) // one load, and small enough to inline
	below := (x - 0x20*ones) &^ x & highs
	above := (x | (x + ones)) & highs
	return below|above == 0
}

// isTextControl reports the control bytes that plain text uses.
func isTextControl(c byte) bool {
	switch c {
	case '\t', '\n', '\v', '\f', '\r', 0x1b:
		return true
	}
	return false
}

// checkUTF8 reports the byte offset of the first invalid UTF-8 sequence;
// where names the unit the offset counts from ("" for the whole input).
// Stories in other encodings are rejected rather than guessed at, because a
// wrong guess silently corrupts names and every later byte offset.
func checkUTF8(data []byte, where string) error {
	if utf8.Valid(data) {
		return nil
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return fmt.Errorf("%w at byte offset %d%s (byte 0x%02x); convert the text to UTF-8", ErrInvalidUTF8, i, where, data[i])
		}
		i += size
	}
	return nil
}

// checkText validates raw story bytes and returns the text as stored:
// binary data and invalid UTF-8 are errors, the BOM and CRLF are normalised,
// and a story of only whitespace is empty.
func checkText(data []byte) (string, error) {
	return checkTextString(string(data))
}

// checkTextString is checkText of a string, which it reads in place.
func checkTextString(text string) (string, error) {
	var data []byte
	if text != "" {
		data = unsafe.Slice(unsafe.StringData(text), len(text)) // read only
	}
	// Most stories are printable ASCII throughout: no NUL, no byte-order
	// mark, nothing but valid UTF-8, no CR, and so nothing for the checks
	// and the normalising below to find or change. One pass of
	// printable8 shows it, where those were four passes over the text.
	if allPrintable(data) {
		if strings.TrimSpace(text) == "" {
			return "", ErrEmpty
		}
		return text, nil
	}
	if err := checkBinary(data); err != nil {
		return "", err
	}
	if err := checkUTF8(data, ""); err != nil {
		return "", err
	}
	text = normalize(text)
	if strings.TrimSpace(text) == "" {
		return "", ErrEmpty
	}
	return text, nil
}

// normalize is the only change made to story text: leading UTF-8 BOMs are
// dropped (a file saved twice by a BOM-writing tool has two; U+FEFF at the
// start is never text) and CRLF line ends (with any CRs before them)
// become LF. Every byte offset parley reports
// refers to the text after this step, i.e. to Story.Text. A lone CR is
// kept, since removing it would shift offsets for no benefit.
func normalize(text string) string {
	for strings.HasPrefix(text, string(utf8BOM)) {
		text = text[len(utf8BOM):]
	}
	if strings.Contains(text, "\r\n") {
		text = crlfToLF(text)
	}
	return text
}

// crlfToLF turns each line end of one or more CRs before an LF into a bare
// LF. "\r\r\n" is a CRLF converted twice by a Windows tool, one line end;
// replacing only "\r\n" would leave a CRLF behind.
func crlfToLF(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	for {
		i := strings.Index(text, "\r\n")
		if i < 0 {
			b.WriteString(text)
			return b.String()
		}
		j := i
		for j > 0 && text[j-1] == '\r' {
			j--
		}
		b.WriteString(text[:j])
		b.WriteByte('\n')
		text = text[i+2:]
	}
}
