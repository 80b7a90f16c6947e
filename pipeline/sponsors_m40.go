package pipeline

import "github.com/parley-events/parley/event"

// draftSponsors are the states a vetoed draft is said to be by, right
// after the draft noun at n: "the draft resolution put forward by
// Malaysia and the Netherlands", "a draft submitted by France", "the
// text drafted by Kuwait and Sweden". A veto rejects what they proposed,
// so it is aimed at them (each state a line), as dev37's convention and
// the codebook's "veto" of a proposal have it; a draft named with no
// author stays the council's (vetoedResolution). nil when no state is
// named so.
func draftSponsors(sa *SentenceAnalysis, n int) []event.Actor {
	toks := sa.Sentence.Tokens
	k := n + 1
	for k < len(toks) && k <= n+3 && toks[k].Lower != "by" {
		switch toks[k].Lower {
		case "put", "forward", "drafted", "sponsored", "submitted", "tabled", "proposed", "presented", "introduced", "co-sponsored", "authored", "penned":
			k++
			continue
		}
		return nil
	}
	if k == n+1 || k >= len(toks) || toks[k].Lower != "by" {
		return nil
	}
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.Start != k+1 && !(g.Start == k+2 && toks[k+1].Tag == "DT") {
			continue
		}
		var out []event.Actor
		for _, ph := range g.Phrases {
			if ph.Country == "" || len(ph.Sectors) > 0 {
				return nil // "a draft put forward by the Arab group": left to the council
			}
			out = append(out, toActor(sa.Sentence, ph, ""))
		}
		return out
	}
	return nil
}
