package verb

import (
	"slices"
	"strings"
)

// crowdViolence: protesters, rioters or a leader's supporters who clash
// with police, or hurl stones or bottles at them, riot (145): "Protesters
// set fire to a police car and clashed with officers" and "Rioters looted
// shops and clashed with police" were force (190), because the clash
// pattern reads any actor as armed. Every source must be such a crowd;
// soldiers, rebels, gunmen, police and a mob or villagers keep their
// code, and so does a crowd that clashes with civilians, students or
// journalists. A crowd that "attacked" a police station or an embassy is
// left to the attack lines (19, as TestS15P15Senses keeps it).
func (s *sentence) crowdViolence(m *Match) {
	c := m.EventCode()
	if len(c) < 2 || c[:2] != "18" && c[:2] != "19" || len(m.Source) == 0 {
		return
	}
	switch s.toks[m.Head].Lemma {
	case "clash", "hurl", "throw", "pelt":
	default:
		return
	}
	// A crowd that clashes with civilians, students or journalists is
	// communal violence, not a protest against the authorities.
	for _, ph := range m.Target {
		if slices.ContainsFunc(ph.Sectors, func(sec string) bool {
			return sec == "CVL" || sec == "EDU" || sec == "REF" || sec == "MED"
		}) {
			return
		}
	}
	for _, ph := range m.Source {
		if armedSectors(ph.Sectors) || len(ph.Parts) == 0 {
			return
		}
		// The crowd's noun heads the phrase, after the words that say
		// whose crowd it is: "Kosovo Serb protesters" (R33).
		if protestNoun(ph.Parts[len(ph.Parts)-1].Entry.Alias) && onlySectors(ph.Sectors, "CVL", "OPP", "LAB", "EDU") {
			continue
		}
		alias := ph.Parts[0].Entry.Alias
		if followerNoun(alias) && !slices.ContainsFunc(ph.Sectors, func(sec string) bool {
			return sec == "MIL" || sec == "REB" || sec == "INS" || sec == "UAF" || sec == "COP" || sec == "SPY"
		}) {
			continue
		}
		return
	}
	m.Code = "145"
}

// protestNoun: the nouns of a crowd that is out protesting.
func protestNoun(alias string) bool {
	switch alias {
	case "protesters", "protester", "protestors", "protestor", "demonstrators", "demonstrator",
		"rioters", "rioter", "marchers", "demonstrating crowds", "students":
		return true
	}
	return false
}

// loneAttacker: one private person who shoots, opens fire on or drives
// into people uses unconventional violence (180), not a fight (19): "A man
// shot dead three people at a synagogue", "A Russian national shot dead a
// Georgian Chechen in a Berlin park" and "A gunman opened fire on a gay
// bar" were small-arms fighting (193), which CAMEO keeps for armed forces
// and armed groups. The source must be a single person named by a
// singular noun (a man, a teenager, a gunman, an extremist, a national);
// soldiers, police and states keep 19; gunmen and militants against
// civilians are irregularForce's (irregularforce_u21.go).
func (s *sentence) loneAttacker(m *Match) {
	c := m.EventCode()
	if c != "190" && c != "193" || len(m.Source) != 1 {
		return
	}
	switch s.toks[m.Head].Lemma {
	case "shoot", "shot", "open", "fire", "drive", "plough", "plow", "ram", "kill", "attack", "gun":
	default:
		return
	}
	ph := m.Source[0]
	if len(ph.Parts) != 1 || !onlySectors(ph.Sectors, "CVL", "UAF", "RAD", "REF", "EDU", "LAB") {
		return
	}
	alias := ph.Parts[0].Entry.Alias
	if i := strings.LastIndexByte(alias, ' '); i >= 0 {
		alias = alias[i+1:]
	}
	if !loneNoun(alias) {
		return
	}
	m.Code = "180"
}

// loneNoun: singular nouns of a private person acting alone.
func loneNoun(n string) bool {
	switch strings.ToLower(n) {
	case "man", "woman", "teenager", "boy", "girl", "youth", "student", "gunman", "shooter",
		"attacker", "assailant", "extremist", "national", "citizen", "resident", "driver",
		"motorist", "seeker", "migrant", "refugee", "worker", "supremacist", "nationalist":
		return true
	}
	return false
}
