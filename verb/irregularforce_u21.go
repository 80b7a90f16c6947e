package verb

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// irregularForce: armed men outside any state's forces (gunmen, bandits,
// gangs, militants, rebels, insurgents) who kill, shoot, attack or
// ambush civilians use unconventional violence (180), not military force
// (190, 193): "Bandits attacked a village in Zamfara, killing 30 people",
// "ADF rebels killed 40 civilians near Beni" and "Gang members shot dead
// seven people at a bar" were coded as fighting because "kill" and
// "open fire" alone name unspecified force. CAMEO keeps 19 for armed
// forces and armed groups fighting each other, so a target of soldiers,
// police, officials or another armed group keeps 19, as do a state's own
// forces (police shooting protesters is repression, 175), a clash or an
// exchange of fire, heavier weapons (194, 195), and an attack across a
// border into another state ("Hamas fighters killed 1,200 people in
// southern Israel" stays an act of war, as the dev sets code it).
func (s *sentence) irregularForce(m *Match) {
	c := m.EventCode()
	if c != "190" && c != "193" || len(m.Source) == 0 || m.Modality.Negated {
		return
	}
	if t := s.toks[m.Head].Tag; t == "VBN" || t == "VBG" {
		// "..., killing 12 people" and "was killed in a bombing": the
		// participle tells the harm of an attack coded beside it, and the
		// pipeline folds the two (harmTwin) while the harm stays
		// unspecified force.
		return
	}
	switch s.toks[m.Head].Lemma {
	case "kill", "shoot", "shot", "gun", "attack", "ambush", "open", "massacre", "murder", "slaughter", "hack", "behead", "raid", "storm", "wound", "injure":
	default:
		return
	}
	if len(m.Target) == 0 && !s.civilianPlaceIn(m.Span[0], m.Span[1]) && !s.civilianVictimsIn(m.Head+1, m.Span[1]) {
		return
	}
	country := ""
	for _, ph := range m.Source {
		if len(ph.Sectors) == 0 || !onlySectors(ph.Sectors, "UAF", "CRM", "REB", "INS", "RAD", "IMG", "AGR") {
			return
		}
		if ph.Country != "" {
			country = ph.Country
		}
	}
	if s.woundedLeader(m) {
		m.Code = "185"
		return
	}
	for _, ph := range m.Target {
		if len(ph.Sectors) == 0 && s.civilianPlace(ph) {
			// "attacked a village", "stormed a market": a place where
			// people live or gather unarmed, not a position or a base.
			continue
		}
		if !onlySectors(ph.Sectors, "CVL", "AGR", "BUS", "EDU", "REL", "MED", "REF", "LAB", "JRN", "NGO", "HRI") {
			return
		}
		if country != "" && ph.Country != "" && ph.Country != country {
			return
		}
	}
	m.Code = "180"
}

// civilianPlace: the phrase names a village or a crowded place
// (crowdedPlaces) by its last word.
func (s *sentence) civilianPlace(ph actor.Phrase) bool {
	if ph.End <= ph.Start || ph.End > len(s.toks) {
		return false
	}
	return s.civilianPlaceIn(ph.End-1, ph.End-1)
}

// civilianPlaceIn: a village or a crowded place is among the pattern's
// words in [from, to] ("attacked a village"), when the target is left for
// later stages to fill.
func (s *sentence) civilianPlaceIn(from, to int) bool {
	for j := from; j <= to && j < len(s.toks); j++ {
		if w := s.toks[j].Lower; w == "village" || w == "villages" || w == "hamlet" || w == "hamlets" || crowdedPlaces.Has(w) {
			return true
		}
	}
	return false
}

// woundedLeader: a shooting or an ambush of one office holder or
// opposition leader that wounds the person ("Unknown gunmen shot and
// wounded the opposition leader", "Gunmen ambushed the governor's
// convoy, wounding him") is an attempted assassination (185): the
// person, not a force, was the target, and survived.
func (s *sentence) woundedLeader(m *Match) bool {
	if len(m.Target) != 1 || !onlySectors(m.Target[0].Sectors, "GOV", "OPP", "LEG", "ELI", "PTY", "JUD") {
		return false
	}
	switch s.toks[m.Head].Lemma {
	case "shoot", "shot", "ambush", "open", "attack", "wound":
	default:
		return false
	}
	wounded := s.toks[m.Head].Lemma == "wound"
	for j := m.Head + 1; j < len(s.toks) && j <= m.Head+20; j++ {
		w := s.toks[j].Lower
		if w == "dead" || w == "killing" && j+1 < len(s.toks) && (s.toks[j+1].Lower == "him" || s.toks[j+1].Lower == "her") {
			return false
		}
		if (w == "wounded" || w == "wounding" || w == "injuring" || w == "injured") && (j == m.Head+2 && s.toks[m.Head+1].Lower == "and" ||
			j+1 < len(s.toks) && (s.toks[j+1].Lower == "him" || s.toks[j+1].Lower == "her")) {
			wounded = true
		}
	}
	return wounded
}

// civilianVictimsIn: the first people the pattern's words in [from, to]
// name are unarmed by the noun itself ("killed more than 120 people",
// "shot dead 18 villagers", "killed 40 worshippers"), when the pattern
// names its victims in words and leaves the target to later stages. A
// soldier, a policeman or a fighter named first ("killed 12 soldiers and
// three civilians") keeps the fight.
func (s *sentence) civilianVictimsIn(from, to int) bool {
	for j := from; j <= to && j < len(s.toks); j++ {
		w := s.toks[j].Lower
		if armedVictims.Has(w) {
			return false
		}
		if civilianVictims.Has(w) {
			return true
		}
	}
	return false
}

// civilianVictims are nouns for people who are unarmed by what the noun
// says; armedVictims those for people who bear arms or keep order.
var (
	civilianVictims = wordset.Of("people", "persons", "civilians", "villagers", "residents",
		"worshippers", "passengers", "bystanders", "shoppers", "pilgrims", "mourners",
		"churchgoers", "concertgoers", "commuters", "tourists", "children", "women")
	armedVictims = wordset.Of("soldier", "soldiers", "troops", "police", "policemen", "officers",
		"officer", "guards", "fighters", "militants", "rebels", "gunmen", "insurgents",
		"militiamen", "servicemen", "personnel", "gendarmes", "commandos", "jihadists")
)
