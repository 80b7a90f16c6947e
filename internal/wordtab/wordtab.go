// Package wordtab is a string-to-uint32 table for the words a stage looks
// up on every token: an open-addressed table probed linearly, whose slots
// hold a 32-bit check of the word's hash beside the entry's index. A Go
// map of thousands of words spreads each lookup over three cache lines
// (control word, key header, key bytes); here a miss is settled by one
// 8-byte slot, and a hit adds one key comparison. Per-token map lookups
// were a seventh of a run's time (docs/performance.md).
package wordtab

// Table maps words to uint32 values; 0 stands for "none". Once built it is
// read-only and safe for concurrent use.
type Table struct {
	slots []uint64 // hash check << 32 | entry index + 1; 0 is empty
	keys  []string // by entry index
	vals  []uint32
	mask  uint64
}

// New returns an empty table sized for n words; it grows past that.
func New(n int) *Table {
	t := &Table{keys: make([]string, 0, n), vals: make([]uint32, 0, n)}
	t.resize(n)
	return t
}

// resize makes at least twice as many slots as n words, and re-enters the
// words already there.
func (t *Table) resize(n int) {
	size := 8
	for size < 2*n {
		size <<= 1
	}
	t.slots, t.mask = make([]uint64, size), uint64(size-1)
	for k, w := range t.keys {
		h := hash(w)
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
func (t *Table) find(w string) (int, bool) {
	h := hash(w)
	check := h >> 32
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if s>>32 == check {
			if k := int(uint32(s)) - 1; t.keys[k] == w {
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
	t.keys = append(t.keys, w)
	t.vals = append(t.vals, bits)
	if 2*len(t.keys) > len(t.slots) {
		t.resize(len(t.keys)) // re-enters w too
		return
	}
	h := hash(w)
	i := h & t.mask
	for t.slots[i] != 0 {
		i = (i + 1) & t.mask
	}
	t.slots[i] = h>>32<<32 | uint64(len(t.keys))
}

// Keys returns the words in the order they were added.
func (t *Table) Keys() []string { return t.keys }

// Values returns the words' values, in Keys' order.
func (t *Table) Values() []uint32 { return t.vals }

// Len is the number of words.
func (t *Table) Len() int { return len(t.keys) }

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
			h = mix(h ^ load64(t))
		}
		h ^= load64(s[n-8:])
	case n >= 4:
		h ^= uint64(load32(s)) | uint64(load32(s[n-4:]))<<32
	case n > 0:
		h ^= uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	return mix(h ^ 0xff51afd7ed558ccd)
}

func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func mix(z uint64) uint64 {
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}
