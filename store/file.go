package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// FileState is what a database path holds before parley opens it.
type FileState int

const (
	// FileMissing: nothing at the path. A writer (ingest, demo) creates
	// the database; a reader (serve, export) has nothing to read.
	FileMissing FileState = iota
	// FileEmpty: a 0-byte file, or an SQLite database with no tables. SQLite
	// treats a zero-length file as an empty database, so a writer starts one
	// in it (a user's `touch parley.db` or mktemp); a reader refuses it,
	// since it holds no events and may be a database truncated by accident.
	FileEmpty
	// FileParley: a database parley wrote (any schema version; opening
	// migrates an older one).
	FileParley
)

// ErrNotDatabase marks a path that holds something other than a parley
// database: a directory, a file that is not SQLite, or another program's
// SQLite database. Opening would fail, or would add parley's tables to
// someone else's data, so the file is left untouched.
var ErrNotDatabase = errors.New("not a parley database")

// sqliteMagic opens every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// InspectFile says what path holds without changing it: the header is read
// directly, and an SQLite file is opened read-only to list its tables.
// A 0-byte file whose write-ahead log holds data is a database whose first
// pages are not checkpointed yet, and is inspected as one.
func InspectFile(ctx context.Context, path string) (FileState, error) {
	if path == "" || strings.ContainsAny(path, "?#") {
		return 0, fmt.Errorf("bad database path %q", path)
	}
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return FileMissing, nil
	}
	if err != nil {
		return 0, fmt.Errorf("database %s: %w", path, err)
	}
	if fi.IsDir() {
		return 0, fmt.Errorf("%s is %w (a directory)", path, ErrNotDatabase)
	}
	if !fi.Mode().IsRegular() {
		return 0, fmt.Errorf("%s is %w (not a regular file)", path, ErrNotDatabase)
	}
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("database %s: %w", path, err)
	}
	head := make([]byte, len(sqliteMagic))
	n, err := io.ReadFull(f, head)
	f.Close()
	switch {
	case n == 0 && (err == nil || errors.Is(err, io.EOF)):
		if wal, werr := os.Stat(path + "-wal"); werr != nil || wal.Size() == 0 {
			return FileEmpty, nil
		}
	case err != nil && !errors.Is(err, io.ErrUnexpectedEOF):
		return 0, fmt.Errorf("read database %s: %w", path, err)
	case string(head[:n]) != sqliteMagic:
		return 0, fmt.Errorf("%s is %w (not an SQLite file)", path, ErrNotDatabase)
	}
	return inspectTables(ctx, path)
}

// inspectTables tells an empty SQLite database, parley's, and another
// program's apart by their tables.
func inspectTables(ctx context.Context, path string) (FileState, error) {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		return 0, fmt.Errorf("open database %s: %w", path, err)
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, "SELECT name FROM sqlite_master WHERE type = 'table'")
	if err != nil {
		return 0, fmt.Errorf("%s is %w (%v)", path, ErrNotDatabase, err)
	}
	defer rows.Close()
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return 0, fmt.Errorf("%s is %w (%v)", path, ErrNotDatabase, err)
		}
		tables = append(tables, name)
	}
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("%s is %w (%v)", path, ErrNotDatabase, err)
	}
	if len(tables) == 0 {
		return FileEmpty, nil
	}
	has := map[string]bool{}
	for _, t := range tables {
		has[t] = true
	}
	if has["stories"] && has["events"] {
		return FileParley, nil
	}
	sort.Strings(tables)
	if len(tables) > 5 {
		tables = append(tables[:5], "...")
	}
	return 0, fmt.Errorf("%s is %w (another program's SQLite database, with tables %s)", path, ErrNotDatabase, strings.Join(tables, ", "))
}
