// Package wordtab is a string-to-uint32 table for the words a stage looks
// up on every token: an open-addressed table probed linearly, whose slots
// hold a 32-bit check of the word's hash beside the entry's index. A Go
// map of thousands of words spreads each lookup over three cache lines
// (control word, key header, key bytes); here a miss is settled by one
// 8-byte slot, and a hit adds one key comparison. Per-token map lookups
// were a seventh of a run's time (docs/performance.md).
//
// The keys are one byte string with an offset per key, not a string each,
// so a table holds no pointers for the collector to follow, and it can be
// written out (AppendBinary) and opened in place from embedded data
// (Open) with nothing built at start-up.
package wordtab

import (
	"encoding/binary"
	"fmt"
	"unsafe"

	"github.com/parley-events/parley/internal/leview"
)

// Table maps words to uint32 values; 0 stands for "none". Once built it is
// read-only and safe for concurrent use.
type Table struct {
	slots []uint64 // hash check << 32 | entry index + 1; 0 is empty
	offs  []uint32 // key k is blob[offs[k]:offs[k+1]]
	blob  []byte
	vals  []uint32
	mask  uint64
}

// New returns an empty table sized for n words; it grows past that.
func New(n int) *Table {
	t := &Table{offs: make([]uint32, 1, n+1), vals: make([]uint32, 0, n)}
	t.resize(n)
	return t
}

func (t *Table) key(k int) []byte { return t.blob[t.offs[k]:t.offs[k+1]] }

// resize makes at least twice as many slots as n words, and re-enters the
// words already there.
func (t *Table) resize(n int) {
	size := 8
	for size < 2*n {
		size <<= 1
	}
	t.slots, t.mask = make([]uint64, size), uint64(size-1)
	for k := range t.vals {
		h := hash(string(t.key(k)))
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = h>>32<<32 | uint64(k+1)
	}
}

// Get returns w's value, 0 if none.
func (t *Table) Get(w string) uint32 {
	if k, ok := t.find(w); ok {
		return t.vals[k]
	}
	return 0
}

// find returns w's entry index.
//
// It runs several times for every token (tagger, verbs, discards), so
// hash is written out in it rather than called. Tables are filled with
// hash (Or, the generators) and searched with find, so TestTableMatchesMap,
// FuzzTable and every embedded table keep the two the same.
func (t *Table) find(w string) (int, bool) {
	n := len(w)
	h := uint64(n) * 0x9e3779b97f4a7c15
	switch {
	case n >= 8:
		for s := w; len(s) > 8; s = s[8:] {
			h = mix(h ^ leview.Load64(s))
		}
		h ^= leview.Load64(w[n-8:])
	case n >= 4:
		h ^= uint64(leview.Load32(w)) | uint64(leview.Load32(w[n-4:]))<<32
	case n > 0:
		h ^= uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	h = mix(h ^ 0xff51afd7ed558ccd)
	check := h >> 32
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if s>>32 == check {
			if k := int(uint32(s)) - 1; string(t.key(k)) == w {
				return k, true
			}
		}
	}
}

// Or adds bits to w's value, adding w if it is new.
func (t *Table) Or(w string, bits uint32) {
	if k, ok := t.find(w); ok {
		t.vals[k] |= bits
		return
	}
	t.blob = append(t.blob, w...)
	t.offs = append(t.offs, uint32(len(t.blob)))
	t.vals = append(t.vals, bits)
	if 2*len(t.vals) > len(t.slots) {
		t.resize(len(t.vals)) // re-enters w too
		return
	}
	h := hash(w)
	i := h & t.mask
	for t.slots[i] != 0 {
		i = (i + 1) & t.mask
	}
	t.slots[i] = h>>32<<32 | uint64(len(t.vals))
}

// Keys returns the words in the order they were added (a new slice).
func (t *Table) Keys() []string {
	out := make([]string, len(t.vals))
	for k := range out {
		out[k] = string(t.key(k))
	}
	return out
}

// Key returns the k-th word added (0 <= k < Len), without copying it.
func (t *Table) Key(k int) string {
	b := t.key(k)
	return unsafe.String(unsafe.SliceData(b), len(b)) // never written
}

// Values returns the words' values, in Keys' order.
func (t *Table) Values() []uint32 { return t.vals }

// Len is the number of words.
func (t *Table) Len() int { return len(t.vals) }

// AppendBinary appends the table's binary form to b: u32 word count, u32
// slot count, zero bytes to a multiple of 8 from the start of b, the slots
// (u64), the key offsets (u32, count+1), the values (u32), and the key
// bytes. Open reads it. Every number is little-endian; the padding lets
// Open use the arrays in place when b's start is 8-byte aligned in memory.
func (t *Table) AppendBinary(b []byte) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(len(t.vals)))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(t.slots)))
	for len(b)%8 != 0 {
		b = append(b, 0)
	}
	for _, s := range t.slots {
		b = binary.LittleEndian.AppendUint64(b, s)
	}
	for _, o := range t.offs {
		b = binary.LittleEndian.AppendUint32(b, o)
	}
	for _, v := range t.vals {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return append(b, t.blob...)
}

// Open reads a table that AppendBinary wrote at offset pos of data (its
// padding counts from data's start) and returns it with the offset just
// past it. Where the host is little-endian and the arrays lie aligned in
// memory, the table is a view of data, which must never change; otherwise
// it is a copy. Every index a lookup follows is checked here, so corrupt
// data is an error and never a panic later.
func Open(data string, pos int) (*Table, int, error) {
	bad := func(what string) (*Table, int, error) {
		return nil, pos, fmt.Errorf("wordtab: %s", what)
	}
	if pos < 0 || len(data)-pos < 8 {
		return bad("truncated header")
	}
	n := int(binary.LittleEndian.Uint32([]byte(data[pos : pos+4])))
	ns := int(binary.LittleEndian.Uint32([]byte(data[pos+4 : pos+8])))
	p := pos + 8
	for p%8 != 0 {
		p++
	}
	if ns < 8 || ns&(ns-1) != 0 || ns < 2*n || ns > len(data) || n > len(data) {
		return bad("bad counts")
	}
	need := 8*ns + 4*(n+1) + 4*n
	if p > len(data) || len(data)-p < need {
		return bad("truncated arrays")
	}
	t := &Table{mask: uint64(ns - 1)}
	t.slots = leview.Uint64s(data[p : p+8*ns])
	p += 8 * ns
	t.offs = leview.Uint32s(data[p : p+4*(n+1)])
	p += 4 * (n + 1)
	t.vals = leview.Uint32s(data[p : p+4*n])
	p += 4 * n
	if t.offs[0] != 0 {
		return bad("keys do not start at 0")
	}
	for k := 0; k < n; k++ {
		if t.offs[k] > t.offs[k+1] {
			return bad("key offsets out of order")
		}
	}
	blobLen := int(t.offs[n])
	if len(data)-p < blobLen {
		return bad("truncated keys")
	}
	t.blob = readOnly(data[p : p+blobLen])
	p += blobLen
	used := 0
	for _, s := range t.slots {
		if s == 0 {
			continue
		}
		if k := uint32(s); k == 0 || int(k) > n {
			return bad("slot out of range")
		}
		used++
	}
	if used != n || used == ns {
		return bad("slots do not hold every key once")
	}
	return t, p, nil
}

func readOnly(s string) []byte {
	if s == "" {
		return nil
	}
	return unsafe.Slice(unsafe.StringData(s), len(s)) // never written
}

// Hash is the table's hash of a word, for other word tables to share.
func Hash(s string) uint64 { return hash(s) }

// hash mixes a word in whole 8-byte loads: a word of 8 bytes or more
// whole words and then its last 8 bytes (overlapping), a shorter one its
// first and last 4 bytes, or for 1 to 3 bytes its first, middle and last
// byte, as wyhash reads short keys. The length is mixed in, so words
// differing only in length differ. Most words take one or two loads.
func hash(s string) uint64 {
	n := len(s)
	h := uint64(n) * 0x9e3779b97f4a7c15
	switch {
	case n >= 8:
		for t := s; len(t) > 8; t = t[8:] {
			h = mix(h ^ leview.Load64(t))
		}
		h ^= leview.Load64(s[n-8:])
	case n >= 4:
		h ^= uint64(leview.Load32(s)) | uint64(leview.Load32(s[n-4:]))<<32
	case n > 0:
		h ^= uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	return mix(h ^ 0xff51afd7ed558ccd)
}

func mix(z uint64) uint64 {
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}
