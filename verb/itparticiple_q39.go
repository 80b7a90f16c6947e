package verb

import "github.com/parley-events/parley/internal/wordset"

// participleItAntecedent: "it" right after a participle that opens a
// comma clause ("Bujumbura ordered the UN office to close, accusing it of
// tarnishing Burundi's image") stands for the main clause's object: the
// participle's subject is the main clause's subject, and English would
// say "itself" for that, so the nearest singular party before the comma
// that is not the subject is meant. The main clause must have a finite
// verb between its subject and that party (so the party is its object),
// no singular common noun may stand between the party and the comma
// ("closed the office, accusing it"), and nothing binds across ";", ":"
// or a quotation. Only a charge's preposition (of, for, with) may follow
// "it". Returns the group, or -1 (Q39).
func (s *sentence) participleItAntecedent(h int) int {
	if h < 2 || h+1 >= len(s.toks) || s.toks[h+1].Lower != "it" || s.toks[h].Tag != "VBG" || s.toks[h-1].Text != "," {
		return -1
	}
	if n := h + 2; n >= len(s.toks) || s.toks[n].Lower != "of" && s.toks[n].Lower != "for" && s.toks[n].Lower != "with" {
		// "accusing it of", "blaming it for", "charging it with": a
		// charge laid on a party; "saying it would" opens a clause of
		// its own, and other objects are left to the earlier rules
		return -1
	}
	obj := -1
	for k := h - 2; k >= 0; k-- {
		t := &s.toks[k]
		if t.Text == ";" || t.Text == ":" || t.Text == "," || t.Tag == "``" || t.Tag == "''" {
			return -1
		}
		gi := s.inGroup[k]
		if gi < 0 {
			if obj < 0 && t.Tag == "NN" {
				return -1 // "closed the office": the noun may be what "it" means
			}
			if obj >= 0 && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP") {
				// the finite verb whose object obj is; its subject
				// comes before it and must be another party
				for j := k - 1; j >= 0; j-- {
					if sg := s.inGroup[j]; sg >= 0 {
						if sg == obj || sameGroupCodes(s.groups[sg], s.groups[obj]) {
							return -1
						}
						return obj
					}
				}
				return -1
			}
			continue
		}
		k = s.groups[gi].Start
		if obj < 0 {
			if !s.agrees(gi, "it") || s.pluralGroup(gi) {
				return -1
			}
			obj = gi
		}
	}
	return -1
}

// demandThatVerbs take a that-clause of what is asked ("demanded that
// Washington end the strikes"), whose subject does nothing yet; a
// participle after the clause is the asker's act (roles.go).
var demandThatVerbs = wordset.Of("demand", "insist", "urge", "ask", "request")
