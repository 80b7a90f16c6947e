package dictfile

import (
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"path"
	"sort"
	"unsafe"

	"github.com/parley-events/parley/internal/leview"
)

// The actor and verb dictionaries each ship a compiled form beside their
// text (CompiledName), opened instead of parsing the text while it was
// built from the *.txt files now there. This file holds what the two
// share: the source checksum, the lookup of a current compiled form, and
// a bounds-checked reader for their binary layouts.

// CompiledName is a compiled form's file name inside a dictionary directory.
const CompiledName = "compiled.bin"

var (
	errShort      = errors.New("short")
	errBadUvarint = errors.New("bad uvarint")
)

// ErrStale is a compiled form whose checksum is not that of the text.
var ErrStale = errors.New("compiled dictionary is older than its sources")

// StringFS is a file system that can give a file's content as a string
// without copying it, as data.FS does for the embedded compiled forms.
type StringFS interface {
	fs.FS
	ReadFileString(name string) (string, error)
}

// SourceSum is the CRC-32C of the directory's *.txt files, names and
// contents, in name order: what a compiled form records of its sources.
// The files are streamed through one small buffer: start-up runs this on
// a megabyte of text, and reading each file whole cost fresh heap pages.
func SourceSum(fsys fs.FS, dir string) (uint32, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return 0, fmt.Errorf("list dictionaries: %w", err)
	}
	sort.Strings(names)
	tab := crc32.MakeTable(crc32.Castagnoli)
	var sum uint32
	buf := make([]byte, 32<<10)
	for _, name := range names {
		sum = crc32.Update(sum, tab, []byte(path.Base(name)+"\x00"))
		if sum, err = updateFile(sum, tab, fsys, name, buf); err != nil {
			return 0, err
		}
	}
	return sum, nil
}

func updateFile(sum uint32, tab *crc32.Table, fsys fs.FS, name string, buf []byte) (uint32, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	for {
		n, err := f.Read(buf)
		sum = crc32.Update(sum, tab, buf[:n])
		if err == io.EOF {
			return sum, nil
		}
		if err != nil {
			return 0, fmt.Errorf("read %s: %w", name, err)
		}
	}
}

// ReadCompiled returns the compiled form in dir as a string, and the
// checksum it must carry to be current; ok is false when there is none.
// The string is never written again, so what is opened from it may point
// into it: a StringFS's own string, else this call's copy.
func ReadCompiled(fsys fs.FS, dir string) (data string, sum uint32, ok bool, err error) {
	name := path.Join(dir, CompiledName)
	if sf, isString := fsys.(StringFS); isString {
		data, err = sf.ReadFileString(name)
	} else {
		var b []byte
		if b, err = fs.ReadFile(fsys, name); err == nil && len(b) > 0 {
			data = unsafe.String(&b[0], len(b))
		}
	}
	if err != nil || len(data) == 0 {
		return "", 0, false, nil
	}
	sum, err = SourceSum(fsys, dir)
	if err != nil {
		return "", 0, false, err
	}
	return data, sum, true, nil
}

// Reader reads a compiled layout. After the first short or malformed read
// every read gives zero values and Err is set, so a decoder checks once.
type Reader struct {
	S   string
	Pos int
	Err error
}

// Take returns the next n bytes.
func (r *Reader) Take(n int) string {
	if r.Err != nil || n < 0 || n > len(r.S)-r.Pos {
		r.fail(errShort)
		return ""
	}
	s := r.S[r.Pos : r.Pos+n]
	r.Pos += n
	return s
}

// U32 reads a little-endian uint32.
func (r *Reader) U32() uint32 {
	s := r.Take(4)
	if len(s) < 4 {
		return 0
	}
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// I32s reads n little-endian int32s (zeros after a short read). On a
// little-endian host, where they lie 4-byte aligned in memory (Pad4 and
// Align4 place them so in a compiled form, and the linker aligns an
// embedded one), the result is a view of S, not a copy: the caller must
// never write it.
func (r *Reader) I32s(n int) []int32 {
	s := r.Take(4 * n)
	if len(s) < 4*n || n <= 0 {
		return make([]int32, max(n, 0))
	}
	return leview.Int32s(s)
}

// U32s is I32s for unsigned values.
func (r *Reader) U32s(n int) []uint32 {
	s := r.Take(4 * n)
	if len(s) < 4*n || n <= 0 {
		return make([]uint32, max(n, 0))
	}
	return leview.Uint32s(s)
}

// Align4 skips the padding Pad4 wrote.
func (r *Reader) Align4() {
	if p := r.Pos % 4; p != 0 {
		r.Take(4 - p)
	}
}

// Pad4 pads b with zero bytes to a multiple of 4, so that the arrays a
// compiled form writes next lie aligned and I32s can open them in place.
func Pad4(b []byte) []byte {
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	return b
}

// Uvarint reads an unsigned varint. It reads the bytes in place, not
// through Take: a compiled verb dictionary holds ~90,000 varints, and a
// Take per byte was a quarter of opening it.
func (r *Reader) Uvarint() uint64 {
	var x uint64
	for shift, p := 0, r.Pos; shift < 64; shift, p = shift+7, p+1 {
		if uint(p) >= uint(len(r.S)) {
			r.fail(errShort)
			return 0
		}
		c := r.S[p]
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			r.Pos = p + 1
			return x
		}
	}
	r.fail(errBadUvarint)
	return 0
}

// fail keeps the first error and leaves nothing more to read, so that
// every later read fails too.
func (r *Reader) fail(err error) {
	if r.Err == nil {
		r.Err = err
	}
	r.Pos = len(r.S)
}

// Str reads a uvarint length and that many bytes.
func (r *Reader) Str() string {
	n := r.Uvarint()
	if n > uint64(len(r.S)-r.Pos) {
		r.fail(errShort)
		return ""
	}
	s := r.S[r.Pos : r.Pos+int(n)]
	r.Pos += int(n)
	return s
}
