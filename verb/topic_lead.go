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

// hitVerbs say what a strike, a raid or a shell struck.
var hitVerbs = wordset.Of("hit", "strike", "target", "destroy", "damage", "pound", "flatten", "raze")

// struckBy: the token at k, right after a match that ends on an attack
// noun of roots 18 to 20, is a finite verb of hitting whose subject that
// noun is ("an air strike hit", "the raid targeted"), so the object after
// it is the attack's target. (A verb of another kind opens a new clause:
// "the strike angered Iran" names no target of the strike.)
func (s *sentence) struckBy(k int, code string) bool {
	if k < 1 || k >= len(s.toks) || len(code) < 2 || code[0] != '1' && code[0] != '2' || code[:2] < "18" || code[:2] > "20" {
		return false
	}
	t := &s.toks[k]
	if t.Tag != "VBD" && t.Tag != "VBZ" && t.Tag != "VBP" || !hitVerbs.Has(t.Lemma) {
		return false
	}
	if !s.toks[k-1].IsNoun() || s.inGroup[k-1] >= 0 {
		return false
	}
	// The attack must have its agent as its modifier ("An Israeli air
	// strike", "US drone strikes"): an agentless one ("Coordinated
	// bombings hit the Indonesian city of Surabaya") is placed by the
	// pipeline, and its hit object is where, not whom.
	j := k - 1
	for j >= 0 && s.inGroup[j] < 0 && (s.toks[j].IsNoun() || s.toks[j].Tag == "JJ") {
		j--
	}
	return j >= 0 && s.inGroup[j] >= 0
}
