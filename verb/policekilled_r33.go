package verb

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// peopleNouns name people in general, with nothing armed or warring about
// them: "killed at least 114 people", "shot dead 24 people".
var peopleNouns = wordset.Of("people", "persons", "residents")

// policeKilledPeople: a state's police or security forces (with or
// without soldiers beside them) who kill or shoot people of their own
// state use violent repression (175), protest named or not: "Myanmar
// security forces killed at least 114 people", "Soldiers and police
// killed more than 100 people across Myanmar". The dev sets code every
// such sentence 175; the fight and assault lines read them as military
// force (190, 193). Soldiers alone killing people, or civilians or
// villagers, are a war's (the armed conflict lines decide), and a
// foreign force's shooting is no repression.
func (s *sentence) policeKilledPeople(m *Match, ph *actor.Phrase) bool {
	if !s.policeSource(m) || ph.Start <= m.Head || ph.Start > m.Head+6 || ph.End > len(s.toks) {
		return false // "shot them dead": a pronoun's people are named elsewhere
	}
	first := -1
	for j := ph.Start; j < ph.End; j++ {
		if s.toks[j].IsNoun() {
			first = j
			break
		}
	}
	if first < 0 || !peopleNouns.Has(s.toks[first].Lower) {
		return false
	}
	return !foreignTarget(m.Source, ph)
}

// wordsPoliceKilledPeople is policeKilledPeople for a line whose own
// words hold the people ("kill ... {people|residents}" leaves no target
// group): the first noun within four words of the head.
func (s *sentence) wordsPoliceKilledPeople(m *Match) bool {
	if !s.policeSource(m) {
		return false
	}
	for k := m.Head + 1; k < len(s.toks) && k <= m.Head+4; k++ {
		if s.toks[k].IsNoun() {
			return peopleNouns.Has(s.toks[k].Lower)
		}
	}
	return false
}

// policeSource: the match's sources are a state's forces with police
// among them, and its head is the clause's own finite verb: "an
// operation against militias, killing nine people" tells the harm of an
// operation coded beside it, and "the attack, which killed 21 people"
// an attack whose agent the clause's police are not.
func (s *sentence) policeSource(m *Match) bool {
	if m.Head < 1 || m.Head >= len(s.toks) {
		return false
	}
	switch s.toks[m.Head].Tag {
	case "VBN":
		return false
	case "VBG":
		// "opened fire on the crowd, killing 14 people" is the same
		// shooting; "launched an operation ..., killing nine" is not.
		if !s.shotBeforeComma(m.Head) {
			return false
		}
	}
	k := m.Head - 1
	for k > 0 && (s.toks[k].Tag == "RB" || isAux(s.toks[k].Lower)) {
		k--
	}
	if w := s.toks[k].Lower; s.toks[k].Tag == "WDT" || s.toks[k].Tag == "WP" || w == "which" || w == "that" || w == "who" {
		return false
	}
	police := false
	for _, ph := range m.Source {
		for _, sec := range ph.Sectors {
			if sec == "COP" {
				police = true
			}
		}
	}
	return police
}

// foreignTarget: the phrase's country is known and differs from every
// source's known country.
func foreignTarget(src []actor.Phrase, ph *actor.Phrase) bool {
	if ph.Country == "" {
		return false
	}
	for _, sp := range src {
		if sp.Country != "" && sp.Country != ph.Country {
			return true
		}
	}
	return false
}

// shotBeforeComma: the participle at h follows a comma, and the finite
// verb of its clause (appositions and places between) is one of
// shooting (open fire, fire on, shoot).
func (s *sentence) shotBeforeComma(h int) bool {
	if h < 2 || s.toks[h-1].Lower != "," {
		return false
	}
	for j := h - 2; j >= 0 && j >= h-20; j-- {
		t := &s.toks[j]
		if t.Lower == ";" || t.Tag == "WDT" || t.Tag == "WP" {
			return false
		}
		if s.inGroup[j] < 0 && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP") {
			return shootingVerbs.Has(t.Lemma) && t.Lemma != "kill"
		}
	}
	return false
}
