package verb

import (
	"slices"
	"strings"

	"github.com/parley-events/parley/actor"
)

// territoryHanded decides the handover lines whose object slot follows
// the verb at once ("0874 {hand|return|cede|transfer} + ... to +"):
// "Britain handed Hong Kong back to China", "Portugal returned Macau to
// Chinese rule". The dictionaries name such territories like states
// (Hong Kong, Macau) or cities standing for their state (Okinawa), so no
// line with a noun of place ("the town", "the peninsula") reads them. The
// thing handed must be only such names (no agent noun: "a Chinese
// suspect", no owner: "Kenya's case"), ending right before "back",
// "over" or "to": a person, a document or a state's citizens handed back
// are no retreat. It returns why the line does not match, or "".
func (s *sentence) territoryHanded(p *Pattern, m *Match) string {
	if p.Code != "0874" {
		return ""
	}
	switch s.toks[m.Head].Lemma {
	case "hand", "return", "cede", "transfer":
	default:
		return "" // "French soldiers left Mali after nine years"
	}
	if (p.Town || p.head+1 < len(p.elems) && p.elems[p.head+1].kind == eTarget) && civilianSource(m) {
		// Voters who "returned Warsaw to the opposition" elected it;
		// only a state or an armed force holds a territory to cede.
		return "voters or residents hand over no territory"
	}
	if p.head+1 >= len(p.elems) || p.elems[p.head+1].kind != eTarget || p.elems[p.head+1].optional {
		return ""
	}
	const no = "what is handed is no territory named like a state"
	k := m.Head + 1
	if k < len(s.toks) && s.toks[k].Lower == "the" {
		k++
	}
	if k >= len(s.toks) || s.inGroup[k] < 0 {
		return no
	}
	g := &s.groups[s.inGroup[k]]
	if g.Start != k || len(g.Phrases) == 0 {
		return no
	}
	for i := range g.Phrases {
		ph := &g.Phrases[i]
		if len(ph.Sectors) > 0 || len(ph.Parts) != 1 || ph.Parts[0].Entry == nil || ph.Parts[0].Entry.Kind != actor.KindCountry || ph.Modifier {
			return no
		}
	}
	end := g.Phrases[len(g.Phrases)-1].End
	if end >= len(s.toks) {
		return no
	}
	switch s.toks[end].Lower {
	case "back", "over", "to":
		return ""
	}
	return no
}

// civilianSource: every source is the public (voters, residents,
// families), which holds no ground of its own.
func civilianSource(m *Match) bool {
	for i := range m.Source {
		if !onlySectors(m.Source[i].Sectors, "CVL") {
			return false
		}
	}
	return len(m.Source) > 0
}

// aidWorkHalted decides the 1623 line of an agency that stops its own
// work ("The ICRC paused its work in northern Mali", "Oxfam stopped its
// work in Hodeidah"): the work is aid only when every source is an NGO
// or IGO whose code names health, development or refugee work (as
// pipeline.aidAgency reads it). A union that stops its work strikes
// (143), an army that pauses its operations de-escalates (087), a rights
// group's work is monitoring. It returns why the line does not match, or
// "".
func (s *sentence) aidWorkHalted(p *Pattern, m *Match) string {
	if p.Code != "1623" || p.head+1 >= len(p.elems) || !slices.Contains(p.elems[p.head+1].words, "its") {
		return ""
	}
	if len(m.Source) == 0 {
		return "no agency stops its work"
	}
	for i := range m.Source {
		if !AidAgency(m.Source[i].Code) {
			return "who stops its work is no aid agency"
		}
	}
	return ""
}

// AidAgency: an NGO or an IGO whose codes name health, development or
// refugee work (MSF NGOHLHMSF, Oxfam NGODEVOXF, WFP IGOUNODEVWFP, UNHCR
// IGOUNOREFHCR). Rights groups (HRI) and the UN's political organs
// monitor and speak; they deliver no aid. The pipeline's rule for aid
// work halted (aidhalt_lead.go) asks the same of its sources.
func AidAgency(code string) bool {
	if !strings.HasPrefix(code, "NGO") && !strings.HasPrefix(code, "IGO") {
		return false
	}
	for i := 3; i+3 <= len(code); i += 3 {
		switch code[i : i+3] {
		case "HLH", "DEV", "REF":
			return true
		}
	}
	return false
}
