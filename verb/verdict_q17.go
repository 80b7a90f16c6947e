package verb

// quotedVerdictSpeaker: a verdict of blame inside a direct quotation,
// with no actor of its own, whose speaker is named right after the
// closing mark ("'This is a reckless act,' the coast guard spokesman
// said", "'It is unacceptable,' said the minister"): the judge is that
// speaker, as "X said it was unacceptable" makes X the judge. Only a
// verdict word as the head (an adjective or a noun, never a verb): a
// quoted "They rejected the offer" names somebody the speaker talks
// about, not the speaker. It returns the speaker's group, or -1.
func (s *sentence) quotedVerdictSpeaker(start, h int) int {
	if s.toks[h].IsVerb() {
		return -1
	}
	open := false
	for j := start - 1; j >= 0; j-- {
		if quoteMark(s.toks[j].Lower) {
			open = true
			break
		}
		if hardStop(&s.toks[j]) {
			return -1
		}
	}
	if !open {
		return -1
	}
	q := -1
	for j := h + 1; j < len(s.toks) && j <= h+8; j++ {
		if quoteMark(s.toks[j].Lower) {
			q = j
			break
		}
		if hardStop(&s.toks[j]) {
			return -1
		}
	}
	if q < 1 || s.toks[q-1].Lower != "," {
		return -1
	}
	return s.attributedAfter(q)
}

// pastDecline: "would not comment", "could not say" in reported past
// narrative is the past of "will not comment": a refusal to comment
// already made, not a hypothetical one (011, "declined to comment"); so
// is "would not accept the ruling" (120) a rejection made, and "would
// not allow U.S. troops on their soil" (1212, R37) a refusal. The modal
// must stand right before the "not" that opens the match.
func (s *sentence) pastDecline(m *Match, p *Pattern, start int) {
	if p.Code != "011" && p.Root() != "12" || !m.Modality.Hypothetical || m.Modality.Negated {
		return
	}
	k := start
	if k < len(s.toks) && s.toks[k].Lower != "not" && s.toks[k].Lower != "n't" {
		k--
		if k < 0 || s.toks[k].Lower != "not" && s.toks[k].Lower != "n't" {
			return
		}
	}
	if k < 1 {
		return
	}
	switch s.toks[k-1].Lower {
	case "would", "could", "wo", "ca":
		m.Modality.Hypothetical = false
	}
}
