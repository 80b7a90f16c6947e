package verb

import "github.com/parley-events/parley/internal/wordset"

// visaCurbs are the verbs of 17-coerce's visa lines that stop or limit
// visas for a whole people; deny and revoke also take one person's visa
// ("denied a visa to a British reporter"), which stays 172.
var visaCurbs = wordset.Of("suspend", "restrict", "cancel", "limit", "curb", "halt", "stop", "freeze", "froze")

// foreignVisas: visas suspended or curbed for another state's citizens,
// or for the state itself, are a sanction on that state (163), not the
// restriction of movement a state imposes on its own people (172):
// "India suspended visas for Canadian citizens". A named person, a
// reporter or an official (a sector other than civilians) keeps 172.
func (s *sentence) foreignVisas(m *Match) {
	if m.EventCode() != "172" || len(m.Source) == 0 || len(m.Target) == 0 || m.Head < 0 || m.Head >= len(s.toks) {
		return
	}
	if !visaCurbs.Has(s.toks[m.Head].Lemma) {
		return
	}
	visa := false
	for k := m.Span[0]; k < m.Span[1] && k < len(s.toks); k++ {
		if k >= 0 && (s.toks[k].Lower == "visa" || s.toks[k].Lower == "visas") {
			visa = true
			break
		}
	}
	if !visa {
		return
	}
	src := m.Source[0].Country
	for _, ph := range m.Target {
		if ph.Country == "" || ph.Country == src || len(ph.Sectors) > 0 && !onlySectors(ph.Sectors, "CVL") {
			return
		}
	}
	if src == "" {
		return
	}
	m.Code = "163"
}
