// Package dictfile reads parley's dictionary text format, shared by the
// actor and verb dictionaries:
//
//	# comment
//	@kind country              directive for the entries that follow
//	CODE  body                 an entry: a code, two or more spaces or a tab, a body
//	    ex: sentence => want   an example attached to the entry above; `go test` runs it
//
// Keeping one format means one reader, one fuzz test and one set of error
// messages that name file and line.
package dictfile

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Example is a sentence with the outcome the entry promises.
type Example struct {
	Sentence string
	Want     string // text after "=>", trimmed; "" when none was given
	Negative bool   // "ex!:" lines: the entry must not fire on the sentence
	Line     int
}

// Entry is one dictionary line.
type Entry struct {
	File       string
	Line       int
	Code       string
	Body       string
	Directives map[string]string // the @directives in force at this line
	Examples   []Example
}

// Pos is "file:line", the provenance string events carry.
func (e Entry) Pos() string { return fmt.Sprintf("%s:%d", e.File, e.Line) }

// Error is a parse error with position.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Parse reads one dictionary file.
func Parse(file string, data []byte) ([]Entry, error) {
	if !utf8.Valid(data) {
		return nil, &Error{File: file, Line: 1, Msg: "file is not valid UTF-8"}
	}
	var out []Entry
	dirs := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		line := strings.TrimRight(raw, " \t\r")
		trim := strings.TrimSpace(line)
		if trim == "" || strings.HasPrefix(trim, "#") {
			continue
		}
		if strings.HasPrefix(trim, "ex:") || strings.HasPrefix(trim, "ex!:") {
			if len(out) == 0 || raw == trim {
				return nil, &Error{File: file, Line: n, Msg: "example must be indented under an entry"}
			}
			neg := strings.HasPrefix(trim, "ex!:")
			body := strings.TrimSpace(trim[strings.IndexByte(trim, ':')+1:])
			ex := Example{Negative: neg, Line: n}
			if i := strings.LastIndex(body, "=>"); i >= 0 {
				ex.Sentence = strings.TrimSpace(body[:i])
				ex.Want = strings.TrimSpace(body[i+2:])
			} else {
				ex.Sentence = body
			}
			if ex.Sentence == "" {
				return nil, &Error{File: file, Line: n, Msg: "empty example sentence"}
			}
			out[len(out)-1].Examples = append(out[len(out)-1].Examples, ex)
			continue
		}
		if strings.HasPrefix(trim, "@") {
			k, v, _ := strings.Cut(trim[1:], " ")
			if k == "" {
				return nil, &Error{File: file, Line: n, Msg: "empty directive"}
			}
			dirs = cloneWith(dirs, k, strings.TrimSpace(v))
			continue
		}
		if raw != strings.TrimLeft(raw, " \t") {
			return nil, &Error{File: file, Line: n, Msg: "unexpected indented line (only ex: lines are indented)"}
		}
		code, body := splitEntry(line)
		if code == "" {
			// "\r  00": a line that opens with another kind of space has
			// no code before its body.
			return nil, &Error{File: file, Line: n, Msg: "entry has no code before its body"}
		}
		if body == "" {
			return nil, &Error{File: file, Line: n, Msg: fmt.Sprintf("entry %q has no body (separate code and body by two spaces or a tab)", code)}
		}
		// Strip a trailing comment.
		if i := strings.Index(body, " #"); i >= 0 {
			body = strings.TrimSpace(body[:i])
		}
		out = append(out, Entry{File: file, Line: n, Code: code, Body: body, Directives: dirs})
	}
	if err := sc.Err(); err != nil {
		return nil, &Error{File: file, Line: n + 1, Msg: err.Error()}
	}
	return out, nil
}

func splitEntry(line string) (string, string) {
	if i := strings.IndexAny(line, "\t"); i >= 0 {
		if j := strings.Index(line, "  "); j < 0 || i < j {
			return strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+1:])
		}
	}
	if j := strings.Index(line, "  "); j >= 0 {
		return strings.TrimSpace(line[:j]), strings.TrimSpace(line[j:])
	}
	return strings.TrimSpace(line), ""
}

func cloneWith(m map[string]string, k, v string) map[string]string {
	out := make(map[string]string, len(m)+1)
	for a, b := range m {
		out[a] = b
	}
	out[k] = v
	return out
}
