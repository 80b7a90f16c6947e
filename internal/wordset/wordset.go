// Package wordset is a set of words for the closed-class checks the
// stages make on every token ("is this a negator, an auxiliary, a
// locative preposition?"). Most tokens are in none of them, and a Set
// turns most of those away on a signature of the word's length and first
// and last bytes, before any hashing: map lookups of such small sets were
// 5% of a run.
package wordset

// Set is an immutable set of words; the zero Set is empty.
type Set struct {
	// bit sig(w) is set when some word has w's signature: most words
	// in no set are turned away by one test of this mask, without
	// hashing. A signature mixes the length and the first and last
	// bytes, so "that" and "this", or "was" and "who", part here; the
	// older filter (a mask of lengths and one of first bytes, two
	// branches) let each through to the map.
	bloom [4]uint64
	empty bool // "" is in the set
	m     map[string]struct{}
}

// sig is w's signature, 0 to 255; w is not empty.
func sig(w string) uint64 {
	return (uint64(len(w)) | uint64(w[0])<<8 | uint64(w[len(w)-1])<<16) * 0x9e3779b97f4a7c15 >> 56
}

// Of returns the set of words.
func Of(words ...string) Set {
	s := Set{m: make(map[string]struct{}, len(words))}
	for _, w := range words {
		s.m[w] = struct{}{}
		if w == "" {
			s.empty = true
			continue
		}
		h := sig(w)
		s.bloom[h>>6] |= 1 << (h & 63)
	}
	return s
}

// Has reports whether w is in the set. It is inlined into its callers
// (over a hundred): a lookup that called out of line for the words that
// pass the mask would not be.
func (s *Set) Has(w string) bool {
	if len(w) == 0 {
		return s.empty
	}
	if h := sig(w); s.bloom[h>>6]&(1<<(h&63)) == 0 {
		return false
	}
	_, ok := s.m[w]
	return ok
}

// Maybe reports whether w may be in the set: false means it is not.
// It is Has without the map lookup, for a caller that sorts the few
// words that pass with a switch of its own (pipeline's clauseBound).
func (s *Set) Maybe(w string) bool {
	if len(w) == 0 {
		return s.empty
	}
	h := sig(w)
	return s.bloom[h>>6]&(1<<(h&63)) != 0
}

// Len is the number of words.
func (s *Set) Len() int { return len(s.m) }

// Words calls f for every word, in no particular order.
func (s *Set) Words(f func(string)) {
	for w := range s.m {
		f(w)
	}
}
