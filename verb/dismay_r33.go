package verb

import "github.com/parley-events/parley/internal/wordset"

// dismayLemmas head the 111 line of a party that says it is disappointed,
// dismayed, disgusted or appalled (data/verbs/11-disapprove.txt, R33).
var dismayLemmas = wordset.Of("disappointed", "dismayed", "disgusted", "appalled")

// privateDismay: private people who are disappointed ("Fans were
// disappointed by the result of the match") voice a feeling, not a
// party's disapproval: the line is for governments, officials and
// organisations. With a target actor named ("disappointed by Honiara's
// decision") the disapproval has an object and stays.
func (s *sentence) privateDismay(p *Pattern, m *Match) string {
	if p.Code != "111" || len(m.Target) > 0 || !dismayLemmas.Has(s.toks[m.Head].Lower) {
		return ""
	}
	for _, ph := range m.Source {
		if !onlySectors(ph.Sectors, "CVL") {
			return ""
		}
	}
	return "private people's disappointment criticises no one"
}
