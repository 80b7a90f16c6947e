package dictfile

import (
	"hash/crc32"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"unsafe"

	"github.com/parley-events/parley/internal/leview"
)

func TestReader(t *testing.T) {
	r := Reader{S: "ab\x01\x00\x00\x00\xff\xff\xff\xff\x96\x01\x03xyz"}
	if got := r.Take(2); got != "ab" {
		t.Errorf("Take = %q", got)
	}
	if got := r.U32(); got != 1 {
		t.Errorf("U32 = %d", got)
	}
	if got := r.I32s(1); len(got) != 1 || got[0] != -1 {
		t.Errorf("I32s = %v", got)
	}
	if got := r.Uvarint(); got != 150 {
		t.Errorf("Uvarint = %d", got)
	}
	if got := r.Str(); got != "xyz" || r.Err != nil || r.Pos != len(r.S) {
		t.Errorf("Str = %q, err %v, pos %d", got, r.Err, r.Pos)
	}
	if r.U32(); r.Err == nil {
		t.Error("reading past the end set no error")
	}
	if got := r.Take(0); got != "" || r.Err == nil {
		t.Error("reads after an error must give zero values")
	}
}

func TestSourceSum(t *testing.T) {
	a := fstest.MapFS{"d/a.txt": {Data: []byte("x")}, "d/b.txt": {Data: []byte("y")}, "d/c.bin": {Data: []byte("z")}}
	b := fstest.MapFS{"d/a.txt": {Data: []byte("x")}, "d/b.txt": {Data: []byte("y")}}
	c := fstest.MapFS{"d/a.txt": {Data: []byte("xy")}, "d/b.txt": {Data: []byte("")}}
	sa, _ := SourceSum(a, "d")
	sb, _ := SourceSum(b, "d")
	sc, _ := SourceSum(c, "d")
	if sa != sb {
		t.Error("a non-.txt file changed the sum")
	}
	if sb == sc {
		t.Error("moving a byte between files left the sum unchanged")
	}
	if _, _, ok, err := ReadCompiled(b, "d"); ok || err != nil {
		t.Errorf("ReadCompiled without a compiled file: ok %v, err %v", ok, err)
	}
}

// stringFS serves compiled.bin from its own string, as data.Files does.
type stringFS struct {
	fstest.MapFS
	compiled string
	reads    *int
}

func (s stringFS) ReadFileString(name string) (string, error) {
	*s.reads++
	if name == "d/"+CompiledName {
		return s.compiled, nil
	}
	return "", fs.ErrNotExist
}

func TestReadCompiledStringFS(t *testing.T) {
	text := fstest.MapFS{"d/a.txt": {Data: []byte(strings.Repeat("an entry\n", 10000))}}
	want, err := SourceSum(text, "d")
	if err != nil {
		t.Fatal(err)
	}
	// The file is longer than SourceSum's buffer: streaming must give the
	// sum of the whole.
	tab := crc32.MakeTable(crc32.Castagnoli)
	if whole := crc32.Update(crc32.Update(0, tab, []byte("a.txt\x00")), tab, text["d/a.txt"].Data); want != whole {
		t.Errorf("SourceSum = %x, want %x", want, whole)
	}
	plain := fstest.MapFS{"d/a.txt": text["d/a.txt"], "d/" + CompiledName: {Data: []byte("COMPILED")}}
	reads := 0
	sfs := stringFS{MapFS: text, compiled: "COMPILED", reads: &reads}
	for _, c := range []struct {
		name string
		fsys fs.FS
	}{{"copy", plain}, {"string", sfs}} {
		data, sum, ok, err := ReadCompiled(c.fsys, "d")
		if !ok || err != nil || data != "COMPILED" || sum != want {
			t.Errorf("%s: ReadCompiled = %q, %x, %v, %v; want COMPILED, %x", c.name, data, sum, ok, err, want)
		}
	}
	if reads != 1 {
		t.Errorf("a StringFS was read %d times through ReadFileString, want 1", reads)
	}
}

// FuzzReader reads arbitrary bytes with every method: never a panic.
func FuzzReader(f *testing.F) {
	f.Add("\x05\x00\x00\x00abcde\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 3)
	f.Fuzz(func(t *testing.T, s string, n int) {
		r := Reader{S: s}
		for r.Err == nil && r.Pos < len(s) {
			r.Str()
			r.U32()
			r.I32s(n % 64)
			r.Uvarint()
			r.Take(n % 8)
		}
	})
}

func TestParseDir(t *testing.T) {
	fsys := fstest.MapFS{
		"d/b.txt":   {Data: []byte("010  said\n")},
		"d/a.txt":   {Data: []byte("020  urged\n    ex: x\n")},
		"d/c.txt":   {Data: []byte("030  \xff\n")},
		"d/d.txt":   {Data: []byte("040  met\n")},
		"d/skip.md": {Data: []byte("not a dictionary")},
	}
	files, err := ParseDir(fsys, "d")
	if err == nil || !strings.Contains(err.Error(), "d/c.txt") {
		t.Fatalf("want c.txt's parse error, got %v", err)
	}
	if len(files) != 2 || files[0][0].Code != "020" || files[1][0].Code != "010" {
		t.Fatalf("want a.txt then b.txt parsed before the failure, got %+v", files)
	}
	delete(fsys, "d/c.txt")
	if files, err = ParseDir(fsys, "d"); err != nil || len(files) != 3 {
		t.Fatalf("ParseDir = %d files, %v; want 3, nil", len(files), err)
	}
}

func TestAlignedArrays(t *testing.T) {
	b := Pad4([]byte("abcde"))
	if len(b) != 8 {
		t.Fatalf("Pad4 gave %d bytes, want 8", len(b))
	}
	b = append(b, 1, 0, 0, 0, 0xfe, 0xff, 0xff, 0xff)
	// Heap strings are at least 8-byte aligned, so the array is a view.
	s := string(b)
	r := Reader{S: s, Pos: 5}
	r.Align4()
	xs := r.I32s(2)
	if r.Err != nil || len(xs) != 2 || xs[0] != 1 || xs[1] != -2 {
		t.Fatalf("I32s after Align4 = %v, err %v", xs, r.Err)
	}
	if leview.HostLittleEndian() && uintptr(unsafe.Pointer(&xs[0])) != uintptr(unsafe.Pointer(unsafe.StringData(s)))+8 {
		t.Error("an aligned array was copied, not viewed")
	}
	r = Reader{S: s, Pos: 8}
	if us := r.U32s(2); len(us) != 2 || us[1] != 0xfffffffe {
		t.Errorf("U32s = %v", us)
	}
	// Unaligned: a copy with the same values.
	u := "x" + s[8:]
	r = Reader{S: u[1:]}
	if xs := r.I32s(2); xs[0] != 1 || xs[1] != -2 {
		t.Errorf("unaligned I32s = %v", xs)
	}
}

// TestReaderAfterError checks that the first error is kept and that no
// read after it returns data, whichever method failed: Uvarint and Str
// read bytes in place, without Take's error test.
func TestReaderAfterError(t *testing.T) {
	for _, c := range []struct {
		name string
		s    string
		fail func(r *Reader)
	}{
		{"short Take", "\x01\x02", func(r *Reader) { r.Take(3) }},
		{"short Str", "\x05ab\x01", func(r *Reader) { r.Str() }},
		{"cut Uvarint", "\x80\x80", func(r *Reader) { r.Uvarint() }},
		{"long Uvarint", strings.Repeat("\xff", 11) + "\x01", func(r *Reader) { r.Uvarint() }},
	} {
		r := Reader{S: c.s}
		c.fail(&r)
		first := r.Err
		if first == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		if got := r.Uvarint(); got != 0 {
			t.Errorf("%s: Uvarint after the error = %d", c.name, got)
		}
		if got := r.Str(); got != "" {
			t.Errorf("%s: Str after the error = %q", c.name, got)
		}
		if got := r.Take(0); got != "" || r.Err != first {
			t.Errorf("%s: error %v, want the first, %v", c.name, r.Err, first)
		}
	}
	// Multi-byte varints and strings longer than 127 bytes, read in place.
	long := strings.Repeat("x", 200)
	r := Reader{S: "\xac\x02" + "\xc8\x01" + long + "\x07"}
	if got := r.Uvarint(); got != 300 {
		t.Errorf("Uvarint = %d, want 300", got)
	}
	if got := r.Str(); got != long {
		t.Errorf("Str read %d bytes, want 200", len(got))
	}
	if got := r.Uvarint(); got != 7 || r.Err != nil || r.Pos != len(r.S) {
		t.Errorf("last Uvarint = %d, err %v", got, r.Err)
	}
}

// TestSnapshot checks that a snapshot keeps the text as read: an edit
// saved afterwards changes neither what it parses nor its checksum.
func TestSnapshot(t *testing.T) {
	fsys := fstest.MapFS{"d/a.txt": {Data: []byte("010  x\n")}, "d/b.txt": {Data: []byte("020  y\n")}, "d/c.bin": {Data: []byte("z")}, "e/d.txt": {Data: []byte("030  w\n")}}
	want, err := SourceSum(fsys, "d")
	if err != nil {
		t.Fatal(err)
	}
	snap, err := Snapshot(fsys, "d")
	if err != nil {
		t.Fatal(err)
	}
	fsys["d/a.txt"] = &fstest.MapFile{Data: []byte("011  edited\n")}
	if got, err := SourceSum(snap, "d"); err != nil || got != want {
		t.Errorf("snapshot sum %08x (%v), want %08x", got, err, want)
	}
	if now, _ := SourceSum(fsys, "d"); now == want {
		t.Fatal("the edit did not change the sum: the test proves nothing")
	}
	files, err := ParseDir(snap, "d")
	if err != nil || len(files) != 2 || files[0][0].Code != "010" {
		t.Errorf("snapshot parses to %v (%v), want the text before the edit", files, err)
	}
	if _, err := fs.Stat(snap, "d/c.bin"); err == nil {
		t.Error("the snapshot holds a file that is not dictionary text")
	}
	if _, err := fs.Stat(snap, "e/d.txt"); err == nil {
		t.Error("the snapshot holds another directory's text")
	}
}
