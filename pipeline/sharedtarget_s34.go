package pipeline

import (
	"github.com/parley-events/parley/event"
)

// sharedTarget (S34): a second verb phrase of one subject, joined by
// "and" with no subject of its own, that names no party ("Japan
// apologised to South Korea and agreed to pay a billion yen to a fund",
// "Ruto visited his country's officers in Port-au-Prince and promised to
// send 600 more") is done to the party the first verb phrase was: the
// coordinated phrases share their subject, and the second's act follows
// on from the first's dealings with that party. Only the nearest earlier
// event of the same subject's state counts, with a target of another
// state, and no actor may open the second phrase. The two acts must be
// of one kind, both cooperative (01-09) or both hostile (10-20): "Japan
// joined the United States and imposed sanctions" imposes none on its
// ally (TestS21QuitPartyTarget). An appeal (02) is made to whoever can
// grant it, not to the party just thanked or blamed ("Ukraine thanked
// Germany for the tanks and asked for fighter jets",
// TestS17LeadSharedAdversary), and two parties acting together
// (TestS33MutualHalt) are left alone.
//
//go:noinline
func sharedTarget(out []event.Event, i int, heads []int, sa *SentenceAnalysis) {
	ev := &out[i]
	h := heads[i]
	toks := sa.Sentence.Tokens
	if len(ev.Target) > 0 || len(ev.Source) != 1 || h <= 0 || h >= len(toks) || ev.CAMEORoot == "02" {
		return
	}
	c := ev.Source[0].Country
	if c == "" {
		return
	}
	best := -1
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || heads[j] < 0 || heads[j] >= h || len(o.Source) == 0 || o.Source[0].Country != c {
			continue
		}
		if best < 0 || heads[j] > heads[best] {
			best = j
		}
	}
	if best < 0 {
		return
	}
	o := &out[best]
	if len(o.Target) == 0 || len(o.Source) > 1 || o.Modality.Negated != ev.Modality.Negated || (o.CAMEORoot < "10") != (ev.CAMEORoot < "10") {
		return
	}
	for _, t := range o.Target {
		if t.Country == "" || t.Country == c {
			return
		}
	}
	// "and" between the heads, no clause mark, and no actor after it
	and := -1
	for k := heads[best] + 1; k < h; k++ {
		switch toks[k].Lower {
		case ";", ":", "but", "while", "after", "before", "when", "as", "because", "which", "who", "that":
			return
		case "and":
			and = k
		}
	}
	if and < 0 || groupIn(sa, and+1, h) >= 0 {
		return
	}
	ev.Target = inherited(o.Target)
}
