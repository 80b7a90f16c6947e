package dictfile

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"testing/fstest"
)

// ParseDir parses every *.txt file in dir, in name order. files holds the
// entries of each file parsed before the first failure; err is that
// failure (a read error, or the parse error naming file:line). A caller
// that checks entries as it adds them walks files first and returns err
// after, so the first error in file order is the one reported.
func ParseDir(fsys fs.FS, dir string) (files [][]Entry, err error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("list dictionaries: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return files, err
		}
		es, err := Parse(strings.TrimPrefix(name, "data/"), b)
		if err != nil {
			return files, err
		}
		files = append(files, es)
	}
	return files, nil
}

// Snapshot reads dir's *.txt files once into memory and returns them as a
// file system of their own, under the same names. A compiler that parses
// the text and records its checksum (SourceSum) reads both from the
// snapshot: read twice from disk, an edit saved between the two reads
// would give a compiled form whose checksum vouches for text it does not
// contain, and Load would trust it.
func Snapshot(fsys fs.FS, dir string) (fs.FS, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("list dictionaries: %w", err)
	}
	snap := make(fstest.MapFS, len(names))
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("snapshot %s: %w", name, err)
		}
		snap[name] = &fstest.MapFile{Data: b, Mode: 0o444}
	}
	return snap, nil
}
