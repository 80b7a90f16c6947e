package actor

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/parley-events/parley/internal/dictfile"
	"github.com/parley-events/parley/internal/wordtab"
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
//	"PARLEYACT4\n", u32 CRC-32C of the sources (sourceSum)
//	u32 counts: entries, nodes, edges, dense, node entries
//	entries: per entry u8 kind, u8 flags, code, alias, pos, u32 range count,
//	         and per range two strings
//	zero bytes to a multiple of 4, so the arrays that follow lie aligned
//	and open as views of the file (dictfile.Reader.I32s)
//	edgeStart (nodes+1 × i32), edges (edges × u32: child << 8 | byte),
//	denseRow (nodes × i32), dense (i32s), entryStart (nodes+1 × i32),
//	entryIdx (i32s), firstWords (wordtab.Table.AppendBinary),
//	u32 string section length, string section
const (
	// CompiledName is the compiled file's name inside a dictionary directory.
	CompiledName  = "compiled.bin"
	compiledMagic = "PARLEYACT4\n"
)

const (
	flagMetonym = 1 << iota
	flagUpper
	flagProper
	flagTitle
	flagFormer
	flagShared
	flagPlural
	flagWeapon
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
		}{{e.Metonym, flagMetonym}, {e.Upper, flagUpper}, {e.Proper, flagProper}, {e.Title, flagTitle}, {e.Former, flagFormer}, {e.Shared, flagShared}, {e.Plural, flagPlural}, {e.Weapon, flagWeapon}} {
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
	b = d.firstWords.AppendBinary(b)
	b = binary.LittleEndian.AppendUint32(b, uint32(strs.Len()))
	return append(b, strs.String()...)
}

// entryFixed is the size of an entry before its ranges.
const entryFixed = 2 + 3*8 + 4

// le32 is the little-endian uint32 at s[p:]; the caller has checked that
// it lies inside s.
func le32(s string, p int) uint32 {
	_ = s[p+3]
	return uint32(s[p]) | uint32(s[p+1])<<8 | uint32(s[p+2])<<16 | uint32(s[p+3])<<24
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
	// An entry is 2 bytes of kind and flags, three string references of
	// 8 bytes, a u32 count of ranges and 16 bytes a range. Both passes read
	// the bytes in place (le32) rather than through the Reader, whose
	// checks a value cost a fifth of the start-up; this pass checks every
	// entry's extent once, so the second may index freely.
	p := r.Pos
	for i := range d.list {
		if r.Err != nil || len(data)-p < entryFixed {
			return nil, errors.New("compiled actor dictionary: bad entry")
		}
		e := &d.list[i]
		e.Kind = Kind(data[p])
		f := data[p+1]
		e.Metonym, e.Upper, e.Proper, e.Title, e.Former, e.Shared = f&flagMetonym != 0, f&flagUpper != 0,
			f&flagProper != 0, f&flagTitle != 0, f&flagFormer != 0, f&flagShared != 0
		e.Plural, e.Weapon = f&flagPlural != 0, f&flagWeapon != 0
		nr := int(le32(data, p+entryFixed-4))
		p += entryFixed
		if nr > (len(data)-p)/16 {
			return nil, errors.New("compiled actor dictionary: bad entry")
		}
		if nr > 0 {
			e.Ranges = make([][2]string, nr)
			p += 16 * nr
		}
	}
	r.Pos = p
	r.Align4()
	d.edgeStart = r.I32s(nNodes + 1)
	d.edges = r.U32s(nEdges)
	d.denseRow = r.I32s(nNodes)
	d.dense = r.I32s(nDense)
	entryStart := r.I32s(nNodes + 1)
	idx := r.I32s(nIdx)
	if r.Err != nil {
		return nil, errors.New("compiled actor dictionary: truncated arrays")
	}
	// The first words' table, opened in place: building it from the trie
	// at start-up cost 8.5 M instructions of a 1,190 M run.
	firstWords, end, err := wordtab.Open(data, r.Pos)
	if err != nil {
		return nil, fmt.Errorf("compiled actor dictionary: %w", err)
	}
	r.Pos = end
	strs := r.Take(int(r.U32()))
	if r.Err != nil || r.Pos != len(data) {
		return nil, errors.New("compiled actor dictionary: truncated or trailing data")
	}
	ref := func(q int) (string, bool) {
		off, n := le32(data, q), le32(data, q+4)
		if uint64(off)+uint64(n) > uint64(len(strs)) {
			return "", false
		}
		return strs[off : off+n], true
	}
	p = entriesAt
	for i := range d.list {
		e := &d.list[i]
		var ok [3]bool
		e.Code, ok[0] = ref(p + 2)
		e.Alias, ok[1] = ref(p + 10)
		e.Pos, ok[2] = ref(p + 18)
		if !ok[0] || !ok[1] || !ok[2] {
			return nil, errors.New("compiled actor dictionary: string out of range")
		}
		p += entryFixed
		for j := range e.Ranges {
			var ok0, ok1 bool
			e.Ranges[j][0], ok0 = ref(p)
			e.Ranges[j][1], ok1 = ref(p + 8)
			if !ok0 || !ok1 {
				return nil, errors.New("compiled actor dictionary: string out of range")
			}
			p += 16
		}
	}
	// Every index the resolver follows must be in range, so that a corrupt
	// file fails here rather than panicking in a walk.
	if d.edgeStart[0] != 0 || int(d.edgeStart[nNodes]) != nEdges || entryStart[0] != 0 || int(entryStart[nNodes]) != nIdx || nDense%256 != 0 {
		return nil, errors.New("compiled actor dictionary: inconsistent arrays")
	}
	// The checks run over every node and edge at every start-up (4.3 M
	// instructions as first written): slices of known lengths, so that
	// the loops carry no bounds checks, and one unsigned comparison for
	// each range (0 < x < nNodes is x-1 < nNodes-1; nNodes >= 1).
	rows := uint32(max(1, nDense/256))
	es, ens := d.edgeStart[:nNodes+1], entryStart[:nNodes+1]
	for n, row := range d.denseRow[:nNodes] {
		if es[n] > es[n+1] || ens[n] > ens[n+1] || uint32(row) >= rows {
			return nil, errors.New("compiled actor dictionary: inconsistent arrays")
		}
	}
	for _, e := range d.edges {
		if e>>8-1 >= uint32(nNodes-1) {
			return nil, errors.New("compiled actor dictionary: edge out of range")
		}
	}
	for _, x := range d.dense {
		if uint32(x) >= uint32(nNodes) {
			return nil, errors.New("compiled actor dictionary: edge out of range")
		}
	}
	for _, x := range idx {
		if uint32(x) >= uint32(nList) {
			return nil, errors.New("compiled actor dictionary: entry out of range")
		}
	}
	// A table written with another hash function finds nothing: look a
	// word up. walk returns the node a first word gives, unchecked.
	if firstWords.Len() == 0 || firstWords.Get(firstWords.Key(0)) != firstWords.Values()[0] {
		return nil, errors.New("compiled actor dictionary: first words' table unreadable")
	}
	for _, x := range firstWords.Values() {
		if x == 0 || int(x) >= nNodes {
			return nil, errors.New("compiled actor dictionary: first word's node out of range")
		}
	}
	d.entryStart, d.entryIdx, d.firstWords = entryStart, idx, firstWords
	return d, nil
}
