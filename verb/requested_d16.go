package verb

import "strings"

// requestedForces: troops a state sends or deploys to another "at the
// request of" that state, or "at its request", protect it (074, CAMEO's
// "provide military protection", troops sent for protection; R31 moved it
// from 072, "provide military aid", which is assistance in kind: arms,
// money, training, advisers), not a force posture (154) or force
// (190): "Rwanda deployed 1,000 soldiers to Mozambique at Maputo's
// request", "Kenya sent troops into Somalia at the request of the Somali
// government". The one who
// asked must be of the target's state, or of no state named ("at the
// government's request"); a request from a third party ("at the request
// of the United Nations") leaves the code alone, as does any clause
// boundary before "request".
func (s *sentence) requestedForces(m *Match) {
	c := m.EventCode()
	if !(strings.HasPrefix(c, "154") || c == "150" || c == "190") || m.Modality.Negated {
		return
	}
	switch s.toks[m.Head].Lemma {
	case "deploy", "send", "dispatch", "station", "fly", "airlift", "move", "rush":
	default:
		return
	}
	tgt := ""
	if len(m.Target) > 0 {
		tgt = m.Target[0].Country
	} else {
		// X35: "deployed 1,000 soldiers and police to Mozambique's Cabo
		// Delgado province at Maputo's request": a coordinated force
		// leaves the pattern's target slot empty; the destination state
		// named after "to" or "into" is the host.
		tgt = s.destinationState(m.Head)
	}
	if tgt == "" {
		return
	}
	for k := m.Head + 1; k < len(s.toks) && k < m.Head+20; k++ {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "but" || t.Lower == "while" {
			return
		}
		if t.Lower != "at" {
			continue
		}
		if len(m.Target) > 0 && m.Target[0].End > k && !s.stateBetween(m.Head+1, k, tgt) {
			// The asker taken for the target: only a destination of its
			// state named before ("sent troops into Somalia at the
			// request of the Somali government") makes it the host;
			// "sent warships to the Gulf at the request of the United
			// States" protects no one named.
			return
		}
		// "at Maputo's request", "at the request of the Somali
		// government", "at the invitation of Kyiv"
		r := -1
		for j := k + 1; j < len(s.toks) && j <= k+5; j++ {
			if w := s.toks[j].Lower; w == "request" || w == "invitation" || w == "behest" {
				r = j
				break
			}
		}
		if r < 0 {
			continue
		}
		asker := ""
		found := false
		for j := k + 1; j < r; j++ {
			if gi := s.inGroup[j]; gi >= 0 {
				asker, found = groupCountry(s, gi), true
				break
			}
		}
		if !found && r+2 < len(s.toks) && s.toks[r+1].Lower == "of" {
			for j := r + 2; j < len(s.toks) && j <= r+4; j++ {
				if gi := s.inGroup[j]; gi >= 0 {
					asker, found = groupCountry(s, gi), true
					break
				}
			}
		}
		if found && asker != "" && asker != tgt {
			return
		}
		m.Code = "074"
		return
	}
}

// groupCountry: the country of the first phrase of group gi, or "".
func groupCountry(s *sentence, gi int) string {
	for _, ph := range s.groups[gi].Phrases {
		if ph.Country != "" {
			return ph.Country
		}
	}
	return ""
}

// stateBetween: a group of country c holds a token in [from, to).
func (s *sentence) stateBetween(from, to int, c string) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		if gi := s.inGroup[k]; gi >= 0 && groupCountry(s, gi) == c {
			return true
		}
	}
	return false
}

// destinationState: the country of the first group within a few words
// after "to" or "into" following the head, before any clause boundary or
// "at"; "" if none.
func (s *sentence) destinationState(head int) string {
	for k := head + 1; k < len(s.toks) && k < head+15; k++ {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," || t.Lower == "at" || t.Lower == "but" || t.Lower == "while" {
			return ""
		}
		if t.Lower != "to" && t.Lower != "into" {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
			if gi := s.inGroup[j]; gi >= 0 {
				return groupCountry(s, gi)
			}
		}
		return ""
	}
	return ""
}
