package verb

// drivenOut: armed forces that drive a people out of its land ("Myanmar's
// army drove more than 700,000 Rohingya out of Rakhine state") expel a
// population, CAMEO's 201, not a fight: the `... ^{drive|push|chase|oust}
// + out` line codes 190 for whatever group its slot holds, which is right
// for rebels or troops driven from a town. Only targets that are all
// civilians or refugees turn it.
func (s *sentence) drivenOut(ms []Match) {
	for i := range ms {
		m := &ms[i]
		if m.EventCode() != "190" || len(m.Target) == 0 {
			continue
		}
		switch s.toks[m.Head].Lemma {
		case "drive", "chase", "push":
		default:
			continue
		}
		if e := m.Span[1]; e < 1 || s.toks[e-1].Lower != "out" {
			continue
		}
		civil := true
		for _, ph := range m.Target {
			if !hasSector(ph.Sectors, "CVL") && !hasSector(ph.Sectors, "REF") {
				civil = false
			}
		}
		if civil {
			m.Code = "201"
		}
	}
}

func hasSector(secs []string, want string) bool {
	for _, s := range secs {
		if s == want {
			return true
		}
	}
	return false
}
