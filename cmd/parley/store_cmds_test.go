package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/store"
)

// TestIngestExportEndToEnd runs the real coder over the example stories,
// re-runs ingest to check it is resumable, and exports every format.
func TestIngestExportEndToEnd(t *testing.T) {
	db := filepath.Join(t.TempDir(), "e2e.db")
	var out, errb bytes.Buffer
	if code := cmdIngest([]string{"--db", db, "--date", "2020-03-05", "../../examples"}, nil, &out, &errb); code != 0 {
		t.Fatalf("ingest exit %d: %s", code, errb.String())
	}
	if !strings.Contains(errb.String(), "0 unchanged, 0 failed") {
		t.Fatalf("first ingest summary: %s", errb.String())
	}
	errb.Reset()
	if code := cmdIngest([]string{"--db", db, "--date", "2020-03-05", "../../examples"}, nil, &out, &errb); code != 0 {
		t.Fatalf("re-ingest exit %d: %s", code, errb.String())
	}
	if !strings.Contains(errb.String(), " 0 stored,") {
		t.Fatalf("re-ingest should store nothing: %s", errb.String())
	}

	var jsonl bytes.Buffer
	errb.Reset()
	if code := cmdExport([]string{"--db", db, "--format", "jsonl"}, nil, &jsonl, &errb); code != 0 {
		t.Fatalf("export jsonl exit %d: %s", code, errb.String())
	}
	var events []event.Event
	if err := event.ReadJSONL(&jsonl, func(e event.Event) bool { events = append(events, e); return true }); err != nil {
		t.Fatal(err)
	}
	if len(events) == 0 {
		t.Fatal("the examples coded no events")
	}
	for _, format := range []string{"csv", "gdelt", "plover"} {
		var b bytes.Buffer
		errb.Reset()
		if code := cmdExport([]string{"--db", db, "--format", format}, nil, &b, &errb); code != 0 {
			t.Fatalf("export %s exit %d: %s", format, code, errb.String())
		}
		lines := strings.Count(b.String(), "\n")
		want := len(events)
		if format != "plover" {
			want++ // header
		}
		if format == "csv" {
			r := csv.NewReader(&b)
			recs, err := r.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			lines = len(recs)
		}
		if lines != want {
			t.Errorf("%s: %d lines, want %d", format, lines, want)
		}
	}
}

func TestExportUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	cases := [][]string{
		{"--db", db},                                          // no format
		{"--db", db, "--format", "xml"},                       // unknown format
		{"--db", db, "--format", "csv", "--root", "99"},       // bad filter
		{"--db", db, "--format", "csv", "--from", "2020-1-1"}, // bad date
		{"--db", db, "--format", "csv", "extra"},              // stray argument
	}
	for _, args := range cases {
		var out, errb bytes.Buffer
		if code := cmdExport(args, nil, &out, &errb); code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, errb.String())
		}
	}
}

// TestExportNotADatabase checks that export refuses an empty or foreign
// file with exit 1 and leaves it as it was, rather than migrating it into
// an empty database and printing only a header.
func TestExportNotADatabase(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, data, err string
	}{
		{"empty.db", "", "is an empty file, not a parley database"},
		{"notes.db", "Lima, 4 May: talks resumed.\n", "is not a parley database (not an SQLite file)"},
		{"short.db", "SQL", "is not a parley database"},
	}
	for _, tt := range tests {
		path := filepath.Join(dir, tt.name)
		if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
			t.Fatal(err)
		}
		var out, errb bytes.Buffer
		if code := cmdExport([]string{"--db", path, "--format", "csv"}, nil, &out, &errb); code != 1 || !strings.Contains(errb.String(), tt.err) {
			t.Errorf("%s: exit %d, stderr %q; want 1 and %q", tt.name, code, errb.String(), tt.err)
		}
		if out.Len() != 0 {
			t.Errorf("%s: wrote %q", tt.name, out.String())
		}
		if got, err := os.ReadFile(path); err != nil || string(got) != tt.data {
			t.Errorf("%s: file changed to %q (%v)", tt.name, got, err)
		}
		if _, err := os.Stat(path + "-wal"); err == nil {
			t.Errorf("%s: export created a write-ahead log", tt.name)
		}
	}
}

// TestServeHandler checks what parley serve mounts: the API over the store,
// the explainer on event details, and the embedded UI at the root.
func TestServeHandler(t *testing.T) {
	db := filepath.Join(t.TempDir(), "serve.db")
	var out, errb bytes.Buffer
	if code := cmdIngest([]string{"--db", db, "--date", "2020-03-05", "../../examples"}, nil, &out, &errb); code != 0 {
		t.Fatalf("ingest exit %d: %s", code, errb.String())
	}
	st, err := store.OpenSQLite(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h := newServeHandler(st, slog.New(slog.DiscardHandler))
	get := func(target string) (int, string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		return rec.Code, rec.Body.String()
	}
	code, body := get("/api/events?limit=1")
	var page struct {
		Total  int
		Events []struct{ ID string }
	}
	if code != 200 || json.Unmarshal([]byte(body), &page) != nil || len(page.Events) != 1 {
		t.Fatalf("events: %d %s", code, body)
	}
	code, body = get("/api/events/" + url.PathEscape(page.Events[0].ID))
	var d struct{ Explanation string }
	if code != 200 || json.Unmarshal([]byte(body), &d) != nil || !strings.Contains(d.Explanation, "Sentence 0:") {
		t.Fatalf("event detail: %d %.300s", code, body)
	}
	if code, body = get("/"); code != 200 || !strings.Contains(strings.ToLower(body), "<html") {
		t.Fatalf("UI: %d %.200s", code, body)
	}
}

// TestDBFileAcrossCommands checks that every command taking --db treats the
// same file alike: a text file, a directory or another program's SQLite
// database is refused by all (exit 1) and left as it was; an empty file is
// refused by the readers (serve, export) and becomes a new database, with a
// note on stderr, for the writers (ingest, demo).
func TestDBFileAcrossCommands(t *testing.T) {
	dir := t.TempDir()
	story := filepath.Join(dir, "s.txt")
	if err := os.WriteFile(story, []byte("Police in Quito arrested twelve protesters on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	run := map[string]func(db string) (int, string){
		"serve": func(db string) (int, string) {
			var out, errb bytes.Buffer
			return cmdServe([]string{"--db", db, "--addr", "127.0.0.1:0"}, nil, &out, &errb), errb.String()
		},
		"export": func(db string) (int, string) {
			var out, errb bytes.Buffer
			return cmdExport([]string{"--db", db, "--format", "jsonl"}, nil, &out, &errb), errb.String()
		},
		"ingest": func(db string) (int, string) {
			var out, errb bytes.Buffer
			return cmdIngest([]string{"--db", db, "--date", "2021-06-07", story}, nil, &out, &errb), errb.String()
		},
		"demo": func(db string) (int, string) {
			var out, errb bytes.Buffer
			return cmdDemo([]string{"--db", db, "--no-serve"}, nil, &out, &errb), errb.String()
		},
	}
	refused := []struct {
		name, msg string
		make      func(path string)
	}{
		{"notes.db", "is not a parley database (not an SQLite file)", func(p string) {
			os.WriteFile(p, []byte("Minutes of the meeting.\n"), 0o644)
		}},
		{"dir.db", "is not a parley database (a directory)", func(p string) { os.Mkdir(p, 0o755) }},
		{"other.sqlite", "another program's SQLite database, with tables notes", func(p string) { writeForeign(t, p) }},
	}
	for _, f := range refused {
		for cmd, fn := range run {
			p := filepath.Join(dir, cmd+"-"+f.name)
			f.make(p)
			before, _ := os.ReadFile(p)
			code, stderr := fn(p)
			if code != 1 || !strings.Contains(stderr, f.msg) {
				t.Errorf("%s --db %s: exit %d, stderr %q; want 1 and %q", cmd, f.name, code, stderr, f.msg)
			}
			if after, _ := os.ReadFile(p); !bytes.Equal(before, after) {
				t.Errorf("%s --db %s: file changed", cmd, f.name)
			}
		}
	}
	// A --db the writers cannot create is named in the user's terms, not
	// as SQLite's "unable to open database file (14)" (E31).
	for _, cmd := range []string{"ingest", "demo"} {
		for _, tc := range []struct{ db, msg string }{
			{filepath.Join(dir, "no-such-dir", "x.db"), "no-such-dir does not exist"},
		} {
			code, stderr := run[cmd](tc.db)
			if code != 1 || !strings.Contains(stderr, "cannot create database "+tc.db) || !strings.Contains(stderr, tc.msg) {
				t.Errorf("%s --db %s: exit %d, stderr %q; want 1 and %q", cmd, tc.db, code, stderr, tc.msg)
			}
		}
	}
	for cmd, fn := range run {
		p := filepath.Join(dir, cmd+"-empty.db")
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		code, stderr := fn(p)
		switch cmd {
		case "serve", "export":
			if code != 1 || !strings.Contains(stderr, "is an empty file, not a parley database") {
				t.Errorf("%s --db empty: exit %d, stderr %q; want 1 and a refusal", cmd, code, stderr)
			}
			if fi, err := os.Stat(p); err != nil || fi.Size() != 0 {
				t.Errorf("%s --db empty: file changed", cmd)
			}
		default:
			if code != 0 || !strings.Contains(stderr, "is an empty file; starting a new database in it") {
				t.Errorf("%s --db empty: exit %d, stderr %q; want 0 and a note", cmd, code, stderr)
			}
			if got, err := store.InspectFile(context.Background(), p); err != nil || got != store.FileParley {
				t.Errorf("%s --db empty: afterwards %v, %v; want a parley database", cmd, got, err)
			}
		}
	}
}

// writeForeign writes another program's SQLite database at p.
func writeForeign(t *testing.T, p string) {
	t.Helper()
	db, err := sql.Open("sqlite", p)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')"); err != nil {
		t.Fatal(err)
	}
}

// TestExportOutputIsNotTheDatabase checks that export refuses to write its
// output over the database it reads (or its write-ahead log), which would
// truncate the store before a row was read.
func TestExportOutputIsNotTheDatabase(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	story := filepath.Join(dir, "s.txt")
	if err := os.WriteFile(story, []byte("Police in Quito arrested twelve protesters on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := cmdIngest([]string{"--db", db, "--date", "2021-06-07", story}, nil, &out, &errb); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errb.String())
	}
	before, _ := os.ReadFile(db)
	link := filepath.Join(dir, "link.db")
	if err := os.Symlink(db, link); err != nil {
		t.Fatal(err)
	}
	for _, o := range []string{db, filepath.Join(dir, ".", "p.db"), link, db + "-wal"} {
		errb.Reset()
		if code := cmdExport([]string{"--db", db, "--format", "csv", "-o", o}, nil, &out, &errb); code != 1 || !strings.Contains(errb.String(), "would destroy it") {
			t.Errorf("-o %s: exit %d, stderr %q; want 1 and a refusal", o, code, errb.String())
		}
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("the database changed")
	}
	errb.Reset()
	if code := cmdExport([]string{"--db", db, "--format", "csv", "-o", filepath.Join(dir, "out.csv")}, nil, &out, &errb); code != 0 {
		t.Errorf("-o out.csv: exit %d: %s", code, errb.String())
	}
}
