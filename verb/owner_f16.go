package verb

import "github.com/parley-events/parley/actor"

// ownVictimPlace: a judgement (11) of an attack on the judge's own
// base, embassy, troops or citizens "in" a place ("The US condemned the
// attack on its base in Jordan") names where the victim was, not whom
// the judge blames: the possessive says whose the victim is, and the
// place after it is no party (ownVictim drops the victim itself). Neither
// the place as an actor nor the place of the object (objectPlace, which
// the pipeline turns into a target) is kept; the agent of a by-phrase
// after the place becomes the target ("Kenya condemned the attack on its
// troops in Somalia by al-Shabaab"). With none the attacker is unknown,
// and so is the target. A place with no possessive victim before it
// stays ("condemned the attack on a hotel in Mogadishu" → SOM).
func (s *sentence) ownVictimPlace(m *Match) {
	if m.Pattern.Root() != "11" || len(m.Source) == 0 {
		return
	}
	start := -1
	if a, _, ok := m.ObjectPlace(); ok {
		start = a
	}
	if len(m.Target) > 0 {
		start = m.Target[0].Start
		for _, ph := range m.Target {
			if ph.Start < 0 || ph.Start >= len(s.toks) || s.inGroup[ph.Start] != s.inGroup[start] {
				return
			}
		}
	}
	if start < 3 || start >= len(s.toks) {
		return
	}
	k := start - 1
	if s.toks[k].Tag == "DT" {
		k--
	}
	switch s.toks[k].Lower {
	case "in", "at", "near", "inside", "outside":
	default:
		return
	}
	// The victim before the place: nouns and adjectives back to "its" or
	// "their", itself right after an attack noun and its preposition.
	// The victim may be an actor of its own ("its embassy", "their
	// troops"), whose group starts after the pronoun.
	j := k - 1
	if gi := s.inGroup[j]; gi >= 0 && s.groups[gi].Start > 0 && s.groups[gi].Start > k-5 {
		j = s.groups[gi].Start - 1
		if w := s.toks[j+1].Lower; w == "its" || w == "their" {
			j++ // the group holds the pronoun: "its citizens"
		}
	}
	for j > 0 && j > k-5 && s.inGroup[j] < 0 && s.toks[j].Tag != "PRP$" && (s.toks[j].IsNoun() || s.toks[j].Tag == "JJ") {
		j--
	}
	if j == k-1 || s.toks[j].Lower != "its" && s.toks[j].Lower != "their" || !s.attackOn(j) {
		return
	}
	m.Target, m.place = nil, [2]int16{}
	end := start + 1
	if gi := s.inGroup[start]; gi >= 0 {
		end = s.groups[gi].End
	}
	for b := end; b < len(s.toks) && b < end+4; b++ {
		if s.toks[b].Lower == "," || s.toks[b].IsVerb() {
			return
		}
		if s.toks[b].Lower == "by" && b+1 < len(s.toks) {
			if bg := s.inGroup[b+1]; bg >= 0 && s.groups[bg].Start == b+1 && s.groups[bg].Phrases[0].Country != m.Source[0].Country {
				m.Target = append([]actor.Phrase(nil), s.groups[bg].Phrases...)
			}
			return
		}
	}
}
