package verb

import "github.com/parley-events/parley/internal/wordset"

// A subject relative clause on the defendant ("sentenced a former navy
// officer who leaked secrets to a Russian diplomat to two years in
// prison") stands between "sentence" and its "to" + penalty, and is often
// longer than a gap, or holds a finite verb that a gap must not cross.
// The penalty phrase after it still belongs to "sentence": a clause
// inside the object cannot take "to two years in prison" (no verb but a
// sentencing one takes a term), so the whole relative clause is skipped
// when "sentence" is the head and the words after the clause are "to"
// and a penalty.

// sentencePenaltyWords end the "to" phrase of a sentencing verb.
var sentencePenaltyWords = wordset.Of("year", "years", "month", "months", "death", "life", "prison", "jail", "imprisonment", "week", "weeks", "day", "days", "decade", "decades", "penal", "hard")

// relativeSentenceTo: when the head tried is "sentence", the pattern's
// element ei is the literal "to", and a subject relative clause ("who",
// "which", "that", or ", who ... ,") begins at pos, the position of the
// "to" that opens the penalty after the clause; else -1.
func (s *sentence) relativeSentenceTo(p *Pattern, ei, pos int) int {
	if s.tryHead < 0 || s.tryHead >= len(s.toks) || s.toks[s.tryHead].Lemma != "sentence" || !s.toks[s.tryHead].IsVerb() {
		return -1
	}
	if ei >= len(p.elems) || p.elems[ei].kind != eLit || len(p.elems[ei].words) != 1 || p.elems[ei].words[0] != "to" {
		return -1
	}
	return s.relativePenalty(pos)
}

// relativePenalty: a subject relative clause begins at pos ("who",
// "which", "that", or ", who"), and a "to" with a penalty after it
// follows the clause; the position of that "to", or -1.
func (s *sentence) relativePenalty(pos int) int {
	r := pos
	if r < len(s.toks) && s.toks[r].Lower == "," {
		r++
	}
	if r+1 >= len(s.toks) || r == 0 {
		return -1
	}
	switch s.toks[r].Lower {
	case "who", "which", "that":
	default:
		return -1
	}
	// A subject relative: its own verb comes next (past adverbs and
	// auxiliaries); an object relative ("whom they accused") is
	// relobject_m15.go's.
	k := r + 1
	for k < len(s.toks) && (s.toks[k].Tag == "RB" || s.toks[k].Tag == "MD" || isAux(s.toks[k].Lower)) {
		k++
	}
	if k >= len(s.toks) || !s.toks[k].IsVerb() || s.toks[k].Tag == "VBG" {
		return -1
	}
	for m := k + 1; m < len(s.toks) && m <= r+20; m++ {
		t := &s.toks[m]
		if hardStop(t) {
			return -1
		}
		if t.Lower != "to" {
			continue
		}
		// The penalty follows within a few words: "to two years",
		// "to death", "to life in prison", "to 15 years' hard labour".
		for n := m + 1; n < len(s.toks) && n <= m+4; n++ {
			if sentencePenaltyWords.Has(s.toks[n].Lower) {
				return m
			}
			if hardStop(&s.toks[n]) || s.toks[n].Lower == "to" {
				break
			}
		}
	}
	return -1
}

// privateSentencer: a sentence is passed by a court or another organ
// of a state (or an armed group's court); voters, fans, firms or papers
// that "sentence" someone ("Voters in Britain sentenced the Conservative
// Party to years in opposition") speak in a metaphor and code nothing.
// Every source must be such a private party.
func (s *sentence) privateSentencer(m *Match) bool {
	if m.Head < 0 || m.Head >= len(s.toks) || s.toks[m.Head].Lemma != "sentence" || len(m.Source) == 0 {
		return false
	}
	for i := range m.Source {
		if !s.privateParty(&m.Source[i]) {
			return false
		}
	}
	return true
}
