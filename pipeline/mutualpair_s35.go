package pipeline

import (
	"strconv"
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// mutualPair (S35): an intent, a consultation or a cooperative act (03,
// 04, 05) whose source is two states and whose target is empty, told
// with a word that makes it mutual after its verb ("their" before a
// relation such as a dispute or ties, "each other", "one another",
// "bilateral", "mutual"), is each state's act
// towards the other: "Thailand and Cambodia pledged on Monday to resolve
// their border dispute" THA→KHM and KHM→THA, where the pair had no
// target. The coded event keeps the first direction and a mirror of it
// is appended, as reciprocal patterns do. It returns out and heads with
// the mirrors appended.
func (p *Pipeline) mutualPair(out []event.Event, heads []int, sas []SentenceAnalysis) ([]event.Event, []int) {
	n := len(out)
	for i := 0; i < n; i++ {
		ev := &out[i]
		if heads[i] < 0 || len(ev.Target) > 0 || len(ev.Source) != 2 || ev.Mirror != "" {
			continue
		}
		switch ev.CAMEORoot {
		case "03", "04", "05":
		default:
			continue
		}
		if strings.HasPrefix(ev.CAMEO, "045") || strings.HasPrefix(ev.CAMEO, "043") {
			continue // a mediator's or a host's parties are others
		}
		a, b := ev.Source[0], ev.Source[1]
		if a.Country == "" || b.Country == "" || a.Country == b.Country || !p.isState(a.Country) || !p.isState(b.Country) {
			continue
		}
		if !mutualCue(sas[ev.SentenceIndex].Sentence.Tokens, heads[i]) {
			continue
		}
		ev.Source, ev.Target = []event.Actor{a}, []event.Actor{b}
		rev := *ev
		rev.Source, rev.Target = []event.Actor{b}, []event.Actor{a}
		rev.Mirror = ev.ID
		rev.ID = nextID(out, ev)
		out = append(out, rev)
		heads = append(heads, heads[i])
	}
	return out, heads
}

// mutualCue: a word after the verb at head, before the clause ends, that
// makes a two-party act mutual.
func mutualCue(toks []text.Token, head int) bool {
	for j := head + 1; j < len(toks); j++ {
		switch toks[j].Lower {
		case ";", "but", "while", "after", "before", "because", "which", "who":
			return false
		case "bilateral", "mutual":
			return true
		case "their":
			// "their border dispute", "their ties": a relation between
			// the two; "their troops" is each one's own
			for k := j + 1; k < len(toks) && k <= j+3; k++ {
				if relationNouns.Has(toks[k].Lower) {
					return true
				}
			}
		case "other", "another":
			if toks[j-1].Lower == "each" || toks[j-1].Lower == "one" {
				return true
			}
		}
	}
	return false
}

// relationNouns name a relation between two parties, not a thing
// each owns.
var relationNouns = wordset.Of("dispute", "disputes", "differences", "relations", "ties", "relationship",
	"conflict", "feud", "rift", "quarrel", "row", "talks", "dialogue", "cooperation", "partnership", "rivalry", "tensions")

// nextID: an id for a new event in ev's sentence, one past the highest
// ordinal the sentence's events hold (ids end in ":ordinal").
func nextID(out []event.Event, ev *event.Event) string {
	max := 0
	for k := range out {
		if out[k].StoryID != ev.StoryID || out[k].SentenceIndex != ev.SentenceIndex {
			continue
		}
		id := out[k].ID
		if c := strings.LastIndexByte(id, ':'); c >= 0 {
			if o, err := strconv.Atoi(id[c+1:]); err == nil && o > max {
				max = o
			}
		}
	}
	return eventID(ev.StoryID, ev.SentenceIndex, max+1)
}
