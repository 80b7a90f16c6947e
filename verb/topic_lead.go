package verb

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// disputeNouns name a quarrel, whose "over" phrase is its subject matter.
var disputeNouns = wordset.Of(
	"row", "rows", "dispute", "disputes", "spat", "spats", "quarrel", "feud",
	"standoff", "stand-off", "rift", "tension", "tensions", "controversy",
	"wrangle", "squabble", "clash", "clashes", "falling-out",
)

// disputeTopic: the group is what a dispute named right before it is
// about ("after a row over the ousted president", "amid a dispute over
// the jailed opposition leader"), so it is no party to the act the
// dispute explains: the act's target is elsewhere (or the place's).
func (s *sentence) disputeTopic(g actor.Group) bool {
	k := g.Start - 1
	for k >= 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "CD" || s.toks[k].Tag == "PRP$" || s.toks[k].Tag == "VBN") {
		k--
	}
	if k < 1 || s.toks[k].Lower != "over" {
		return false
	}
	j := k - 1
	for j >= 0 && (s.toks[j].Tag == "JJ" || s.toks[j].Tag == "NN" && !disputeNouns.Has(s.toks[j].Lower)) && j >= k-3 {
		j-- // "a diplomatic row", "a bitter trade dispute"
	}
	return j >= 0 && disputeNouns.Has(s.toks[j].Lower)
}
