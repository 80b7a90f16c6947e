package main

import (
	"context"
	"fmt"
	"os"

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
	return "", nil
}

func emptyKind(path string) string {
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 {
		return "an SQLite database with no tables"
	}
	return "an empty file"
}
