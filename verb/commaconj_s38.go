package verb

import "github.com/parley-events/parley/internal/wordset"

// commaMainConjunct (S38): a bare past verb after ", and" that follows an
// embedded clause shares the subject of the main clause the embedded one
// hangs on, not the embedded clause's own: "Japan lodged a protest with
// North Korea after Pyongyang fired a missile over Japanese territory,
// and suspended its food aid" (Japan suspends), "Azerbaijan's defence
// ministry said Armenian troops had fired on its positions, and put its
// forces on alert" (Azerbaijan). The comma closes the embedded clause, and
// the verb after "and" takes up the main one. Two embedded clauses count:
// one opened by a subordinator of time or cause ("after", "when",
// "because", "since", "before", "while", "until", "once") with a subject
// of its own, right after the main verb's phrase; and a clause reported
// by a verb of saying whose verb is backshifted (a perfect with "had", a
// modal, or a present), which a simple past cannot continue, or before
// an act of speech or diplomacy (reporterActs: "Russia said Ukrainian
// drones attacked a depot, and vowed to retaliate"); and a that-clause
// in the subjunctive after a verb of demand ("The junta demanded that
// Algeria stop hosting meetings with rebel leaders, and summoned the
// Algerian ambassador"), which no past verb continues. It returns the
// main clause's verb, or -1.
func (s *sentence) commaMainConjunct(c, start int) int {
	if c < 3 || start >= len(s.toks) || s.toks[start].Tag != "VBD" || s.toks[c].Lower != "and" || s.toks[c-1].Lower != "," {
		return -1
	}
	// The embedded clause's verb: the last finite verb before the comma.
	e := -1
	for k := c - 2; k > 0 && k >= c-1-maxReach; k-- {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," || t.Tag == "``" || t.Tag == "''" {
			return -1
		}
		if s.inGroup[k] < 0 && t.IsVerb() && t.Tag != "VBG" && !isAux(t.Lower) {
			e = k
			break
		}
	}
	if e < 2 {
		return -1
	}
	// Its chain of auxiliaries, and the word that opens it. The clause
	// is finite: a past or present verb, or one after an auxiliary.
	k := e - 1
	finite := s.toks[e].Tag == "VBD" || s.toks[e].Tag == "VBZ" || s.toks[e].Tag == "VBP"
	backshifted := s.toks[e].Tag == "VBZ" || s.toks[e].Tag == "VBP"
	// A bare verb, or a bare "be" before a participle, after a subject:
	// the subjunctive of a clause a demand governs ("demanded that
	// Algeria stop hosting ...", "that the declaration be annulled").
	mandative := s.toks[e].Tag == "VB" && s.toks[e-1].Tag != "TO" && s.toks[e-1].Tag != "MD" && !isAux(s.toks[e-1].Lower)
	for ; k > 0 && (isAux(s.toks[k].Lower) || s.toks[k].Tag == "RB" || s.toks[k].Tag == "MD"); k-- {
		finite = finite || isAux(s.toks[k].Lower) || s.toks[k].Tag == "MD"
		backshifted = backshifted || s.toks[k].Tag == "MD" || s.toks[k].Lower == "had" || s.toks[k].Lower == "has" || s.toks[k].Lower == "have"
		mandative = mandative || s.toks[k].Lower == "be" && s.toks[k-1].Tag != "TO" && s.toks[k-1].Tag != "MD"
	}
	if !finite && !mandative {
		return -1
	}
	subject, that := false, false
	for ; k >= 0 && k >= e-maxReach; k-- {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," {
			return -1
		}
		if gi := s.inGroup[k]; gi >= 0 {
			subject = true
			k = s.groups[gi].Start
			continue
		}
		if t.Tag == "PRP" {
			subject = true
			continue
		}
		if t.Lower == "that" {
			that = true
			continue
		}
		if mandative && !that && t.Tag == "VB" {
			continue // "hand over ... and close": bare verbs of one clause
		}
		if !mandative && embeddedOpeners.Has(t.Lower) && t.Tag == "IN" || embeddedOpeners.Has(t.Lower) && t.Tag == "WRB" {
			if !subject {
				return -1
			}
			// The main clause's verb before the opener, with no comma
			// or other clause between.
			for j := k - 1; j > 0 && j >= k-maxReach; j-- {
				u := &s.toks[j]
				if hardStop(u) || u.Lower == "," || subordinators.Has(u.Lower) {
					return -1
				}
				if s.inGroup[j] < 0 && u.Tag == "VBD" && s.clauseVerb(j) {
					return j
				}
			}
			return -1
		}
		if t.IsVerb() {
			if t.Tag != "VBD" && t.Tag != "VBZ" || !subject {
				return -1
			}
			if mandative && that && demandVerbs.Has(t.Lemma) {
				return k
			}
			if !mandative && (backshifted || reporterActs.Has(s.toks[start].Lemma)) && reportingVerbs.Has(t.Lemma) {
				return k
			}
			return -1
		}
	}
	return -1
}

// demandVerbs govern a that-clause whose verb is a bare subjunctive.
var demandVerbs = wordset.Of("demand", "urge", "insist", "ask", "request", "propose", "recommend", "order", "suggest", "require")

// embeddedOpeners open a clause of time or cause that hangs on a main
// clause before it.
var embeddedOpeners = wordset.Of("after", "when", "because", "since", "before", "while", "until", "once", "as")
