package verb

import "github.com/parley-events/parley/internal/wordset"

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
