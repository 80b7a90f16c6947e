package verb

import "github.com/parley-events/parley/internal/wordset"

// pactNouns name what two parties conclude: a deal, an accord, a truce.
var pactNouns = wordset.Of(
	"deal", "deals", "agreement", "agreements", "accord", "accords", "pact",
	"treaty", "truce", "ceasefire", "cease-fire", "armistice",
)

// brokeredPact: toks[k] is the pact a mediation match took as its own
// word, and "between" follows it: "Qatar brokered a deal between Israel
// and Hamas". The mediator's act is 045, and the pact is still the
// parties' own (057 for a deal, 0871 for a truce), as it is when the
// mediation does not name the pact ("Turkey mediated a grain deal between
// Russia and Ukraine" codes both already), so the noun is left for its
// own "X between &" line (A18).
// "between" itself is left too: the noun line needs it. Only a pact
// brokered in fact counts: "tried (failed, offered) to broker a deal",
// "did not broker" name none the parties made.
func (s *sentence) brokeredPact(m *Match, k int) bool {
	if m.Pattern.Code != "045" || k == m.Head || !s.brokeredDone(m.Head) {
		return false
	}
	if s.toks[k].Lower == "between" {
		k--
	}
	return k > m.Head && k+1 < len(s.toks) && pactNouns.Has(s.toks[k].Lower) && s.toks[k+1].Lower == "between"
}

// brokeredDone: the verb at h is finite and not negated ("brokered",
// "brokers", "has brokered", "helped broker"), not a bare infinitive after "tried to",
// "failed to", "did not".
func (s *sentence) brokeredDone(h int) bool {
	t := &s.toks[h]
	p := ""
	if h > 0 {
		p = s.toks[h-1].Lower
	}
	if p == "not" || p == "never" || p == "n't" {
		return false
	}
	switch t.Tag {
	case "VBD", "VBZ", "VBP":
		return true
	case "VBN":
		return p == "has" || p == "have" || p == "had"
	case "VB":
		return p == "helped" // "helped broker a truce" brokered one
	}
	return false
}
