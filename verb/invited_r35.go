package verb

// invitedTo: an invitation whose "to" names a place or an occasion,
// not an act ("invited Netanyahu to Budapest", "would invite Kim Jong-un
// to the White House"), asks the invited to come: the inviter's offer to
// meet, CAMEO's 036, which the codebook gives invitations. The bare
// `invite + to` line codes the appeal (020) for an infinitive ("invited
// Israel to respond"); it cannot tell the two apart, since a place after
// "to" is no actor of the line. A refused or denied invitation is left
// as it is.
func (s *sentence) invitedTo(ms []Match) {
	for i := range ms {
		m := &ms[i]
		if m.EventCode() != "020" || s.toks[m.Head].Lemma != "invite" || m.Modality.Negated {
			continue
		}
		e := m.Span[1]
		if e < 1 || e >= len(s.toks) || s.toks[e-1].Lower != "to" {
			continue
		}
		if t := &s.toks[e]; t.Tag == "VB" || t.Tag == "RB" || t.Lower == "help" {
			continue // "invited Israel to respond", "to quickly respond"
		}
		m.Code = "036"
	}
}
