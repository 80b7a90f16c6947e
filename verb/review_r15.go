package verb

import (
	"slices"
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// occasionPurposes are what a crowd gathers for when it is no protest:
// "rallied at the stadium to celebrate the team's victory", "Hundreds
// rallied to help flood victims".
var occasionPurposes = wordset.Of("celebrate", "cheer", "watch", "help", "rescue", "pray", "worship", "fetch", "greet", "applaud")

// funeralNouns: what mourners march behind in a funeral procession.
var funeralNouns = wordset.Of("coffin", "coffins", "casket", "caskets", "hearse", "bier", "cortege")

// crowdOccasion: a crowd that marches or rallies to celebrate, cheer,
// watch or help, or behind a coffin, makes no demonstration (141): the
// count lines ("Thousands marched", "Hundreds rallied") say nothing of a
// protest by themselves, and the purpose or the procession says it is
// none. A march or rally whose purpose is political ("to demand", "to
// protest", "against the bill") keeps its 14x line.
func (s *sentence) crowdOccasion(m *Match) bool {
	if m.EventCode() != "141" {
		return false
	}
	if l := s.toks[m.Head].Lemma; l != "march" && l != "rally" {
		return false
	}
	for k := m.Head + 1; k < len(s.toks) && k <= m.Head+8; k++ {
		t := &s.toks[k]
		if t.Lower == "," || t.Lower == ";" || t.Lower == "against" || t.Lower == "demanding" {
			return false
		}
		if t.Lower == "to" && k+1 < len(s.toks) && s.toks[k+1].Tag == "VB" {
			return occasionPurposes.Has(s.toks[k+1].Lemma)
		}
		if t.Lower == "behind" {
			for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
				if funeralNouns.Has(s.toks[j].Lower) {
					return true
				}
			}
		}
	}
	return false
}

// remainsNouns: a body handed over is no person in custody.
var remainsNouns = wordset.Of("body", "bodies", "remains", "corpse", "corpses")

// handedRemains: the body of a commander or militant handed over is the
// return of remains (084), not a wanted man handed to justice (063):
// "Nigerian troops handed over the rebel commander's body to his
// relatives". The 063 line on leaders and commanders outscores the 084
// line on bodies, as it names one more word.
func (s *sentence) handedRemains(m *Match) {
	if m.EventCode() != "063" || s.toks[m.Head].Lemma != "hand" {
		return
	}
	end := m.Span[1]
	if len(m.Target) > 0 && m.Target[0].Start > m.Head && m.Target[0].Start < end {
		end = m.Target[0].Start
	}
	for k := m.Head + 1; k < end && k < len(s.toks); k++ {
		if remainsNouns.Has(s.toks[k].Lower) {
			m.Code = "084"
			return
		}
	}
}

// policeSeized: people a state's police seize are arrested (173), not
// abducted (181): the seize line of 18-assault.txt reads its people
// nouns (workers, journalists, miners, priests) as hostages whoever
// seizes them, so "Ghanaian police seized 20 illegal miners" and "Police
// seized three journalists in Harare" were kidnappings. Every source
// must be police; gunmen, kidnappers and soldiers keep the abduction.
func (s *sentence) policeSeized(m *Match) {
	if m.EventCode() != "181" || s.toks[m.Head].Lemma != "seize" || len(m.Source) == 0 {
		return
	}
	for _, ph := range m.Source {
		if !onlySectors(ph.Sectors, "COP") {
			return
		}
	}
	m.Code = "173"
}

// orderedAgency: the aid agency or aid workers ordered to leave are the
// target of their expulsion (1663). The 1663 line "order ...
// {aid|Red|Oxfam|...} ... to leave" reads the agency's name as its own
// words and has no slot, so "the Red Cross" and "two French aid workers"
// were no target, where the person line "order + to leave" (174) had
// named them: the first actor between the verb and "to leave" is.
func (s *sentence) orderedAgency(m *Match) {
	if m.EventCode() != "1663" || len(m.Target) > 0 || s.toks[m.Head].Lemma != "order" {
		return
	}
	for k := m.Head + 1; k < m.Span[1] && k < len(s.toks); k++ {
		gi := s.inGroup[k]
		if gi < 0 {
			continue
		}
		m.Target = append([]actor.Phrase(nil), s.groups[gi].Phrases...)
		return
	}
}

// expelledAgency: a humanitarian or development agency (an NGO actor of
// health or development) ordered out or deported is an aid agency
// expelled (1663), not persons expelled (174). The 1663 lines name the
// agencies as words, and their gap never crosses "without", so "ordered
// Doctors Without Borders to leave" fell to the person line.
func expelledAgency(m *Match) {
	if m.EventCode() != "174" || len(m.Target) == 0 {
		return
	}
	for _, ph := range m.Target {
		if !strings.HasPrefix(ph.Code, "NGO") || !slices.Contains(ph.Sectors, "HLH") && !slices.Contains(ph.Sectors, "DEV") {
			return
		}
	}
	m.Code = "1663"
}

// contrabandNouns are goods police and customs seize; measures before
// them ("two tonnes of") are skipped.
var contrabandNouns = wordset.Of(
	"cocaine", "heroin", "drugs", "narcotics", "methamphetamine", "meth",
	"cannabis", "marijuana", "hashish", "fentanyl", "captagon", "opium",
	"contraband", "cigarettes", "ivory",
)

// contrabandSeized: drugs or contraband seized are no territory occupied
// (192) nor people taken (true drops the match): "Police seized two
// tonnes of cocaine at the port of Guayaquil" coded 192, as P15's
// wonPrize found for titles and seats. A ship, a town or people seized
// keep their codes.
func (s *sentence) contrabandSeized(m *Match) bool {
	c := m.EventCode()
	if !strings.HasPrefix(c, "173") && !strings.HasPrefix(c, "181") && !strings.HasPrefix(c, "192") || s.toks[m.Head].Lemma != "seize" {
		return false
	}
	for k := m.Head + 1; k < len(s.toks) && k <= m.Head+6; k++ {
		t := &s.toks[k]
		if s.inGroup[k] >= 0 {
			return false
		}
		if contrabandNouns.Has(t.Lower) {
			return true
		}
		if !filler(t) && !t.IsNoun() && t.Lower != "of" {
			return false
		}
	}
	return false
}

// handWeapons are what a physical attack is made "with".
var handWeapons = wordset.Of(
	"machete", "machetes", "knife", "knives", "club", "clubs", "stick", "sticks",
	"axe", "axes", "baton", "batons", "rod", "rods", "bar", "bars", "hammer",
	"hammers", "cudgel", "cudgels", "whip", "whips", "panga", "pangas", "stone",
	"stones", "rocks", "bricks", "chairs", "gun", "guns", "rifle", "rifles",
	"acid", "fists", "bats", "swords", "spears", "arrows",
)

// armedWith: the words after head h name a weapon the act is done "with"
// ("attacked the speaker with sticks", "attacked reporters with clubs"):
// an attack by critics or lawmakers so made is no criticism (R15, on
// P15's verbalAttack).
func (s *sentence) armedWith(h int) bool {
	for k := h + 1; k < len(s.toks) && k <= h+8; k++ {
		t := &s.toks[k]
		if t.Lower == "," || t.Lower == ";" {
			return false
		}
		if t.Lower != "with" {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
			if handWeapons.Has(s.toks[j].Lower) {
				return true
			}
			if !filler(&s.toks[j]) && !s.toks[j].IsNoun() {
				break
			}
		}
	}
	return false
}

// violenceWords tell of fighting in the sentence of a truce.
var violenceWords = wordset.Of(
	"clashes", "clash", "clashed", "fighting", "fought", "killed", "killing",
	"killings", "attacks", "violence", "feud", "feuds", "bloodshed", "battles",
	"raids", "deaths", "dead", "reprisal", "reprisals", "massacre",
)

// violentTruce: a truce told with the fighting it ends ("Farmers and
// herders agreed a truce in Plateau state after clashes that killed 50
// people") is a ceasefire whoever made it; P15's civilTruce keeps its
// farmers' truce with supermarkets, which tells of none.
func (s *sentence) violentTruce() bool {
	for k := range s.toks {
		if violenceWords.Has(s.toks[k].Lower) {
			return true
		}
	}
	return false
}
