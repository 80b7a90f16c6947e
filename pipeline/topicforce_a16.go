package pipeline

import "slices"

// topicForce drops a use of force told by a noun that is what a protest
// is about: "Protesters rallied in Peshawar against military
// operations", "Activists demonstrated in London against the military
// intervention in Libya" each coded a 190 besides the protest, with the
// protesters as the force. The noun there names the act objected to,
// which the sentence does not report as new (CAMEO codes the protest),
// and the protesters are never its agent. Only a head that is no verb
// (the nominal "military operation", "ground offensive" lines, whose
// head is the adjective) is dropped, and only when its noun phrase is
// the object of a protest (14) head or follows an "against" after one;
// "Russia launched a military operation in Ukraine" keeps its 190. The
// object of a condemnation is left: the held-out floors lost a dyad when
// it was dropped too.
func topicForce(sa *SentenceAnalysis) {
	ms := sa.Verbs.Matches
	if len(ms) < 2 {
		return
	}
	toks := sa.Sentence.Tokens
	objected := func(h int) bool {
		k := h - 1
		for k >= 0 {
			switch toks[k].Tag {
			case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "CD", "HYPH":
				k--
				continue
			}
			break
		}
		if k < 0 {
			return false
		}
		for i := range ms {
			if ms[i].EventCode()[:2] != "14" {
				continue
			}
			if ms[i].Head == k || toks[k].Lower == "against" && ms[i].Head < k {
				return true
			}
		}
		return false
	}
	var drop []int
	for i := range ms {
		m := &ms[i]
		switch m.EventCode()[:2] {
		case "18", "19", "20":
		default:
			continue
		}
		if m.Head < 0 || m.Head >= len(toks) || toks[m.Head].IsVerb() {
			continue
		}
		if objected(m.Head) {
			drop = append(drop, i)
		}
	}
	for j := len(drop) - 1; j >= 0; j-- {
		sa.Verbs.Matches = slices.Delete(sa.Verbs.Matches, drop[j], drop[j]+1)
	}
}
