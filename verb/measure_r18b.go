package verb

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// privateMeasure: V18's measures of an authority (a lockdown ordered,
// 1723; a closure of markets or places of worship ordered, 172;
// migrants returned to a place, 174; migrants intercepted, 173, and the
// older show of force, 150, that "intercept +" gives) are
// coercion only when an authority does them. Done by a school, a
// hospital, a firm, a church, a charity's rescue ship or a reporter they
// are housekeeping, a rescue or a scoop ("The school announced a
// lockdown after reports of a gunman", "The company announced the
// closure of its shops in Germany", "The rescue ship Ocean Viking
// returned 120 migrants to Lampedusa", "The Mexican journalist
// intercepted the migrants at the border"). With no subject named
// ("200 migrants were returned to Libya") the line stays. An order to
// close the subject's own places ("the closure of its shops") is no
// measure on anyone else either.
func (s *sentence) privateMeasure(p *Pattern, m *Match) string {
	lemma := s.toks[m.Head].Lemma
	switch {
	case p.Code == "1723" && s.hasLockdown(m.Head):
	case p.Code == "172" && (lemma == "order" || lemma == "announce" || lemma == "decree"):
		for k := m.Head + 1; k+2 < len(s.toks) && k <= m.Head+6; k++ {
			if (s.toks[k].Lower == "closure" || s.toks[k].Lower == "closing" || s.toks[k].Lower == "shutdown") && s.toks[k+1].Lower == "of" {
				if s.toks[k+2].Lower == "its" || s.toks[k+2].Lower == "their" {
					return "the closure of the subject's own places: no measure on others"
				}
				break
			}
		}
	case p.Code == "174" && lemma == "return", (p.Code == "173" || p.Code == "150") && lemma == "intercept":
	default:
		return ""
	}
	if len(m.Source) == 0 {
		return ""
	}
	for i := range m.Source {
		if !s.privateBody(&m.Source[i]) {
			return ""
		}
	}
	return "an authority's measure done by a private body (a school, a firm, a church, a charity, a reporter): no coercion"
}

// hasLockdown: the lockdown line's noun within the clause after the verb.
func (s *sentence) hasLockdown(head int) bool {
	for k := head + 1; k < len(s.toks) && k <= head+8; k++ {
		if s.toks[k].Lower == "lockdown" || s.toks[k].Lower == "lockdowns" {
			return true
		}
	}
	return false
}

// privateBody: privateParty's private firms, persons, schools, outlets
// and hospitals, and also charities, rights groups and faiths, which
// hold no state's power to confine or expel.
func (s *sentence) privateBody(ph *actor.Phrase) bool {
	if s.privateParty(ph) {
		return true
	}
	if len(ph.Sectors) == 0 {
		return false
	}
	switch ph.Sectors[0] {
	case "NGO", "HRI", "REL", "MOS", "SHI", "SUN", "CHR", "CTH", "PRO", "JEW", "BUD", "HIN", "SIK", "DOX", "CPT", "UDX":
		return true
	}
	return false
}

// angerWithoutDoer: V18's "X angered (infuriated) Y by (with, when) ..."
// makes Y disapprove of X, so X, the subject, is the target. When the
// subject is a noun that names no actor ("The English batsman
// infuriated Australia with a slow century", "The singer angered
// Turkey by cancelling her concert"), the line coded Y's disapproval of
// nobody; as with an angered party that is no actor, it gives nothing.
// A pronoun subject is left to the antecedent.
func (s *sentence) angerWithoutDoer(p *Pattern, m *Match) string {
	if p.Code != "110" || len(m.Target) > 0 || m.Head == 0 || !angerLemmas.Has(s.toks[m.Head].Lemma) {
		return ""
	}
	// Only the line whose subject is the doer: the act-noun line ("The
	// Swedish Koran burning infuriated Turkey") has its act before the
	// verb and no doer to find.
	if p.head != 0 || p.head+1 >= len(p.elems) || p.elems[p.head+1].kind != eSource {
		return ""
	}
	switch s.toks[m.Head-1].Tag {
	case "NN", "NNS", "NNP", "NNPS":
		return "the angering subject names no actor: nobody to disapprove of"
	}
	return ""
}

var angerLemmas = wordset.Of("anger", "infuriate", "enrage", "incense", "irk", "rile", "antagonize", "antagonise")
