package store_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-events/parley/store"
)

// sqliteFile writes an SQLite database at path with the given statements.
func sqliteFile(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
}

// TestInspectFile checks what each kind of --db path is taken for, and that
// neither inspecting nor a refused OpenSQLite changes the file.
func TestInspectFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	parley := filepath.Join(dir, "parley.db")
	st, err := store.OpenSQLite(ctx, parley)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	blank := filepath.Join(dir, "blank.db")
	sqliteFile(t, blank, "CREATE TABLE x (a)", "DROP TABLE x")
	foreign := filepath.Join(dir, "places.sqlite")
	sqliteFile(t, foreign, "CREATE TABLE moz_places (id INTEGER)", "INSERT INTO moz_places VALUES (1)")
	sub := filepath.Join(dir, "sub.db")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		want       store.FileState
		err        string // "" when no error is expected
	}{
		{"missing", filepath.Join(dir, "none.db"), store.FileMissing, ""},
		{"0 bytes", write("empty.db", ""), store.FileEmpty, ""},
		{"SQLite without tables", blank, store.FileEmpty, ""},
		{"parley's", parley, store.FileParley, ""},
		{"text", write("notes.db", "Kigali, 3 May: the talks resumed.\n"), 0, "not a parley database (not an SQLite file)"},
		{"shorter than the header", write("short.db", "SQLite"), 0, "not an SQLite file"},
		{"corrupt after the header", write("corrupt.db", "SQLite format 3\x00"+strings.Repeat("\xff", 200)), 0, "not a parley database"},
		{"directory", sub, 0, "not a parley database (a directory)"},
		{"another program's", foreign, 0, "another program's SQLite database, with tables moz_places"},
		{"bad path", "x.db?mode=memory", 0, "bad database path"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, _ := os.ReadFile(tt.path)
			got, err := store.InspectFile(ctx, tt.path)
			if tt.err == "" {
				if err != nil || got != tt.want {
					t.Fatalf("got %v, %v; want %v", got, err, tt.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("error %v, want %q", err, tt.err)
			}
			if tt.name != "bad path" && !errors.Is(err, store.ErrNotDatabase) {
				t.Errorf("error %v is not ErrNotDatabase", err)
			}
			if _, err := store.OpenSQLite(ctx, tt.path); err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("OpenSQLite: error %v, want %q", err, tt.err)
			}
			after, _ := os.ReadFile(tt.path)
			if !bytes.Equal(before, after) {
				t.Errorf("file changed")
			}
			for _, ext := range []string{"-wal", "-shm", "-journal"} {
				if _, err := os.Stat(tt.path + ext); err == nil {
					t.Errorf("left a %s file", ext)
				}
			}
		})
	}
}

// TestOpenEmptyFile checks that a 0-byte file becomes a new database when a
// writer opens it, as SQLite treats a zero-length file.
func TestOpenEmptyFile(t *testing.T) {
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "touched.db")
	if err := os.WriteFile(p, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := store.OpenSQLite(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if got, err := store.InspectFile(ctx, p); err != nil || got != store.FileParley {
		t.Errorf("after opening: %v, %v; want FileParley", got, err)
	}
}
