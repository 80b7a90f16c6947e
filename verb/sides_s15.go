package verb

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// judgedAgent: the party an act judged was done by, named after "by",
// when group g is the act's victim after "against" or "on", or after an
// "of" that a name stands between ("condemned the use of force against
// peaceful protesters by Myanmar's military", "the storming of the
// Al-Aqsa mosque compound by Israeli police"). A judgement is aimed at
// whoever did what it judges, as "the expulsion of Iranian diplomats by
// Britain" already was; -1 when there is no such agent. The preposition
// must hang on a noun, the act: "protested against Israel by boycotting
// the talks" names no agent. (A plain "of" is objectFor's own.) A
// place of the victim may stand between ("the raid on a mosque in Jenin
// by Israeli troops").
func (s *sentence) judgedAgent(g actor.Group) int {
	k, name := g.Start-1, false
	for k >= 0 && s.inGroup[k] < 0 && (filler(&s.toks[k]) || s.toks[k].Tag == "NNP" || s.toks[k].Tag == "NNPS") {
		name = name || s.toks[k].Tag == "NNP" || s.toks[k].Tag == "NNPS"
		k--
	}
	if k < 1 {
		return -1
	}
	switch s.toks[k].Lower {
	case "against", "on":
	case "of":
		if !name {
			return -1
		}
	default:
		return -1
	}
	if n := &s.toks[k-1]; !n.IsNoun() || n.Tag == "NNP" || n.Tag == "NNPS" || s.inGroup[k-1] >= 0 {
		return -1
	}
	return s.byAfterPlace(g.End)
}

// byAfterPlace: byAfter at end, or after the victim's place that may
// stand before the agent ("the raid on a mosque in Jenin by Israeli
// troops").
func (s *sentence) byAfterPlace(end int) int {
	if ag := s.byAfter(end); ag >= 0 {
		return ag
	}
	j := end
	if j >= len(s.toks) || s.toks[j].Lower != "in" && s.toks[j].Lower != "near" && s.toks[j].Lower != "outside" {
		return -1
	}
	for j++; j < len(s.toks); j++ {
		if gi := s.inGroup[j]; gi >= 0 && s.bareLocation(gi) {
			// "the bombing of a hospital in Aleppo by Russian jets"
			// (R25): a named place, no party, may be the victim's.
			j = s.groups[gi].End - 1
			continue
		}
		if s.inGroup[j] >= 0 || !filler(&s.toks[j]) && s.toks[j].Tag != "NNP" {
			break
		}
	}
	if j == end+1 || j >= len(s.toks) || s.toks[j].Lower != "by" && s.agencyBy(j) < 0 {
		return -1
	}
	return s.byAfter(j)
}

// allegationNouns are what an inquiry looks into when it looks into a
// claim rather than an event.
var allegationNouns = wordset.Of(
	"allegation", "allegations", "report", "reports", "claim", "claims",
	"accusation", "accusations", "suspicion", "suspicions", "charges",
)

// allegationThat: the "that" at k opens the content of an allegation or
// report an investigation (09) looks into ("opened an inquiry into
// allegations that soldiers had killed civilians", "looking into reports
// that its troops had fired on civilians"): the clause's subject, whom
// it is alleged of, is the inquiry's target, as the accused is an
// accusation's.
func (s *sentence) allegationThat(k int, code string) bool {
	return len(code) >= 2 && code[:2] == "09" && k > 0 && s.toks[k].Lower == "that" && allegationNouns.Has(s.toks[k-1].Lower)
}

// inquiryAgent: an investigation (09) whose pattern ends on the act it
// looks into, with no target, is aimed at the state whose adjective
// heads that act ("opened a probe into alleged Russian war crimes in
// Ukraine" is aimed at Russia, not at the place): the inquiry judges
// the act's agent, as a condemnation of "the American air strikes" does.
func (s *sentence) inquiryAgent(m *Match) {
	if len(m.Target) > 0 || m.Passive || m.Pattern.Root() != "09" {
		return
	}
	for k := m.Span[1] - 1; k > m.Head && k < len(s.toks); k-- {
		if gi := s.inGroup[k]; gi >= 0 {
			if g := s.groups[gi]; g.End == k+1 && k+1 < m.Span[1] && s.modifierOnly(gi) {
				m.Target = g.Phrases
			}
			return
		}
		if t := &s.toks[k]; !t.IsNoun() && t.Tag != "JJ" && t.Tag != "VBN" {
			return
		}
	}
}

// agentAsObject: a nominal act ("the raid", "the strike") whose pattern
// ended on a word of the phrase its "by" names took the act's agent for
// its object: in "the raid on a mosque in Jenin by Israeli troops" the
// troops raid, they are not raided. The agent becomes the source, when
// none was found, and the act keeps no target of its own, so its place
// may give one. Only force is read so: a "by" after another act's noun
// may name that act's agent ("in defiance of a ban by the court").
func (s *sentence) agentAsObject(m *Match) {
	if r := m.Pattern.Root(); r != "18" && r != "19" && r != "20" {
		return // "in defiance of a ban by the court": the court is what is defied
	}
	if len(m.Target) == 0 || m.Passive || m.Head >= len(s.toks) || !s.toks[m.Head].IsNoun() {
		return
	}
	st := m.Target[0].Start
	if st < 1 || st <= m.Head || st >= len(s.inGroup) || s.toks[st-1].Lower != "by" {
		return
	}
	gi := s.inGroup[st]
	if gi < 0 || s.groups[gi].End < m.Span[1] {
		return // the pattern's words end before the agent: its object is elsewhere
	}
	if len(m.Source) == 0 {
		m.Source = m.Target
	}
	m.Target = nil
}
