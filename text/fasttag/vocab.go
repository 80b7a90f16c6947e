package fasttag

// vocabTable maps a word to its vocab entry (see Tagger.vocab): an
// open-addressed table probed linearly, whose slots hold a 32-bit check of
// the word's hash beside the entry's index. The tagger looks up every
// token once or twice, and a Go map of its 17,000 words spread each lookup
// over three cache lines (control word, key header, key bytes); here a
// miss is settled by one 8-byte slot and a hit adds one key comparison.
type vocabTable struct {
	slots []uint64 // hash check << 32 | entry index + 1; 0 is empty
	keys  []string // by entry index
	vals  []uint32
	mask  uint64
}

func newVocabTable(n int) *vocabTable {
	size := 8
	for size < 2*n {
		size <<= 1
	}
	return &vocabTable{slots: make([]uint64, size), mask: uint64(size - 1), keys: make([]string, 0, n), vals: make([]uint32, 0, n)}
}

// get returns w's entry, 0 if none.
func (v *vocabTable) get(w string) uint32 {
	h := vocabHash(w)
	check := h >> 32
	for i := h & v.mask; ; i = (i + 1) & v.mask {
		s := v.slots[i]
		if s == 0 {
			return 0
		}
		if s>>32 == check {
			if k := uint32(s) - 1; v.keys[k] == w {
				return v.vals[k]
			}
		}
	}
}

// or adds bits to w's entry, adding w if it is new. The table never fills:
// it has twice as many slots as the entries it was sized for, and or is
// called at most that many times by its builders.
func (v *vocabTable) or(w string, bits uint32) {
	h := vocabHash(w)
	check := h >> 32
	for i := h & v.mask; ; i = (i + 1) & v.mask {
		s := v.slots[i]
		if s == 0 {
			v.keys = append(v.keys, w)
			v.vals = append(v.vals, bits)
			v.slots[i] = check<<32 | uint64(len(v.keys))
			return
		}
		if s>>32 == check {
			if k := uint32(s) - 1; v.keys[k] == w {
				v.vals[k] |= bits
				return
			}
		}
	}
}

// vocabHash mixes a word eight bytes at a time (splitmix64's finaliser):
// most words are one or two steps.
func vocabHash(s string) uint64 {
	h := uint64(len(s)) * 0x9e3779b97f4a7c15
	for len(s) >= 8 {
		x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = mix64(h ^ x)
		s = s[8:]
	}
	var x uint64
	for i := 0; i < len(s); i++ {
		x |= uint64(s[i]) << (8 * i)
	}
	return mix64(h ^ x ^ 0xff51afd7ed558ccd)
}

func mix64(z uint64) uint64 {
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}
