package verb

// quoteMark: a token that opens or closes a direct quotation.
func quoteMark(w string) bool {
	switch w {
	case "\"", "''", "``", "\u201c", "\u201d":
		return true
	}
	return false
}

// firstPersonQuote: a match with no source whose subject is a quoted
// first person ("'We reject this decision,' Hamas said", "'I welcome the
// release,' the emir said") is the act of the speaker the quotation is
// attributed to after its closing mark. It returns that speaker's group,
// or -1. Only the first person: a quoted "they" or "he" is somebody the
// speaker talks about. A match with no actor would be dropped before the
// reporting pass is reached; one with a target of its own ("'We shot
// down two Syrian jets,' Turkey's army said", S20) was left with no
// source, since the pass gives the speaker only a subject it can see.
func (s *sentence) firstPersonQuote(m *Match, p *Pattern, start int) int {
	if len(m.Source) > 0 || len(m.Participants) > 0 || m.Orphan || p.Recip || p.Agentless {
		return -1
	}
	if len(m.Target) > 0 && m.Passive {
		return -1
	}
	k, v := start-1, start
	if start > 1 && s.toks[start].Tag == "RP" && s.inGroup[k] < 0 && s.toks[k].IsVerb() {
		// "'We have shot down 20 drones,' the ministry said": a
		// phrasal verb's particle is the head, so its verb stands
		// between the pronoun and the match (S20).
		k, v = k-1, k
	}
	be := false
	for k >= 0 && s.inGroup[k] < 0 && (isAux(s.toks[k].Lower) || s.toks[k].Tag == "MD" || s.toks[k].Tag == "RB") {
		be = be || s.toks[k].Lemma == "be"
		k--
	}
	if k < 1 || s.inGroup[k] >= 0 || s.toks[k].Lower != "we" && s.toks[k].Lower != "i" {
		return -1
	}
	if be && v < len(s.toks) && (s.toks[v].Tag == "VBN" || s.toks[v].Tag == "VBD") {
		// "'We have been shelled every night,' a doctor in Mariupol
		// said", "'We were arrested and beaten,' the activist said": a
		// passive first person is the speaker suffering the act, not
		// doing it (R13).
		return -1
	}
	// The pronoun stands inside a quotation opened before it in the
	// sentence ...
	open := -1
	for j := k - 1; j >= 0; j-- {
		if quoteMark(s.toks[j].Lower) {
			open = j
			break
		}
	}
	if open < 0 {
		// "Mao Ning: We urge Japan to stop the discharge" (lead, s27).
		return s.speakerLabel(k)
	}
	if gi := s.attributedBefore(open); gi >= 0 {
		// 'The army said: "We have destroyed three enemy positions."'
		// (K19): the speaker named before the quotation.
		return gi
	}
	// ... and closed after the match, with the attribution right after
	// the closing mark: "...," Hamas said / "...," said Hamas.
	q := -1
	for j := start + 1; j < len(s.toks); j++ {
		if quoteMark(s.toks[j].Lower) {
			q = j
			break
		}
	}
	if q < 0 || s.toks[q-1].Lower != "," {
		return -1
	}
	return s.attributedAfter(q)
}

// attributedAfter: the speaker a quotation (or a clause) that closes at
// token q is attributed to right after it, "...," said Hamas or "...,"
// Hamas said, within eight tokens and before any other stop: the group,
// or -1.
func (s *sentence) attributedAfter(q int) int {
	for j := q + 1; j < len(s.toks) && j <= q+8; j++ {
		t := &s.toks[j]
		if hardStop(t) || t.Lower == "," || quoteMark(t.Lower) {
			return -1
		}
		if s.inGroup[j] < 0 && t.IsVerb() && reportingVerbs.Has(t.Lemma) {
			if j == q+1 {
				return s.inverted(j) // "...," said Hamas
			}
			if gi := s.subject(j); gi >= 0 && s.groups[gi].Start > q {
				return gi // "...," Hamas said
			}
			return -1
		}
	}
	return -1
}

// attributedBefore: the speaker a quotation opening at token o is
// attributed to before it, 'Hamas said: "..."', 'the army said in a
// statement, "..."' (K19): a reporting verb whose subject precedes it,
// then at most a short adjunct, then a colon or a comma right before the
// opening mark. It returns the speaker's group, or -1.
func (s *sentence) attributedBefore(o int) int {
	if o < 2 || s.toks[o-1].Lower != ":" && s.toks[o-1].Lower != "," {
		return -1
	}
	for j := o - 2; j >= 0 && j >= o-7; j-- {
		t := &s.toks[j]
		if hardStop(t) || t.Lower == "," || quoteMark(t.Lower) {
			return -1
		}
		if s.inGroup[j] < 0 && t.IsVerb() && reportingVerbs.Has(t.Lemma) {
			if gi := s.subject(j); gi >= 0 && s.groups[gi].End <= j {
				return gi
			}
			return -1
		}
	}
	return -1
}
