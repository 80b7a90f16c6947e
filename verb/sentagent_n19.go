package verb

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// sentAgentNouns are people a state or a body sends to act for it whom
// no actor line covers on their own: "mediators", "observers" and
// "delegation" are heads with no sector, and "inspectors" or "experts"
// are no actor at all.
var sentAgentNouns = wordset.Of(
	"mediators", "mediator", "observers", "observer", "monitors", "monitor",
	"inspectors", "inspector", "experts", "investigators", "investigator",
	"emissaries", "emissary", "delegation", "delegations", "delegates",
	"representatives", "representative", "team", "teams", "facilitators",
	"intermediaries", "intermediary", "go-betweens", "mission",
)

// sendingParticiples make the one sent the sender's agent; "backed",
// "trained" and "funded" do not (see the pipeline's senderBy).
var sendingParticiples = wordset.Of(
	"sent", "dispatched", "despatched", "deployed", "appointed", "seconded",
	"mandated", "commissioned", "assigned",
)

// sentAgent: the group g stands after "by" in a reduced relative on the
// clause's own subject, an agent noun no actor covers, sent or appointed
// by a state or an international body, and the verb at start follows
// the relative: "Mediators dispatched by Qatar met Taliban leaders",
// "Monitors deployed by the OSCE criticised Russia". The sender acts
// through them and is the agent, as "envoys sent by Qatar" already gives
// Qatar through the envoys' phrase (N19). A private or unnamed sender
// ("experts sent by a charity") or a thing sent ("weapons sent by Iran")
// is not read.
func (s *sentence) sentAgent(g actor.Group, start int) bool {
	b := g.Start - 1
	for b >= 0 && s.toks[b].Tag == "DT" {
		b--
	}
	if b < 2 || s.toks[b].Lower != "by" || !sendingParticiples.Has(s.toks[b-1].Lower) {
		return false
	}
	n := b - 2
	if s.inGroup[n] >= 0 || !sentAgentNouns.Has(s.toks[n].Lower) {
		return false
	}
	for j := n - 1; j >= 0; j-- {
		if t := &s.toks[j]; t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" {
			continue
		}
		if s.toks[j].Lower != "," {
			return false // the noun must open its clause
		}
		break
	}
	for j := g.End; j < start; j++ {
		t := &s.toks[j]
		if t.Tag == "RB" || t.Tag == "MD" || isAux(t.Lower) || timeWord(t.Lower) || t.Lower == "on" || t.Lower == "last" || t.Lower == "week" || t.Lower == "," {
			continue
		}
		return false
	}
	if len(g.Phrases) == 0 {
		return false
	}
	ph := &g.Phrases[0]
	if ph.Modifier || ph.Inferred {
		return false
	}
	if strings.HasPrefix(ph.Code, "IGO") {
		return true
	}
	if ph.Country == "" {
		return false
	}
	for _, sec := range ph.Sectors {
		switch sec {
		case "GOV", "MIL", "COP", "SPY", "JUD", "LEG":
		default:
			return false // "experts sent by a Chinese company"
		}
	}
	return true
}
