package verb

import (
	"github.com/parley-events/parley/actor"
)

// privatePerson: the country adjective of g stands on a noun phrase
// headed by one of actor.PrivatePersonNouns ("The French chef", "the
// Brazilian striker", "a Japanese tennis player"), people by a craft, a
// sport or a stage, which no actor line covers: sport and entertainment
// code nothing (the dictionary leaves "striker" out, and "The striker
// protested the referee's decision" must not fire), so the nouns stay no
// actor. ("Model" is no longer one, as in the actor stage since R20: "the
// Swedish model" is as often a system.) A national of a state is no
// organ of it, so the adjective is no agent as it is on a state's thing
// ("Israeli helicopters shelled"): "The French chef irked Italy by
// putting cream in carbonara" is not France's act (N19). State roles
// (minister, envoy, troops, police, diplomats) are actor nouns, part of
// the group, and never reach here.
func (s *sentence) privatePerson(g actor.Group) bool {
	j := g.End
	for j < len(s.toks) && j < g.End+3 && s.inGroup[j] < 0 && (s.toks[j].Tag == "NN" || s.toks[j].Tag == "NNS") {
		j++
	}
	return j > g.End && actor.PrivatePersonNouns.Has(s.toks[j-1].Lower)
}
