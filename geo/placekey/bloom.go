package placekey

// A Bloom filter over place keys and skeletons, built by the gazetteer
// generator and embedded as bytes. Most names the resolver tries are no
// place; the filter rules them out before a block of records has to be
// decoded, which was the largest start-up-like cost of a short run.

// BloomBits is the size of each filter (keys, skeletons) in bits: about
// 14 bits per place for 143,000 places, with BloomProbes probes under
// 0.5% false positives.
const (
	BloomBits   = 1 << 21
	BloomProbes = 3
)

// bloomHash is FNV-1a over the bytes; the probes are h1 + i*h2 (Kirsch and
// Mitzenmacher), which is as good as independent hashes for a filter.
func bloomHash[T string | []byte](s T) (h1, h2 uint32) {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return uint32(h), uint32(h>>32) | 1
}

// BloomAdd sets the bits of s in filter, a byte slice of BloomBits/8.
func BloomAdd[T string | []byte](filter []byte, s T) {
	h1, h2 := bloomHash(s)
	for i := uint32(0); i < BloomProbes; i++ {
		b := (h1 + i*h2) & (BloomBits - 1)
		filter[b>>3] |= 1 << (b & 7)
	}
}

// BloomHas reports whether s may have been added to filter. A filter of
// the wrong size answers true: it rules nothing out.
func BloomHas[T string | []byte](filter []byte, s T) bool {
	if len(filter) != BloomBits/8 {
		return true
	}
	h1, h2 := bloomHash(s)
	for i := uint32(0); i < BloomProbes; i++ {
		b := (h1 + i*h2) & (BloomBits - 1)
		if filter[b>>3]&(1<<(b&7)) == 0 {
			return false
		}
	}
	return true
}
