package verb

import "github.com/parley-events/parley/internal/wordset"

// timeOpeners open a clause of time or reason with its own subject. Most
// are prepositions too ("after the talks"), which is why the subject
// search does not count them as subordinators; followed by a noun phrase
// and a finite verb they open a clause.
var timeOpeners = wordset.Of("after", "before", "until", "once", "as", "since", "when", "while", "because")

// ownNounClause: the finite verb at start is the verb of a clause opened
// by a conjunction of time ("after", "before", "until", ...) whose
// subject is a noun phrase that no actor covers: "Kenya deployed police
// to the border after cattle raiders killed eight herders", "before the
// talks collapsed". The clause has its own subject, which is no actor,
// so the agent is unknown: the search must not go on past the
// conjunction to the main clause's subject (the raiders are no Kenyan
// forces). A noun phrase with an actor in it ("after Israeli jets
// bombed", "after police arrested") is left to the search, which finds
// that actor.
func (s *sentence) ownNounClause(start int) bool {
	if start < 3 || start >= len(s.toks) {
		return false
	}
	switch s.toks[start].Tag {
	case "VBD", "VBZ", "VBP", "VBN":
	default:
		return false
	}
	k := start - 1
	aux := false
	for k > 0 && isAux(s.toks[k].Lower) {
		k--
		aux = true
	}
	if s.toks[start].Tag == "VBN" && !aux {
		// A bare participle after a noun is as often a reduced
		// relative ("after gunmen armed with rifles") as a past.
		return false
	}
	nouns := 0
	for ; k > 0; k-- {
		t := &s.toks[k]
		if s.inGroup[k] >= 0 {
			return false
		}
		if t.IsNoun() && !t.IsProper() {
			if sideNouns.Has(t.Lower) {
				// "as both countries moved troops": the parties already
				// named (bothSides, sentencePair), not a subject of none.
				return false
			}
			nouns++
			continue
		}
		if t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" {
			continue
		}
		break
	}
	if nouns == 0 || !timeOpeners.Has(s.toks[k].Lower) {
		return false
	}
	// The noun right before the verb heads the phrase: "after the
	// cattle raiders killed", not "after cattle, raiders ...".
	j := start - 1
	for isAux(s.toks[j].Lower) {
		j--
	}
	return s.toks[j].IsNoun()
}
