package verb

// paidOut: the verb at i is "shell out" or "pound out", whose particle
// leaves the verb's violent sense behind: money is shelled out ("the
// government shelled out 3 billion rupees", "millions were shelled out
// by the ministry") and a compromise pounded out. No pattern spells these
// phrasals, and a "shell +" or bare "pound" line would read them as
// artillery fire (194), the payer or negotiator as the gunner.
func (s *sentence) paidOut(i int) bool {
	toks := s.toks
	if i+1 >= len(toks) || toks[i+1].Lower != "out" || !toks[i].IsVerb() {
		return false
	}
	switch toks[i].Lemma {
	case "shell", "pound":
		return true
	}
	return false
}
