package verb

// documentActInside reports whether token k, inside a match's span, is the
// operative participle of the document noun before it: "Putin signed
// treaties annexing four occupied Ukrainian regions" is the signing (057)
// and the annexation (192). The signing pattern's optional target reaches
// past the participle to the region's people, and taking every word it
// passes over would leave the second act, the one the document does as it
// is signed (keptRelative), without a head.
func (s *sentence) documentActInside(k int) bool {
	if k < 1 || k >= len(s.toks) || s.toks[k].Tag != "VBG" {
		return false
	}
	return documentNoun(s.toks[k-1].Lower) && operativeVerb(s.toks[k].Lemma)
}
