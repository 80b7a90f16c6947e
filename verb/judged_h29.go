package verb

// judgingHeads report a finding on a party: what their that-clause says
// of its subject is the judgement itself.
var judgingHeads = map[string]bool{
	"rule": true, "find": true, "conclude": true, "determine": true, "declare": true,
}

// judgedLink: the finite verb at k is the linking verb of a that-clause
// after a verb of judging ("ruled that Chile's seizure of the ships
// amounted to a breach", "found that Peru's ban constituted unlawful
// discrimination"), so a gap from the clause's subject (the pattern's
// target, "that +") may cross it to the judgement in its complement.
// "Amount to", "constitute" and "represent" only link the subject to
// what it is judged to be, as "was" does; any other verb ends the gap.
func (s *sentence) judgedLink(p *Pattern, ei, k int) bool {
	if ei < 2 || p.elems[ei-1].kind != eTarget || p.elems[ei-2].kind != eLit || s.tryHead < 0 || s.tryHead >= len(s.toks) {
		return false
	}
	that := false
	for _, w := range p.elems[ei-2].words {
		that = that || w == "that"
	}
	if !that || !judgingHeads[s.toks[s.tryHead].Lemma] {
		return false
	}
	switch s.toks[k].Lemma {
	case "amount", "constitute", "represent":
		return true
	}
	return false
}
