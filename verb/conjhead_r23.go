package verb

// conjunctBefore: for a past verb after "and" that shares the subject of
// the past verb before it ("The African Union condemned the coup and
// suspended Gabon"), the token right before that first verb, where the
// words a pattern wants before its head ("{union|bloc|...} ... ^suspend
// +") are sought when they are not found before the head itself: they
// describe the shared subject, which the first clause's object and its
// verb stand between. -1 when the head is no such conjunct (conjunctVerb
// finds no past verb in the clause before the "and").
//
// Code asks it only in a second pass over the head's patterns, when the
// first matched none: a pattern that matches at the head itself keeps
// it ("Protesters blocked roads and marched on the capital to demand
// ..." stays the march that takes its purpose), and most heads, which
// match or are no conjunct, cost nothing more.
func (s *sentence) conjunctBefore(h int) int {
	if t := s.toks[h].Tag; t != "VBD" && t != "VBN" {
		return -1
	}
	c := s.andBefore(h)
	if c < 0 {
		return -1
	}
	if v := s.conjunctVerb(c); v > 0 {
		return v - 1
	}
	return -1
}
