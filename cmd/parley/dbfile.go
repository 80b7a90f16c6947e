package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/parley-events/parley/store"
)

// The commands that take --db treat the file alike (docs/cli.md): a
// directory, a file that is not SQLite, or another program's SQLite
// database is refused by all of them (exit 1) and left untouched. They
// differ only on a path that holds no database yet.

// readableDB checks the --db of a command that reads a store (serve,
// export). A missing or empty file is refused rather than opened: opening
// would turn it into an empty database and serve or export nothing, and an
// empty file where a database was expected may be one truncated by
// accident, which the user should hear about.
func readableDB(ctx context.Context, path string) error {
	state, err := store.InspectFile(ctx, path)
	switch {
	case err != nil:
		return err
	case state == store.FileMissing:
		return fmt.Errorf("no database at %s (create one with parley ingest --db %s PATH...)", path, path)
	case state == store.FileEmpty:
		return fmt.Errorf("%s is %s, not a parley database (create one with parley ingest --db %s PATH...)", path, emptyKind(path), path)
	}
	return nil
}

// writableDB checks the --db of a command that writes a store (ingest,
// demo). A missing file is created; an empty one becomes a new database,
// as SQLite itself treats a zero-length file (a user's `touch parley.db`,
// or mktemp), and the returned note says so on stderr, so a database
// truncated by accident is not refilled silently.
func writableDB(ctx context.Context, path string) (note string, err error) {
	state, err := store.InspectFile(ctx, path)
	if err != nil {
		return "", err
	}
	if state == store.FileEmpty {
		return fmt.Sprintf("%s is %s; starting a new database in it", path, emptyKind(path)), nil
	}
	if state == store.FileMissing {
		return "", creatable(path)
	}
	return "", nil
}

// creatable reports, in the user's terms, why a missing --db cannot be
// created: SQLite says only "unable to open database file (14)" for a
// directory that does not exist or may not be written. The file is created
// and removed again, so nothing is left when the command fails later.
func creatable(path string) error {
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("cannot create database %s: directory %s does not exist", path, dir)
	} else if err != nil {
		return fmt.Errorf("cannot create database %s: %w", path, err)
	} else if !fi.IsDir() {
		return fmt.Errorf("cannot create database %s: %s is not a directory", path, dir)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("cannot create database %s: %w", path, err)
	}
	f.Close()
	return os.Remove(path)
}

func emptyKind(path string) string {
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 {
		return "an SQLite database with no tables"
	}
	return "an empty file"
}
