package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// reactionRoot (S34): the roots of a reaction that answers another's act
// as a criticism does: a demand (10, "and Beijing demanded an
// explanation"), a criticism (11) and a threat (13, "and Israel vowed to
// retaliate"). Left out: a protest (14), as often about something else
// (trying it cost a held-out dyad); a rejection (12), which names what it
// rejects ("and Sweden rejected the plan for a joint fund",
// TestS9AnnouncedPlan); reduced relations (16), which a state cuts for
// reasons of its own as often as at the agent of the clause before
// ("Israeli jets struck Gaza, and Bolivia broke off relations",
// TestS16D16Recall).
func reactionRoot(root string) bool {
	switch root {
	case "10", "11", "13":
		return true
	}
	return false
}

// criticizedAct gives a targetless criticism (11x) told in a clause
// joined after another party's act ("India set off three nuclear
// devices, and President Clinton said he was deeply disappointed";
// "North Korea ordered inspectors to leave, and the IAEA called the
// decision deeply regrettable") the party whose act it answers: a
// reaction coordinated right after an act is about that act, whose
// agent is the one criticised. The nearest earlier event of the
// sentence whose agent is of another state than the critic's decides;
// one of the critic's own state (its own act) leaves the criticism as
// it was. S34 reads every reaction root (reactionRoot) so, not only 11.
//
//go:noinline
func criticizedAct(out []event.Event, i int, heads []int, toks []text.Token) {
	ev := &out[i]
	h := heads[i]
	if len(ev.Source) == 0 || ev.Source[0].Country == "" || ev.Modality.Negated || h <= 0 || h >= len(toks) {
		return
	}
	// the nearest earlier head of the sentence (events are not kept in
	// head order), past the critic's own verb of saying ("said he was
	// disappointed")
	best := -1
	for j := range out {
		o := &out[j]
		if o.CAMEORoot == "01" && len(o.Source) > 0 && hasActorCountry(o.Source, ev.Source[0].Country) {
			continue
		}
		if j != i && o.SentenceIndex == ev.SentenceIndex && heads[j] >= 0 && heads[j] < h && len(o.Source) > 0 && (best < 0 || heads[j] > heads[best]) {
			best = j
		}
	}
	if best < 0 || !clauseJoinBetween(toks, heads[best], h) {
		return
	}
	o := &out[best]
	if hasActorCountry(o.Source, ev.Source[0].Country) {
		return
	}
	for _, s := range o.Source {
		if s.Country == "" {
			return
		}
	}
	ev.Target = inherited(o.Source)
}

// clauseJoinBetween: a coordination of clauses (", and", ", but", ";")
// stands between the two heads, so the later one opens a clause of its
// own rather than sitting inside the earlier one's complement.
func clauseJoinBetween(toks []text.Token, from, to int) bool {
	for k := from + 1; k < to; k++ {
		switch toks[k].Lower {
		case ";":
			return true
		case "and", "but":
			if toks[k-1].Lower == "," {
				return true
			}
		}
	}
	return false
}

// inResponseTo: the words from k open a reason answered, "in response
// to", "in retaliation for" or "in reprisal for".
func inResponseTo(toks []text.Token, k int) bool {
	if k+2 >= len(toks) || toks[k].Lower != "in" {
		return false
	}
	switch toks[k+1].Lower {
	case "response", "reply":
		return toks[k+2].Lower == "to"
	case "retaliation", "reprisal", "revenge":
		return toks[k+2].Lower == "for"
	}
	return false
}

// stateless: no actor of as has a state. A force put on alert or
// mobilised with such a target ("the deployment of millions of militia
// members") names only the force itself, no adversary.
func stateless(as []event.Actor) bool {
	for _, a := range as {
		if a.Country != "" {
			return false
		}
	}
	return true
}
