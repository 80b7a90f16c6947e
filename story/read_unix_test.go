//go:build unix

package story

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
)

// TestReadDirectorySpecialFiles checks that a directory walk names what it
// cannot read, a broken link or a named pipe, instead of passing over it in
// silence, reads a link to a file, and never opens the pipe (which would
// wait for a writer forever).
func TestReadDirectorySpecialFiles(t *testing.T) {
	dir := t.TempDir()
	target := writeFile(t, t.TempDir(), "real.txt", []byte("Story behind a link."))
	writeFile(t, dir, "a.txt", []byte("Story A."))
	if err := os.Symlink(target, filepath.Join(dir, "b-link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "c-broken.txt")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "d-pipe.txt"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	res := read(t, dir, nil, Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	var ids []string
	for _, s := range res.stories {
		ids = append(ids, s.ID)
	}
	if want := []string{"a.txt", "b-link.txt"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("stories %q, want %q", ids, want)
	}
	if len(res.errs) != 2 || !strings.Contains(res.errs[0].Error(), "broken link") || !errors.Is(res.errs[1], ErrNotRegular) ||
		!strings.Contains(res.errs[1].Error(), "a named pipe") {
		t.Errorf("errors %v, want a broken link and a named pipe", res.errs)
	}
}
