package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// urgedMet (S37): an appeal (02) whose object is a pronoun ("urging them
// to lift the roadblocks", "and urged him to") that no actor resolves is
// aimed at whom its actor acted on just before in the sentence: "French
// President Emmanuel Macron flew to Noumea on Thursday and met
// pro-independence and loyalist leaders, urging them to lift the
// roadblocks" FRA→NCL (was FRA→---). The pronoun stands for the party of
// the act before, the one the speaker met, hosted or addressed; an
// appeal with no object of its own ("thanked Germany for the tanks and
// asked for fighter jets") is left to the rules that read it.
func urgedMet(out []event.Event, i int, heads []int, toks []text.Token) {
	ev := &out[i]
	if ev.CAMEORoot != "02" || len(ev.Target) > 0 || len(ev.Source) == 0 || i >= len(heads) || heads[i] < 0 || heads[i]+1 >= len(toks) || ev.Modality.Negated {
		return
	}
	switch toks[heads[i]+1].Lower {
	case "them", "him", "her":
	default:
		return
	}
	key := agentKey(ev.Source[0])
	if key == "" {
		return
	}
	best := -1
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || j >= len(heads) || heads[j] < 0 || heads[j] >= heads[i] || o.Modality.Negated || len(o.Source) == 0 || len(o.Target) == 0 {
			continue
		}
		if agentKey(o.Source[0]) != key || (best >= 0 && heads[j] <= heads[best]) {
			continue
		}
		best = j
	}
	if best < 0 {
		return
	}
	for _, t := range out[best].Target {
		if agentKey(t) == key || t.Country == "" && t.Code == "" {
			return // the actor's own side, or no one known
		}
	}
	ev.Target = inherited(out[best].Target)
}
