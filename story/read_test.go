package story

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// result is everything one Read call produced.
type result struct {
	stories []Story
	errs    []*StoryError
	err     error
}

func read(t *testing.T, path string, stdin []byte, opt Options) result {
	t.Helper()
	var res result
	var r io.Reader
	if stdin != nil {
		r = bytes.NewReader(stdin)
	}
	res.err = Read(context.Background(), path, r, opt, func(s Story, err error) bool {
		if err != nil {
			var se *StoryError
			if !errors.As(err, &se) {
				t.Fatalf("yield got %T %v, want *StoryError", err, err)
			}
			res.errs = append(res.errs, se)
			return true
		}
		res.stories = append(res.stories, s)
		return true
	})
	return res
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadPlainText(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		data    []byte
		opt     Options
		want    *Story
		wantErr error  // per-story error
		errHas  string // substring of that error's message
	}{
		{
			name: "plain story",
			file: "a.txt",
			data: []byte("Turkey and Russia agreed a ceasefire.\n"),
			opt:  Options{Date: "2020-03-05"},
			want: &Story{ID: "a.txt", Date: "2020-03-05", Text: "Turkey and Russia agreed a ceasefire.\n"},
		},
		{
			name: "no date option leaves story undated",
			file: "b",
			data: []byte("Iran protested."),
			want: &Story{ID: "b", Text: "Iran protested."},
		},
		{
			name: "BOM stripped and CRLF normalised, lone CR kept",
			file: "c.txt",
			data: []byte("\xEF\xBB\xBFLine one.\r\nLine two.\rSame line.\r\n"),
			want: &Story{ID: "c.txt", Text: "Line one.\nLine two.\rSame line.\n"},
		},
		{
			name: "text mentioning html later stays text",
			file: "d.txt",
			data: []byte("The site served <html> pages.\n<html>"),
			want: &Story{ID: "d.txt", Text: "The site served <html> pages.\n<html>"},
		},
		{name: "empty file", file: "e.txt", data: []byte{}, wantErr: ErrEmpty, errHas: "empty story"},
		{name: "whitespace only", file: "f.txt", data: []byte(" \n\t\r\n"), wantErr: ErrEmpty},
		{name: "BOM only", file: "g.txt", data: utf8BOM, wantErr: ErrEmpty},
		{
			name: "CRs before a CRLF are one line end", file: "g3.txt",
			data: []byte("Talks ended.\r\r\nEnvoys left.\r\r\r\nA lone\rCR stays.\r\n"),
			want: &Story{ID: "g3.txt", Text: "Talks ended.\nEnvoys left.\nA lone\rCR stays.\n"},
		},
		{
			name: "every leading BOM is dropped", file: "g2.txt",
			data: []byte("\xEF\xBB\xBF\xEF\xBB\xBFRebels withdrew."),
			want: &Story{ID: "g2.txt", Text: "Rebels withdrew."},
		},
		{
			name: "NUL byte is binary", file: "h.bin",
			data:    []byte("GIF89a\x01\x00\x01\x00\x00\xff"),
			wantErr: ErrBinary, errHas: "binary file: NUL byte at byte offset 7",
		},
		{
			name: "control bytes without NUL are binary", file: "i.bin",
			data:    bytes.Repeat([]byte("\x01\x02\x03abc\x7f\x05"), 50),
			wantErr: ErrBinary, errHas: "control bytes or not UTF-8",
		},
		{
			name: "random high bytes are binary", file: "j.bin",
			data:    bytes.Repeat([]byte{0x8f, 0xc3, 0xff, 0x41, 0xfe, 0x9a}, 100),
			wantErr: ErrBinary,
		},
		{
			name: "gzip is named", file: "s.txt.gz",
			data:    []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"),
			wantErr: ErrBinary, errHas: "gzip-compressed data; parley reads no compressed input, so decompress it first",
		},
		{
			name: "zip is named", file: "stories.zip",
			data:    []byte("PK\x03\x04\x14\x00"),
			wantErr: ErrBinary, errHas: "zip data",
		},
		{
			name: "a JSON object is no story text", file: "stories.json",
			data:    []byte(`{"id": "a1", "text": "Chile recalled its envoy."}` + "\n"),
			wantErr: ErrJSONText, errHas: "as JSON Lines, one object per line, from a .jsonl or .ndjson file or with --format jsonl",
		},
		{
			name: "a JSON array of objects, cut off, is no story text", file: "stories.txt",
			data:    []byte("\n [\n  {\"id\": \"a1\", \"te"),
			wantErr: ErrJSONText,
		},
		{
			name: "a bracketed dateline is story text", file: "n.txt",
			data: []byte("[Reuters] Chile recalled its envoy."),
			want: &Story{ID: "n.txt", Text: "[Reuters] Chile recalled its envoy."},
		},
		{
			name: "a brace that opens no JSON is story text", file: "o.txt",
			data: []byte("{Draft} Chile recalled its envoy."),
			want: &Story{ID: "o.txt", Text: "{Draft} Chile recalled its envoy."},
		},
		{
			name: "latin-1 text reports offset", file: "k.txt",
			data:    []byte("Les forces fran\xe7aises ont quitt\xe9 le Mali."),
			wantErr: ErrInvalidUTF8, errHas: "invalid UTF-8 at byte offset 15 (byte 0xe7)",
		},
		{
			name: "truncated UTF-8 at end", file: "l.txt",
			data:    []byte("Kyiv \xd0"),
			wantErr: ErrInvalidUTF8, errHas: "byte offset 5",
		},
		{
			name: "UTF-16 is named", file: "m.txt",
			data:    []byte("\xff\xfeK\x00y\x00i\x00v\x00"),
			wantErr: ErrInvalidUTF8, errHas: "UTF-16",
		},
		{
			name: "over MaxStoryBytes", file: "n.txt",
			data:    bytes.Repeat([]byte("word "), 100),
			opt:     Options{MaxStoryBytes: 499},
			wantErr: ErrTooLong, errHas: "story too long: more than 499 bytes",
		},
		{
			name: "exactly MaxStoryBytes", file: "o.txt",
			data: bytes.Repeat([]byte("word "), 100),
			opt:  Options{MaxStoryBytes: 500},
			want: &Story{ID: "o.txt", Text: strings.Repeat("word ", 100)},
		},
		{
			name: "tabs, escape and form feed are text", file: "p.txt",
			data: []byte("\x1b[1mBold\x1b[0m\tcol\fpage"),
			want: &Story{ID: "p.txt", Text: "\x1b[1mBold\x1b[0m\tcol\fpage"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), tc.file, tc.data)
			res := read(t, p, nil, tc.opt)
			if res.err != nil {
				t.Fatalf("Read returned %v", res.err)
			}
			if tc.wantErr != nil {
				if len(res.errs) != 1 || len(res.stories) != 0 {
					t.Fatalf("got %d stories, errors %v; want one error", len(res.stories), res.errs)
				}
				e := res.errs[0]
				if !errors.Is(e, tc.wantErr) {
					t.Errorf("error %q is not %v", e, tc.wantErr)
				}
				if !strings.Contains(e.Error(), tc.errHas) {
					t.Errorf("error %q lacks %q", e, tc.errHas)
				}
				if e.Source != p {
					t.Errorf("error source %q, want %q", e.Source, p)
				}
				return
			}
			if len(res.errs) != 0 || len(res.stories) != 1 {
				t.Fatalf("got stories %+v errors %v; want one story", res.stories, res.errs)
			}
			if res.stories[0] != *tc.want {
				t.Errorf("got %+v\nwant %+v", res.stories[0], *tc.want)
			}
		})
	}
}

// A 20 MB input with no newline is an error for that story, read only up to
// the limit, and the next line of a JSONL file is still read.
func TestReadHugeNoNewline(t *testing.T) {
	dir := t.TempDir()
	huge := bytes.Repeat([]byte("a"), 20<<20)

	res := read(t, writeFile(t, dir, "huge.txt", huge), nil, Options{})
	if res.err != nil || len(res.stories) != 0 || len(res.errs) != 1 || !errors.Is(res.errs[0], ErrTooLong) {
		t.Fatalf("huge.txt: err %v, %d stories, errors %v; want one ErrTooLong", res.err, len(res.stories), res.errs)
	}
	if !strings.Contains(res.errs[0].Error(), "more than 8388608 bytes") {
		t.Errorf("message %q does not give the limit", res.errs[0])
	}

	jl := append(append([]byte(`{"id":"big","text":"`), huge...), `"}`+"\n"+`{"id":"next","date":"2024-01-02","text":"Still read."}`...)
	res = read(t, writeFile(t, dir, "huge.jsonl", jl), nil, Options{})
	if res.err != nil || len(res.errs) != 1 || !errors.Is(res.errs[0], ErrTooLong) {
		t.Fatalf("huge.jsonl: err %v, errors %v; want one ErrTooLong", res.err, res.errs)
	}
	if want := filepath.Join(dir, "huge.jsonl") + ":1"; res.errs[0].Source != want {
		t.Errorf("source %q, want %q", res.errs[0].Source, want)
	}
	if len(res.stories) != 1 || res.stories[0].ID != "next" {
		t.Errorf("stories after the long line: %+v", res.stories)
	}

	// Same file, all on one line: one clear error and nothing else.
	res = read(t, writeFile(t, dir, "oneline.jsonl", huge), nil, Options{})
	if len(res.errs) != 1 || !errors.Is(res.errs[0], ErrTooLong) || len(res.stories) != 0 {
		t.Fatalf("oneline.jsonl: errors %v stories %d", res.errs, len(res.stories))
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		opt       Options
		wantIDs   []string
		wantErrs  []string // Source of each per-story error
		wantFatal bool
	}{
		{name: "text default", in: "Russia vetoed the draft.", wantIDs: []string{"stdin"}},
		{name: "text explicit", in: "Russia vetoed the draft.", opt: Options{StdinFormat: "text"}, wantIDs: []string{"stdin"}},
		{
			name:     "jsonl",
			in:       `{"id":"1","text":"One."}` + "\n" + `nope` + "\n" + `{"id":"3","text":"Three."}`,
			opt:      Options{StdinFormat: "jsonl"},
			wantIDs:  []string{"1", "3"},
			wantErrs: []string{"stdin:2"},
		},
		{name: "empty stdin", in: "", wantErrs: []string{"stdin"}},
		// JSON Lines piped without --format jsonl is refused, not coded as
		// one sentence of keys and quotes.
		{name: "jsonl without the format", in: `{"id":"1","text":"One."}` + "\n", wantErrs: []string{"stdin"}},
		{name: "unknown format", in: "x", opt: Options{StdinFormat: "xml"}, wantFatal: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, path := range []string{"-", ""} {
				res := read(t, path, []byte(tc.in), tc.opt)
				if (res.err != nil) != tc.wantFatal {
					t.Fatalf("path %q: fatal error %v, want fatal %v", path, res.err, tc.wantFatal)
				}
				var ids, srcs []string
				for _, s := range res.stories {
					ids = append(ids, s.ID)
				}
				for _, e := range res.errs {
					srcs = append(srcs, e.Source)
				}
				if !reflect.DeepEqual(ids, tc.wantIDs) || !reflect.DeepEqual(srcs, tc.wantErrs) {
					t.Errorf("path %q: ids %v errors %v; want ids %v error sources %v", path, ids, res.errs, tc.wantIDs, tc.wantErrs)
				}
			}
		})
	}
	if err := Read(context.Background(), "-", nil, Options{}, func(Story, error) bool { return true }); err == nil {
		t.Error("nil stdin: want an error")
	}
}

func TestReadFatal(t *testing.T) {
	noop := func(Story, error) bool { return true }
	if err := Read(context.Background(), filepath.Join(t.TempDir(), "missing.txt"), nil, Options{}, noop); err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: got %v, want ErrNotExist", err)
	}
	p := writeFile(t, t.TempDir(), "a.txt", []byte("text"))
	if err := Read(context.Background(), p, nil, Options{Date: "26/10/2024"}, noop); !errors.Is(err, ErrBadDate) {
		t.Errorf("bad option date: got %v, want ErrBadDate", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Read(ctx, p, nil, Options{}, noop); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: got %v", err)
	}
}

func TestReadDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b.txt", []byte("Story B."))
	writeFile(t, dir, "a/2.txt", []byte("Story A2."))
	writeFile(t, dir, "a/10.txt", []byte("Story A10."))
	writeFile(t, dir, "a/stories.jsonl", []byte(`{"id":"j1","date":"2023-01-01","text":"J1."}`+"\n"+`{"id":"j2","text":"J2."}`+"\n"))
	writeFile(t, dir, "c/1.txt", []byte("Story C1, same base name as others."))
	writeFile(t, dir, "c/empty.txt", nil)
	writeFile(t, dir, ".hidden.txt", []byte("never read"))
	writeFile(t, dir, ".git/config.txt", []byte("never read"))
	writeFile(t, dir, "d/feed.rss", mustRead(t, "testdata/atom.xml"))
	writeFile(t, dir, "d/page", mustRead(t, "testdata/article.html"))
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}

	res := read(t, dir, nil, Options{Date: "2024-10-26"})
	if res.err != nil {
		t.Fatal(res.err)
	}
	var got []string
	for _, s := range res.stories {
		got = append(got, s.ID+" "+s.Date)
	}
	want := []string{
		"a/10.txt 2024-10-26", // lexical order: "10" sorts before "2"
		"a/2.txt 2024-10-26",
		"j1 2023-01-01",
		"j2 2024-10-26",
		"b.txt 2024-10-26",
		"c/1.txt 2024-10-26",
		"urn:caucasus:2023-0042 2023-09-19",
		"urn:caucasus:2023-0043 2023-09-21",
		"d/page 2020-03-05",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stories:\n got %q\nwant %q", got, want)
	}
	if len(res.errs) != 1 || !errors.Is(res.errs[0], ErrEmpty) || res.errs[0].ID != "c/empty.txt" {
		t.Errorf("errors %v, want one empty-story error for c/empty.txt", res.errs)
	}
}

func TestYieldStops(t *testing.T) {
	p := writeFile(t, t.TempDir(), "s.jsonl", []byte(strings.Repeat(`{"id":"x","text":"t"}`+"\n", 10)))
	n := 0
	err := Read(context.Background(), p, nil, Options{}, func(Story, error) bool { n++; return n < 3 })
	if err != nil || n != 3 {
		t.Errorf("got %d calls, err %v; want 3 calls and nil", n, err)
	}
	n = 0
	err = Read(context.Background(), "testdata/rss.xml", nil, Options{}, func(Story, error) bool { n++; return false })
	if err != nil || n != 1 {
		t.Errorf("feed: got %d calls, err %v; want 1 call", n, err)
	}
}

func TestReadCancelMidway(t *testing.T) {
	p := writeFile(t, t.TempDir(), "s.jsonl", []byte(strings.Repeat(`{"id":"x","text":"t"}`+"\n", 10)))
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Read(ctx, p, nil, Options{}, func(Story, error) bool {
		n++
		if n == 2 {
			cancel()
		}
		return true
	})
	if !errors.Is(err, context.Canceled) || n != 2 {
		t.Errorf("got %d stories, err %v; want 2 and context.Canceled", n, err)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		head string
		want kind
	}{
		{"Turkey and Russia", kindText},
		{"", kindText},
		{"<rss version=\"2.0\">", kindFeed},
		{"\xEF\xBB\xBF\n  <RSS>", kindFeed},
		{"<feed xmlns=\"http://www.w3.org/2005/Atom\">", kindFeed},
		{"<?xml version=\"1.0\"?>\n<!-- c -->\n<rss>", kindFeed},
		{"<?xml version=\"1.0\"?><rdf:RDF>", kindFeed},
		{"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", kindHTML},
		{"<?xml version=\"1.0\"?><note/>", kindText},
		{"<!DOCTYPE html><html>", kindHTML},
		{"<html><body>", kindHTML},
		{"Intro.\n<html>", kindText},
		{"{\"id\":1}", kindText}, // JSONL is never guessed: the contract ties it to .jsonl or --format
	}
	for _, tc := range tests {
		if got := sniff([]byte(tc.head)); got != tc.want {
			t.Errorf("sniff(%q) = %v, want %v", tc.head, got, tc.want)
		}
	}
	names := map[string]kind{
		"a.jsonl": kindJSONL, "A.NDJSON": kindJSONL, "f.xml": kindFeed, "f.rss": kindFeed, "f.atom": kindFeed,
		"p.html": kindHTML, "p.HTM": kindHTML, "s.txt": kindAuto, "noext": kindAuto, "x.json": kindAuto,
	}
	for name, want := range names {
		if got := kindOfName(name); got != want {
			t.Errorf("kindOfName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestStoryErrorMessage(t *testing.T) {
	e := &StoryError{Source: "in.jsonl:3", ID: "a1", Err: ErrEmpty}
	if got, want := e.Error(), `in.jsonl:3: story "a1": empty story`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	e = &StoryError{Source: "in.jsonl:4", Err: ErrMissingID}
	if got, want := e.Error(), `in.jsonl:4: missing id`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if !errors.Is(e, ErrMissingID) {
		t.Error("StoryError does not unwrap")
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReadPaths(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte("Story A."))
	b := writeFile(t, dir, "b.jsonl", []byte(`{"id":"b1","text":"B1."}`+"\n"+`{"id":"b2","text":"B2."}`))
	missing := filepath.Join(dir, "missing.txt")
	collect := func(paths []string, stdin string, stopAfter int) ([]string, error) {
		var ids []string
		err := ReadPaths(context.Background(), paths, strings.NewReader(stdin), Options{}, func(s Story, err error) bool {
			ids = append(ids, s.ID)
			return stopAfter == 0 || len(ids) < stopAfter
		})
		return ids, err
	}

	ids, err := collect([]string{a, missing, b}, "", 0)
	if want := []string{"a.txt", "b1", "b2"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ids %q, want %q", ids, want)
	}
	if err == nil || !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("error %v, want the missing file named", err)
	}

	ids, err = collect(nil, "From stdin.", 0)
	if err != nil || !reflect.DeepEqual(ids, []string{"stdin"}) {
		t.Errorf("no paths: ids %q err %v, want stdin", ids, err)
	}

	ids, err = collect([]string{b, a}, "", 1)
	if err != nil || !reflect.DeepEqual(ids, []string{"b1"}) {
		t.Errorf("stop after one: ids %q err %v", ids, err)
	}
}
