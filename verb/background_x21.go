package verb

// afterNoun: match i is a harm named by a noun, with no agent, inside a
// phrase of "after" or "following" that dates another act coded in the
// sentence with its agent: "stormed the party office after the arrest of
// their leader", "declared a curfew following the bombing of a mosque",
// "expelled two diplomats after the attack in Pahalgam". The phrase
// presupposes the harm as the background of the news, which is the act
// it hangs on, and names no one who did it (an agent the matcher took
// from the clause around it is no agent named); coders code the news
// alone. The harm stays when it is told by a verb ("after police
// arrested their leader"), when the noun names its agent ("after
// Azerbaijan's attack on Karabakh", "after the killing of a student by
// police": a dyad coders record), when the other act names no agent
// ("soldiers were killed after a clash with Chinese troops": the clash
// gives the killing its sides), when nothing but statements is coded
// beside it (then it is the news), and for talks, deals or aid named as
// the occasion ("agreed a ceasefire after talks in Moscow"), which
// coders record as the meeting or pact.
//
//go:noinline
func (s *sentence) afterNoun(ms []Match, i int) bool {
	m := &ms[i]
	h := m.Head
	if h < 2 || m.FromPrevious || !s.toks[h].IsNoun() || m.Modality.Negated {
		return false
	}
	if c := m.EventCode(); c < "14" || c >= "21" {
		return false
	}
	p := s.occasionOpener(min(h, m.Span[0]))
	if p < 0 || s.clauseAfterNoun(h) {
		return false
	}
	end := p + 1
	for end < len(s.toks) && s.toks[end].Lower != "," && !hardStop(&s.toks[end]) && (end <= h || !s.clauseVerb(end)) {
		end++
	}
	for _, a := range m.Source {
		if a.Start > p && a.Start < end {
			return false // its agent is named in the phrase
		}
	}
	for j := range ms {
		a := &ms[j]
		if j == i || a.Pattern.Speech || a.Modality.Negated || len(a.Source) == 0 || a.Head >= p && a.Head <= m.Span[1] {
			continue
		}
		if c := a.EventCode(); c[0] == '0' && c[1] == '1' {
			continue
		}
		return true
	}
	return false
}

// occasionOpener: the noun phrase that ends in the token before k (an
// event noun's determiner, possessive, adjectives and modifying nouns or
// names: "the", "Friday's", "the Peshawar mosque") is the object of
// "after" or "following". The preposition's index, or -1.
func (s *sentence) occasionOpener(k int) int {
	j := k - 1
	for n := 0; j >= 0 && n < 6; n++ {
		t := &s.toks[j]
		if !(t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "POS" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "HYPH" || t.IsNoun() || s.inGroup[j] >= 0) {
			break
		}
		j--
	}
	if j < 0 || j == k-1 && s.toks[j].Tag != "IN" {
		return -1
	}
	switch s.toks[j].Lower {
	case "after", "following":
		if j > 0 && s.toks[j].Tag == "VBG" && (isAux(s.toks[j-1].Lower) || s.toks[j-1].Tag == "PRP") {
			return -1 // "were following the talks closely"
		}
		return j
	}
	return -1
}

// clauseAfterNoun: the noun at h is the subject of a verb of its own
// ("after Iranian missiles struck bases", "after an Israeli airstrike
// killed a commander"), or names two sides ("after clashes between
// militias", "after a clash with Chinese troops"): a clause or a mutual
// act, told and not only presupposed.
func (s *sentence) clauseAfterNoun(h int) bool {
	for k := h + 1; k < len(s.toks) && k <= h+3; k++ {
		t := &s.toks[k]
		if t.Lower == "between" || t.Lower == "with" || t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" {
			return true
		}
		if !t.IsNoun() && t.Tag != "RB" {
			return false
		}
	}
	return false
}
