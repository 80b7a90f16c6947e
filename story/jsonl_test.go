package story

import (
	"bufio"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
)

func TestReadJSONL(t *testing.T) {
	type wantErr struct {
		line int
		id   string
		is   error
		has  string
	}
	tests := []struct {
		name string
		in   string
		opt  Options
		want []Story
		errs []wantErr
	}{
		{
			name: "all fields",
			in:   `{"id":"s1","date":"2024-10-26","text":"Kazakhstan hosted talks.","title":"T","url":"https://x/1","source":"Wire"}`,
			want: []Story{{ID: "s1", Date: "2024-10-26", Text: "Kazakhstan hosted talks.", Title: "T", URL: "https://x/1", Source: "Wire"}},
		},
		{
			name: "extra fields ignored, numeric id, missing date falls back",
			in:   `{"id":42,"text":"A.","lang":"en","meta":{"k":[1,2]}}`,
			opt:  Options{Date: "2020-01-01"},
			want: []Story{{ID: "42", Date: "2020-01-01", Text: "A."}},
		},
		{
			name: "RFC 3339 date keeps its own day",
			in:   `{"id":"a","date":"2020-03-05T23:30:00-05:00","text":"A."}`,
			want: []Story{{ID: "a", Date: "2020-03-05", Text: "A."}},
		},
		{
			name: "bad date is a per-story error",
			in:   `{"id":"a","date":"05/03/2020","text":"A."}` + "\n" + `{"id":"b","date":"2020-02-30","text":"B."}` + "\n" + `{"id":"c","text":"C."}`,
			want: []Story{{ID: "c", Text: "C."}},
			errs: []wantErr{{1, "a", ErrBadDate, `bad date "05/03/2020": want YYYY-MM-DD`}, {2, "b", ErrBadDate, "2020-02-30"}},
		},
		{
			name: "not JSON names the line and the rest is read",
			in:   `{"id":"1","text":"One."}` + "\n" + `this is not json` + "\n" + `{"id":"3","text":"Three."` + "\n" + `{"id":"4","text":"Four."}`,
			want: []Story{{ID: "1", Text: "One."}, {ID: "4", Text: "Four."}},
			errs: []wantErr{{2, "", ErrNotJSON, `line starts with "this is not json"`}, {3, "", ErrNotJSON, "unexpected end of JSON input"}},
		},
		{
			name: "JSON that is not an object",
			in:   "[1,2]\n\"text\"\nnull\n42",
			errs: []wantErr{{1, "", ErrNotJSON, ""}, {2, "", ErrNotJSON, ""}, {3, "", ErrNotJSON, ""}, {4, "", ErrNotJSON, ""}},
		},
		{
			name: "trailing garbage after the object",
			in:   `{"id":"1","text":"One."} {"id":"2"}`,
			errs: []wantErr{{1, "", ErrNotJSON, "after top-level value"}},
		},
		{
			name: "wrong field type",
			in:   `{"id":"1","text":["One."]}`,
			errs: []wantErr{{1, "1", ErrNotJSON, "cannot unmarshal"}},
		},
		{
			name: "bad id type",
			in:   `{"id":{"a":1},"text":"One."}`,
			errs: []wantErr{{1, "", ErrNotJSON, "id must be a string or a number"}},
		},
		{
			name: "missing and blank id",
			in:   `{"text":"One."}` + "\n" + `{"id":"  ","text":"Two."}` + "\n" + `{"id":null,"text":"Three."}`,
			errs: []wantErr{{1, "", ErrMissingID, "missing id"}, {2, "", ErrMissingID, ""}, {3, "", ErrMissingID, ""}},
		},
		{
			name: "empty and missing text",
			in:   `{"id":"a","text":""}` + "\n" + `{"id":"b"}` + "\n" + `{"id":"c","text":" \n "}`,
			errs: []wantErr{{1, "a", ErrEmpty, "empty story"}, {2, "b", ErrEmpty, ""}, {3, "c", ErrEmpty, ""}},
		},
		{
			name: "invalid UTF-8 in a line is rejected with its offset",
			in:   "{\"id\":\"a\",\"text\":\"Caf\xe9\"}\n{\"id\":\"b\",\"text\":\"ok\"}",
			want: []Story{{ID: "b", Text: "ok"}},
			errs: []wantErr{{1, "", ErrInvalidUTF8, "invalid UTF-8 at byte offset 21 of the line (byte 0xe9)"}},
		},
		{
			name: "NUL escaped in the text refuses that story only, not as binary",
			in:   `{"id":"a","text":"Chile\u0000 protested."}` + "\n" + `{"id":"b","text":"Peru replied."}`,
			want: []Story{{ID: "b", Text: "Peru replied."}},
			errs: []wantErr{{1, "a", ErrNUL, `story "a": text holds a NUL character (\u0000) at byte offset 5 of the text`}},
		},
		{
			name: "text over MaxStoryBytes",
			in:   `{"id":"a","text":"` + strings.Repeat("x", 101) + `"}` + "\n" + `{"id":"b","text":"` + strings.Repeat("x", 100) + `"}`,
			opt:  Options{MaxStoryBytes: 100},
			want: []Story{{ID: "b", Text: strings.Repeat("x", 100)}},
			errs: []wantErr{{1, "a", ErrTooLong, "text of 101 bytes, more than 100"}},
		},
		{
			name: "escaped text is held to MaxStoryBytes once decoded",
			in:   `{"id":"a","text":"` + strings.Repeat("\\u003c", 100) + `"}` + "\n" + `{"id":"b","text":"` + strings.Repeat("\\u003c", 101) + `"}`,
			opt:  Options{MaxStoryBytes: 100},
			want: []Story{{ID: "a", Text: strings.Repeat("<", 100)}},
			errs: []wantErr{{2, "b", ErrTooLong, "text of 101 bytes"}},
		},
		{
			name: "line over the line limit",
			in:   `{"id":"a","text":"` + strings.Repeat("x", 70000) + `"}` + "\n" + `{"id":"b","text":"B."}`,
			opt:  Options{MaxStoryBytes: 100},
			want: []Story{{ID: "b", Text: "B."}},
			errs: []wantErr{{1, "", ErrTooLong, "line too long: more than 65736 bytes"}},
		},
		{
			name: "blank lines, CRLF, BOM and no final newline",
			in:   "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"A.\\r\\nB.\"}\r\n\r\n   \n{\"id\":\"b\",\"text\":\"\\ufeffC.\"}",
			want: []Story{{ID: "a", Text: "A.\nB."}, {ID: "b", Text: "C."}},
		},
		{
			name: "escapes decode to the stored text",
			in:   `{"id":"a","text":"Erdo\u011fan met Putin \u003cin Moscow\u003e.\n\"Quote\""}`,
			want: []Story{{ID: "a", Text: "Erdoğan met Putin <in Moscow>.\n\"Quote\""}},
		},
		{
			name: "line longer than bufio.Scanner's 64K",
			in:   `{"id":"long","text":"` + strings.Repeat("word ", 40000) + `"}`,
			want: []Story{{ID: "long", Text: strings.Repeat("word ", 40000)}},
		},
		{name: "empty file", in: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), "in.jsonl", []byte(tc.in))
			res := read(t, p, nil, tc.opt)
			if res.err != nil {
				t.Fatal(res.err)
			}
			if len(res.stories) != len(tc.want) {
				t.Fatalf("got %d stories %+v (errors %v), want %d", len(res.stories), res.stories, res.errs, len(tc.want))
			}
			for i := range tc.want {
				if res.stories[i] != tc.want[i] {
					t.Errorf("story %d:\n got %+v\nwant %+v", i, res.stories[i], tc.want[i])
				}
			}
			if len(res.errs) != len(tc.errs) {
				t.Fatalf("got errors %v, want %d", res.errs, len(tc.errs))
			}
			for i, w := range tc.errs {
				e := res.errs[i]
				if want := p + ":" + strconv.Itoa(w.line); e.Source != want {
					t.Errorf("error %d source %q, want %q", i, e.Source, want)
				}
				if e.ID != w.id {
					t.Errorf("error %d id %q, want %q", i, e.ID, w.id)
				}
				if !errors.Is(e, w.is) {
					t.Errorf("error %d %q is not %v", i, e, w.is)
				}
				if !strings.Contains(e.Error(), w.has) {
					t.Errorf("error %d %q lacks %q", i, e, w.has)
				}
			}
		})
	}
}

func TestReadJSONLBinaryFile(t *testing.T) {
	data := strings.Repeat("\x00\x01\x02\n", 1000)
	res := read(t, writeFile(t, t.TempDir(), "bin.jsonl", []byte(data)), nil, Options{})
	if len(res.errs) != 1 || !errors.Is(res.errs[0], ErrBinary) || len(res.stories) != 0 {
		t.Errorf("got %d stories, errors %v; want a single binary-file error", len(res.stories), res.errs)
	}
}

func TestLineReader(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want []string // "!" marks a line reported as too long
	}{
		{"a\nb\n", 10, []string{"a", "b"}},
		{"a\nb", 10, []string{"a", "b"}},
		{"\n\n", 10, []string{"", ""}},
		{"", 10, nil},
		{"abcde\nabcdef\nab", 5, []string{"abcde", "!", "ab"}},
		{"abc\r\n", 4, []string{"abc"}}, // the CR counts toward max
		{strings.Repeat("x", 100) + "\ny", 5, []string{"!", "y"}},
	}
	for _, tc := range tests {
		// A tiny bufio buffer makes ReadSlice return ErrBufferFull often,
		// exercising the chunk-joining path.
		lr := &lineReader{r: bufio.NewReaderSize(strings.NewReader(tc.in), 16), max: tc.max}
		var got []string
		for {
			line, tooLong, err := lr.next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			if tooLong {
				got = append(got, "!")
			} else {
				got = append(got, string(line))
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
			t.Errorf("lines of %.20q (max %d) = %q, want %q", tc.in, tc.max, got, tc.want)
		}
		if lr.line != len(tc.want) {
			t.Errorf("line count %d, want %d", lr.line, len(tc.want))
		}
	}
}

// TestReadJSONLSurrogateIDs checks that ids holding a UTF-16 surrogate
// escape that is not half of a pair stay distinct: encoding/json turns
// each into U+FFFD, which made "a\ud800" and "a\udc00" one id, so one
// story replaced the other on ingest. The lone escape is kept as written;
// a valid pair still decodes to its character, on both decoding paths
// (fastRecord and encoding/json, which an unknown field selects).
func TestReadJSONLSurrogateIDs(t *testing.T) {
	for _, tc := range []struct{ raw, want string }{
		{`a\ud800`, `a\ud800`},
		{`a\udc00`, `a\udc00`},
		{`a\uD800`, `a\ud800`},
		{`a\ud800\u0041`, `a\ud800A`},
		{`a\ud800\ud800`, `a\ud800\ud800`},
		{`a\udc00\ud800`, `a\udc00\ud800`},
		{`a\ud83d\ude00`, "a\U0001F600"},
		{`a\ud800\nb`, "a\\ud800\nb"},
		{`a\ufffd`, "a\uFFFD"},
		{`a\ud800\"\\\/`, `a\ud800"\/`},
	} {
		for _, extra := range []string{"", `,"x":1`} {
			line := `{"id":"` + tc.raw + `","text":"Troops withdrew."` + extra + "}\n"
			res := read(t, writeFile(t, t.TempDir(), "s.jsonl", []byte(line)), nil, Options{})
			if len(res.errs) != 0 || len(res.stories) != 1 {
				t.Errorf("%s: stories %v, errors %v", line, res.stories, res.errs)
				continue
			}
			if got := res.stories[0].ID; got != tc.want {
				t.Errorf("%s: id %q, want %q", line, got, tc.want)
			}
		}
	}
}
