package verb

// helpedAsked: match i is the bare verb after "to help" that an appeal or
// a threat coded before it, in the same clause, asks help for: "urged
// Russia to help end the fighting", "asked the US for air strikes to help
// retake Mosul", "requested a foreign force to help fight the gangs". The
// help is the act asked (it stays with the appeal, as askedFor leaves the
// act directly asked); what the help would achieve is its purpose, which
// no one has done yet, and coders code the appeal alone. A negated act
// (denied) and an appeal or threat of its own stay.
//
//go:noinline
func (s *sentence) helpedAsked(ms []Match, i int) bool {
	m := &ms[i]
	h := m.Span[0]
	if m.Modality.Negated || h < 4 || s.toks[h-1].Lower != "help" || s.toks[h-2].Lower != "to" {
		return false
	}
	switch m.EventCode()[:2] {
	case "02", "13":
		return false
	}
	to := h - 2
	for j := range ms {
		a := &ms[j]
		if j == i || a.Head >= to || to-a.Head > 20 || len(a.Source) == 0 || a.Modality.Negated {
			continue
		}
		if r := a.EventCode()[:2]; (r == "02" || r == "13") && s.askedClear(a.Head, to) {
			return true
		}
	}
	return false
}

// askedClear: between the appeal at a and the "to" at b nothing opens
// another clause, so the purpose at b is the appeal's ("asked the US for
// air strikes to help retake Mosul").
func (s *sentence) askedClear(a, b int) bool {
	for k := a + 1; k < b; k++ {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," || subordinators.Has(t.Lower) || s.clauseVerb(k) {
			return false
		}
	}
	return true
}

// militaryAid: troops, arms or training sent to another party (072, 074),
// which, like a deployment (15), has a fight as its purpose that is not
// yet fought: "Rwanda deployed 1,000 soldiers to Mozambique to help fight
// the insurgents", "US special forces are training Nigerien troops to
// fight jihadists" (postureAim).
func militaryAid(code string) bool {
	return code == "072" || code == "074"
}
