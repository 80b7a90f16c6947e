package verb

import "github.com/parley-events/parley/actor"

// adjectiveSubject: the group is a country adjective on the common nouns
// that head the subject of a finite clause right after them: "after
// Chinese ships entered its waters", "before Belarusian guards detained
// two journalists", "after Chinese coast guard vessels rammed a boat".
// A clause conjunction before it ("after", "before", "until") opens that
// clause, as it does before a group that runs straight into its verb
// ("after protesters stormed"): the adjective's state is the clause's
// agent, and the walk must not go past the conjunction to the main
// clause's subject (N19). So does a group that runs into its verb past an
// adverb or two ("after Israel quickly seized the ship", "since the army
// first seized power": clauseadverb_m23.go).
func (s *sentence) adjectiveSubject(g actor.Group) bool {
	if g.End < len(s.toks) && s.toks[g.End].Tag == "RB" && s.finiteAfterAdverbs(g.End) {
		return true
	}
	if g.End >= len(s.toks) || s.toks[g.End-1].Tag == "POS" || s.toks[g.End].Tag == "POS" {
		return false // "since the president's plane was shot down": an owner
	}
	j := g.End
	for j < len(s.toks) && j < g.End+4 && s.inGroup[j] < 0 && (s.toks[j].Tag == "NN" || s.toks[j].Tag == "NNS") {
		j++
	}
	if j == g.End || j >= len(s.toks) || s.toks[j-1].Tag != "NNS" && s.toks[j-1].Tag != "NN" {
		return false
	}
	for j < len(s.toks) && (s.toks[j].Tag == "RB" || isAux(s.toks[j].Lower) && j+1 < len(s.toks) && s.toks[j+1].IsVerb()) {
		j++
	}
	if j >= len(s.toks) {
		return false
	}
	switch s.toks[j].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	case "VBN":
		// A participle right after the noun is as often a reduced
		// relative ("after Chinese ships moored in Manila") as a past;
		// one after an auxiliary, or one with a direct object ("after
		// Chinese vessels fired/VBN water cannon"), is the clause's verb.
		if isAux(s.toks[j-1].Lower) {
			// A perfect is the clause's act; a passive's subject is
			// what was done to ("after Chinese ships were seized").
			return !beForms.Has(s.toks[j-1].Lower)
		}
		if j+1 < len(s.toks) {
			switch s.toks[j+1].Tag {
			case "DT", "NN", "NNS", "CD", "PRP$":
				return true
			}
		}
		return false
	}
	return false
}

// clauseOpenerBetween: a conjunction that opens a clause of its own
// stands in [from, to).
func (s *sentence) clauseOpenerBetween(from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		if itsClauseOpener(s.toks[k].Lower) && (k+1 >= len(s.toks) || s.toks[k+1].Tag != "VBG") {
			// (A gerund right after it, "after accusing it of", has the
			// main clause's subject: no clause of its own.)
			return true
		}
	}
	return false
}

func itsClauseOpener(w string) bool {
	switch w {
	case "after", "before", "when", "as", "since", "until", "while", "because", "once", "although", "though", "whereas", "if":
		return true
	}
	return false
}
