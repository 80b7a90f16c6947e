package verb

// finiteAfterAdverbs: the token at k is a finite verb, or one or two
// adverbs stand between k and one ("after Israel quickly seized the
// ship", "since the army first seized power", "after Iran reportedly
// fired"). A clause's subject keeps its adverb before the verb as often
// as not, and without this the group after "after" or "since" read as a
// preposition's object, so the clause's act lost its source, or took the
// main clause's ("froze ties after the army quickly seized the ship" was
// a seizure by the state that froze the ties) (M23). "not" and "never"
// are adverbs too: the verb after them is still the clause's, and the
// modality stage reads the negation.
func (s *sentence) finiteAfterAdverbs(k int) bool {
	for n := 0; n < 2 && k < len(s.toks) && s.inGroup[k] < 0 && s.toks[k].Tag == "RB"; n++ {
		k++
	}
	return k < len(s.toks) && s.finite(k)
}
