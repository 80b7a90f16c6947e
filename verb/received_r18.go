package verb

import "github.com/parley-events/parley/actor"

// privateReceipt: "X received an apology (a complaint, a warning, a
// visit, information) from Y" is a converse frame (Y to X), and with a
// state, an organ or a group on either side it is that party's act. When
// both sides are private (a firm and its customers, a school and its
// pupils, a paper and its readers: "Passengers received an apology from
// the airline", "The airline received complaints from passengers", "The
// student received a visit from the dean"), the exchange is service or
// commerce, no political event, as businessOnly says of firms alone.
func (s *sentence) privateReceipt(p *Pattern, m *Match) string {
	switch s.toks[m.Head].Lemma {
	case "receive", "get", "accept", "obtain", "win", "host":
	default:
		return ""
	}
	after := false
	for i := p.head + 1; i < len(p.elems); i++ {
		if p.elems[i].kind == eSource {
			after = true
		}
	}
	if !after || len(m.Source) == 0 || len(m.Target) == 0 {
		return ""
	}
	for _, side := range [2][]actor.Phrase{m.Source, m.Target} {
		for i := range side {
			if !s.privateParty(&side[i]) {
				return ""
			}
		}
	}
	return "a receipt between private parties (a firm, its customers, a school, a paper): no political event"
}

// privateParty: a phrase for a private firm, private persons, a school,
// an outlet or a hospital; a state-owned firm ("the state airline") acts
// for its state.
func (s *sentence) privateParty(ph *actor.Phrase) bool {
	if len(ph.Sectors) == 0 {
		return false
	}
	switch ph.Sectors[0] {
	case "CVL", "EDU", "HLH":
	case "BUS", "MED":
		for k := ph.Start; k < ph.End && k < len(s.toks); k++ {
			if s.toks[k].Lower == "state" || s.toks[k].Lower == "state-owned" || s.toks[k].Lower == "state-run" {
				return false
			}
		}
	default:
		return false
	}
	return true
}
