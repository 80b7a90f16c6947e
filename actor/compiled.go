package actor

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/parley-events/parley/internal/dictfile"
)

// The compiled form of a dictionary directory is its built trie and alias
// list in one flat file (CompiledName), so that a start-up reads arrays
// instead of parsing ~20,000 aliases and building the trie: 14 ms of every
// `parley code` run before (issue 6: never re-parse text on every run).
//
// Load uses the compiled file only when its recorded checksum matches the
// *.txt files beside it, so an edited dictionary is never shadowed by a
// stale compiled one: it is parsed from text instead, as before, and
// TestCompiledUpToDate fails until `go generate ./data` is run.
//
// Layout (little-endian; strings are u32 offset and u32 length into the
// string section at the end):
//
//	"PARLEYACT3\n", u32 CRC-32C of the sources (sourceSum)
//	u32 counts: entries, nodes, edges, dense, node entries
//	entries: per entry u8 kind, u8 flags, code, alias, pos, u32 range count,
//	         and per range two strings
//	zero bytes to a multiple of 4, so the arrays that follow lie aligned
//	and open as views of the file (dictfile.Reader.I32s)
//	edgeStart (nodes+1 × i32), edges (edges × u32: child << 8 | byte),
//	denseRow (nodes × i32), dense (i32s), entryStart (nodes+1 × i32),
//	entryIdx (i32s), u32 string section length, string section
const (
	// CompiledName is the compiled file's name inside a dictionary directory.
	CompiledName  = "compiled.bin"
	compiledMagic = "PARLEYACT3\n"
)

const (
	flagMetonym = 1 << iota
	flagUpper
	flagProper
	flagTitle
	flagFormer
	flagShared
	flagPlural
)

// Compile builds the dictionary in dir and returns its compiled form.
func Compile(fsys fs.FS, dir string) ([]byte, error) {
	d, err := LoadText(fsys, dir)
	if err != nil {
		return nil, err
	}
	sum, err := dictfile.SourceSum(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("actor: %w", err)
	}
	return d.marshal(sum), nil
}

func (d *Dictionary) marshal(sum uint32) []byte {
	var strs strings.Builder
	index := map[string]uint32{}
	str := func(b []byte, s string) []byte {
		off, ok := index[s]
		if !ok {
			off = uint32(strs.Len())
			strs.WriteString(s)
			index[s] = off
		}
		b = binary.LittleEndian.AppendUint32(b, off)
		return binary.LittleEndian.AppendUint32(b, uint32(len(s)))
	}
	i32s := func(b []byte, xs []int32) []byte {
		for _, x := range xs {
			b = binary.LittleEndian.AppendUint32(b, uint32(x))
		}
		return b
	}
	nodeEntries := len(d.entryIdx)
	b := []byte(compiledMagic)
	b = binary.LittleEndian.AppendUint32(b, sum)
	for _, n := range []int{len(d.list), len(d.entryStart) - 1, len(d.edges), len(d.dense), nodeEntries} {
		b = binary.LittleEndian.AppendUint32(b, uint32(n))
	}
	for i := range d.list {
		e := &d.list[i]
		var f byte
		for _, x := range []struct {
			on  bool
			bit byte
		}{{e.Metonym, flagMetonym}, {e.Upper, flagUpper}, {e.Proper, flagProper}, {e.Title, flagTitle}, {e.Former, flagFormer}, {e.Shared, flagShared}, {e.Plural, flagPlural}} {
			if x.on {
				f |= x.bit
			}
		}
		b = append(b, byte(e.Kind), f)
		b = str(b, e.Code)
		b = str(b, e.Alias)
		b = str(b, e.Pos)
		b = binary.LittleEndian.AppendUint32(b, uint32(len(e.Ranges)))
		for _, r := range e.Ranges {
			b = str(b, r[0])
			b = str(b, r[1])
		}
	}
	b = dictfile.Pad4(b)
	b = i32s(b, d.edgeStart)
	for _, e := range d.edges {
		b = binary.LittleEndian.AppendUint32(b, e)
	}
	b = i32s(b, d.denseRow)
	b = i32s(b, d.dense)
	b = i32s(b, d.entryStart)
	b = i32s(b, d.entryIdx)
	b = binary.LittleEndian.AppendUint32(b, uint32(strs.Len()))
	return append(b, strs.String()...)
}

// unmarshal opens a compiled form. Strings are substrings of data, which
// must not change afterwards (the embedded file never does).
func unmarshal(data string, wantSum uint32) (*Dictionary, error) {
	r := dictfile.Reader{S: data}
	if r.Take(len(compiledMagic)) != compiledMagic {
		return nil, errors.New("not a compiled actor dictionary")
	}
	if sum := r.U32(); sum != wantSum {
		return nil, dictfile.ErrStale
	}
	nList, nNodes, nEdges, nDense, nIdx := int(r.U32()), int(r.U32()), int(r.U32()), int(r.U32()), int(r.U32())
	if r.Err != nil || nNodes < 1 || nList > len(data) || nNodes > len(data) || nEdges > len(data) || nDense > len(data) || nIdx > len(data) {
		return nil, errors.New("compiled actor dictionary: bad header")
	}
	// Two passes over the entries: the first sizes each, the second, once
	// the string section at the end is found, fills in its strings. That
	// keeps no table of string references (0.8 MB at start-up).
	d := &Dictionary{list: make([]Entry, nList)}
	entriesAt := r.Pos
	for i := range d.list {
		e := &d.list[i]
		k, f := r.Take(2), ""
		if len(k) == 2 {
			e.Kind, f = Kind(k[0]), k[1:]
		}
		if f != "" {
			e.Metonym, e.Upper, e.Proper, e.Title, e.Former, e.Shared = f[0]&flagMetonym != 0, f[0]&flagUpper != 0,
				f[0]&flagProper != 0, f[0]&flagTitle != 0, f[0]&flagFormer != 0, f[0]&flagShared != 0
			e.Plural = f[0]&flagPlural != 0
		}
		r.Take(3 * 8)
		nr := int(r.U32())
		if r.Err != nil || nr > len(data) {
			return nil, errors.New("compiled actor dictionary: bad entry")
		}
		if nr > 0 {
			e.Ranges = make([][2]string, nr)
			r.Take(2 * 8 * nr)
		}
	}
	r.Align4()
	d.edgeStart = r.I32s(nNodes + 1)
	d.edges = r.U32s(nEdges)
	d.denseRow = r.I32s(nNodes)
	d.dense = r.I32s(nDense)
	entryStart := r.I32s(nNodes + 1)
	idx := r.I32s(nIdx)
	strs := r.Take(int(r.U32()))
	if r.Err != nil || r.Pos != len(data) {
		return nil, errors.New("compiled actor dictionary: truncated or trailing data")
	}
	sr := dictfile.Reader{S: data, Pos: entriesAt}
	get := func(dst *string) bool {
		off, n := sr.U32(), sr.U32()
		if uint64(off)+uint64(n) > uint64(len(strs)) {
			return false
		}
		*dst = strs[off : off+n]
		return true
	}
	for i := range d.list {
		e := &d.list[i]
		sr.Take(2)
		if !get(&e.Code) || !get(&e.Alias) || !get(&e.Pos) {
			return nil, errors.New("compiled actor dictionary: string out of range")
		}
		sr.U32()
		for j := range e.Ranges {
			if !get(&e.Ranges[j][0]) || !get(&e.Ranges[j][1]) {
				return nil, errors.New("compiled actor dictionary: string out of range")
			}
		}
	}
	// Every index the resolver follows must be in range, so that a corrupt
	// file fails here rather than panicking in a walk.
	if d.edgeStart[0] != 0 || int(d.edgeStart[nNodes]) != nEdges || entryStart[0] != 0 || int(entryStart[nNodes]) != nIdx || nDense%256 != 0 {
		return nil, errors.New("compiled actor dictionary: inconsistent arrays")
	}
	for n := 0; n < nNodes; n++ {
		if d.edgeStart[n] > d.edgeStart[n+1] || entryStart[n] > entryStart[n+1] ||
			d.denseRow[n] < 0 || int(d.denseRow[n]) >= max(1, nDense/256) {
			return nil, errors.New("compiled actor dictionary: inconsistent arrays")
		}
	}
	for _, e := range d.edges {
		if x := e >> 8; x == 0 || int(x) >= nNodes {
			return nil, errors.New("compiled actor dictionary: edge out of range")
		}
	}
	for _, x := range d.dense {
		if x < 0 || int(x) >= nNodes {
			return nil, errors.New("compiled actor dictionary: edge out of range")
		}
	}
	for _, x := range idx {
		if x < 0 || int(x) >= nList {
			return nil, errors.New("compiled actor dictionary: entry out of range")
		}
	}
	d.entryStart, d.entryIdx = entryStart, idx
	return d, nil
}
