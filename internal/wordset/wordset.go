// Package wordset is a set of words for the closed-class checks the
// stages make on every token ("is this a negator, an auxiliary, a
// locative preposition?"). Most tokens are in none of them, and a Set
// turns most of those away on the word's length and first byte, before
// any hashing: map lookups of such small sets were 5% of a run.
package wordset

// Set is an immutable set of words; the zero Set is empty.
type Set struct {
	lens  uint64    // bit n: some word has n bytes (n < 64)
	long  bool      // some word has 64 bytes or more
	first [4]uint64 // bit c: some word starts with byte c
	m     map[string]struct{}
}

// Of returns the set of words.
func Of(words ...string) Set {
	s := Set{m: make(map[string]struct{}, len(words))}
	for _, w := range words {
		s.m[w] = struct{}{}
		if len(w) < 64 {
			s.lens |= 1 << len(w)
		} else {
			s.long = true
		}
		if w != "" {
			s.first[w[0]>>6] |= 1 << (w[0] & 63)
		}
	}
	return s
}

// Has reports whether w is in the set.
func (s *Set) Has(w string) bool {
	if len(w) < 64 {
		if s.lens&(1<<len(w)) == 0 {
			return false
		}
	} else if !s.long {
		return false
	}
	if w != "" && s.first[w[0]>>6]&(1<<(w[0]&63)) == 0 {
		return false
	}
	_, ok := s.m[w]
	return ok
}

// Len is the number of words.
func (s *Set) Len() int { return len(s.m) }

// Words calls f for every word, in no particular order.
func (s *Set) Words(f func(string)) {
	for w := range s.m {
		f(w)
	}
}
