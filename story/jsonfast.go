package story

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/parley-events/parley/internal/jsonscan"
)

// fastRecord decodes the common JSONL line — one object whose members are
// id, date, text, title, url and source, spelt so, each a string — without
// reflection. Anything else (other or differently cased keys, numbers,
// nulls, nesting, bad escapes, trailing data) reports false, and the caller
// uses encoding/json, which then decides. FuzzFastRecord keeps the two
// equal wherever the fast path answers.
func fastRecord(line []byte) (jsonlRecord, bool) {
	var rec jsonlRecord
	// Values without escapes (nearly all) are substrings of one copy of
	// the line, made at the first, and keys are compared in place: one
	// allocation a record where there were six.
	var whole string
	i := skipWS(line, 0)
	if i >= len(line) || line[i] != '{' {
		return rec, false
	}
	i = skipWS(line, i+1)
	if i < len(line) && line[i] == '}' {
		return rec, skipWS(line, i+1) == len(line)
	}
	for {
		ks, ke, j, plain, ok := fastSpan(line, i)
		if !ok {
			return rec, false
		}
		key := ""
		if plain {
			key = keyName(line[ks:ke])
		} else if key, _, ok = fastString(line, i); !ok {
			return rec, false
		}
		j = skipWS(line, j)
		if j >= len(line) || line[j] != ':' {
			return rec, false
		}
		vi := skipWS(line, j+1)
		vs, ve, k, plain, ok := fastSpan(line, vi)
		if !ok {
			return rec, false
		}
		var val string
		if plain {
			if whole == "" {
				whole = string(line)
			}
			val = whole[vs:ve]
		} else if val, k, ok = fastString(line, vi); !ok {
			return rec, false
		}
		switch key {
		case "id":
			if !plain && strings.ContainsRune(val, utf8.RuneError) {
				// Maybe a lone surrogate escape, which flexID keeps
				// as written (idWithSurrogates).
				return rec, false
			}
			rec.ID = flexID(val)
		case "date":
			rec.Date = val
		case "text":
			rec.Text = val
		case "title":
			rec.Title = val
		case "url":
			rec.URL = val
		case "source":
			rec.Source = val
		default:
			return rec, false
		}
		k = skipWS(line, k)
		if k >= len(line) {
			return rec, false
		}
		if line[k] == '}' {
			return rec, skipWS(line, k+1) == len(line)
		}
		if line[k] != ',' {
			return rec, false
		}
		i = skipWS(line, k+1)
	}
}

// keyName returns the record key spelled by b, a constant string, or ""
// for any other key (which fastRecord refuses), without converting b.
func keyName(b []byte) string {
	switch string(b) {
	case "id":
		return "id"
	case "date":
		return "date"
	case "text":
		return "text"
	case "title":
		return "title"
	case "url":
		return "url"
	case "source":
		return "source"
	}
	return "\x00other"
}

// fastSpan scans the JSON string starting at b[i] as fastString does and
// returns its contents' bounds and the index after its closing quote,
// without making a string. plain is false when the string holds an escape
// (the caller then decodes it with fastString); ok is false where
// fastString would fail before its first escape.
func fastSpan(b []byte, i int) (start, end, next int, plain, ok bool) {
	if i >= len(b) || b[i] != '"' {
		return 0, 0, i, false, false
	}
	i++
	start = i
	for i < len(b) {
		// Eight plain bytes at a step, and then straight to the first
		// byte that is not (the closing quote, mostly): a key's few
		// bytes and a value's last ones took the byte loop below, one
		// failed eight-byte test a byte.
		for i+8 <= len(b) {
			n := jsonscan.PlainPrefix8Bytes(b[i : i+8])
			i += n
			if n < 8 {
				break
			}
		}
		if i >= len(b) {
			break
		}
		c := b[i]
		if c == '"' {
			return start, i, i + 1, true, true
		}
		if c == '\\' {
			return start, i, i, false, true
		}
		if c < 0x20 {
			return 0, 0, i, false, false
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				return 0, 0, i, false, false
			}
			i += size
			continue
		}
		i++
	}
	return 0, 0, i, false, false
}

func skipWS(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// fastString decodes the JSON string starting at b[i], returning it and
// the index after its closing quote. Invalid UTF-8, control characters and
// bad escapes report false.
func fastString(b []byte, i int) (string, int, bool) {
	if i >= len(b) || b[i] != '"' {
		return "", i, false
	}
	i++
	start := i
	for i < len(b) {
		// Eight plain ASCII bytes at a step: most of a story is just that.
		for i+8 <= len(b) && jsonscan.Plain8Bytes(b[i:i+8]) {
			i += 8
		}
		if i >= len(b) {
			break
		}
		c := b[i]
		if c == '"' {
			return string(b[start:i]), i + 1, true
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			return "", i, false
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				return "", i, false
			}
			i += size
			continue
		}
		i++
	}
	// Escapes: build the string.
	out := append([]byte(nil), b[start:i]...)
	for i < len(b) {
		c := b[i]
		switch {
		case c == '"':
			return string(out), i + 1, true
		case c < 0x20:
			return "", i, false
		case c == '\\':
			if i+1 >= len(b) {
				return "", i, false
			}
			switch e := b[i+1]; e {
			case '"', '\\', '/':
				out = append(out, e)
				i += 2
			case 'b':
				out, i = append(out, '\b'), i+2
			case 'f':
				out, i = append(out, '\f'), i+2
			case 'n':
				out, i = append(out, '\n'), i+2
			case 'r':
				out, i = append(out, '\r'), i+2
			case 't':
				out, i = append(out, '\t'), i+2
			case 'u':
				r, ok := hex4(b, i+2)
				if !ok {
					return "", i, false
				}
				i += 6
				if utf16.IsSurrogate(r) {
					r2, ok2 := rune(-1), false
					if i+1 < len(b) && b[i] == '\\' && b[i+1] == 'u' {
						r2, ok2 = hex4(b, i+2)
					}
					if dec := utf16.DecodeRune(r, r2); ok2 && dec != utf8.RuneError {
						i += 6
						r = dec
					} else {
						r = utf8.RuneError
					}
				}
				out = utf8.AppendRune(out, r)
			default:
				return "", i, false
			}
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				return "", i, false
			}
			out = append(out, b[i:i+size]...)
			i += size
		default:
			out = append(out, c)
			i++
		}
	}
	return "", i, false
}

func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r*16 + rune(c)
	}
	return r, true
}
