package verb

import "strings"

// bombingKind: a bombing named by its noun ("killed in a car bombing",
// "died in a roadside bombing", "wounded in a suicide bombing") is of the
// kind its modifiers say (1832, 1833, 1831), as CAMEO splits 183.
func (s *sentence) bombingKind(m *Match) {
	if m.EventCode() != "183" || !s.toks[m.Head].IsNoun() {
		return
	}
	switch c := s.attackKind(m.Head, m.Head+1); c {
	case "1831", "1832", "1833":
		m.Code = c
	}
}

// nonStateBombing: a bombing done by a group that is no state's forces or
// government (rebels, insurgents, militants, gunmen: "Insurgents bombed a
// bridge near Kandahar") is CAMEO's non-military bombing (183), not the
// conventional force (190) the verb "bomb +" codes for armies.
func nonStateBombing(m *Match) {
	if m.EventCode() != "190" || len(m.Source) == 0 {
		return
	}
	for _, ph := range m.Source {
		if len(ph.Sectors) == 0 {
			return // a state itself bombs with its forces
		}
		switch ph.Sectors[0] {
		case "REB", "INS", "UAF", "SEP", "RAD", "MUS":
		default:
			return
		}
	}
	m.Code = "183"
}

// diedIn: "At least nine people died in a bombing", "Three soldiers were
// wounded in a bombing": the clause's subject are the bombing's victims,
// not its agents. The bombing noun right after "in" or "during", itself
// right after a harm verb, takes the subject as its target.
func (s *sentence) diedIn(m *Match) {
	h := m.Head
	k := h - 1
	for k > 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "NN" && k < h) {
		k--
	}
	if k < 1 || s.toks[k].Lower != "in" && s.toks[k].Lower != "during" {
		return
	}
	v := &s.toks[k-1]
	if v.Tag != "VBN" && v.Tag != "VBD" {
		return
	}
	switch v.Lemma {
	case "die", "kill", "wound", "injure", "hurt", "maim":
	default:
		return
	}
	if len(m.Source) == 0 || len(m.Target) > 0 {
		return
	}
	for _, ph := range m.Source {
		if ph.End > k-1 {
			return // an agent named after the verb ("in a bombing by")
		}
	}
	m.Target, m.Source = m.Source, nil
}

// killedInAttack: victims "killed in a car bombing", "wounded in a
// suicide bombing" died of that bombing, whose
// noun no agent of the clause codes: the harm takes the attack's kind
// (183, 1831, 1832, 1833), not the unspecified force (190) "kill" alone
// gives, as relativeAttack does for "a bombing that killed". Only the
// bombings: "killed in an air strike" keeps its 190 beside the strike's
// own 195 (vaguerTwin joins them when they share their sides); an
// "attack" is one only when a device word says so ("a bomb attack", "a
// grenade attack"). C23: the active verb with its victims between
// ("Militants killed ten soldiers in a bomb attack") reads the same,
// unless a state's forces did it (their bombs fall from the air).
func (s *sentence) killedInAttack(m *Match) {
	if m.EventCode() != "190" || m.Head < 0 || m.Head >= len(s.toks) {
		return
	}
	k := m.Head + 1
	switch s.toks[m.Head].Tag {
	case "VBN":
	case "VBD", "VBZ", "VBP":
		if stateForces(m) {
			return
		}
		k = s.pastVictims(k)
	default:
		return
	}
	if k >= len(s.toks) || s.toks[k].Lower != "in" && s.toks[k].Lower != "during" {
		return
	}
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		t := &s.toks[j]
		if t.IsNoun() && relativeAttackNouns.Has(t.Lower) {
			switch w := t.Lower; w {
			case "raid", "raids", "strike", "strikes":
				return
			}
			if c := s.attackKind(j, j+1); strings.HasPrefix(c, "183") {
				m.Code = c
			}
			return
		}
		if !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.IsNoun()) {
			return
		}
	}
}

// pastVictims is the token after the victims an active harm verb names
// ("killed ten soldiers", "wounded at least 20 people"): a short noun
// phrase of numbers, determiners, adjectives and nouns; k itself when
// none follows.
func (s *sentence) pastVictims(k int) int {
	j := k
	for j < len(s.toks) && j < k+6 {
		t := &s.toks[j]
		if !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.IsNoun() || t.Tag == "PRP$" || t.Lower == "at" || t.Lower == "least") {
			break
		}
		j++
	}
	return j
}

// stateForces: every source is a state, its forces or an alliance of
// states, with no sector of an armed group or civilians (forcesBombing's
// test).
func stateForces(m *Match) bool {
	if len(m.Source) == 0 {
		return false
	}
	for _, ph := range m.Source {
		if ph.Country == "" && !strings.HasPrefix(ph.Code, "IGO") {
			return false
		}
		for _, sec := range ph.Sectors {
			switch sec {
			case "REB", "INS", "UAF", "SEP", "RAD", "CRM", "CVL", "OPP":
				return false
			}
		}
	}
	return true
}

// forcesBombing: a bombing named by the noun or gerund ("the Israeli
// bombing of Gaza", "NATO jets began bombing Yugoslavia") by a state, its
// forces or an alliance of states is from the air (195); stateBombing
// reads states alone, and an alliance has no country of its own.
func forcesBombing(m *Match) {
	if m.EventCode() != "183" || !stateForces(m) {
		return
	}
	m.Code = "195"
}
