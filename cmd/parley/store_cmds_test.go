package main

import (
	"bytes"
	"context"
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
