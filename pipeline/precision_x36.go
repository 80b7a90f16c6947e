package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// crowdDemand (X36): a demand told by "demanding" that describes the
// people or the gathering of a protest ("Protesters demanding the
// resignation of the president took to the streets", "Kurdish
// demonstrators demanding their rights clashed with police", "an
// opposition rally demanding early elections", "protesters who were
// demanding jobs") is what the protest is for. CAMEO codes a protest with
// its aim by the protest's own subcodes (1411 for a leader's removal,
// 1412 for a policy, 1413 for rights, 1414 for a change of institutions),
// not as a demand (10) besides it. When the sentence codes the protest
// (root 14) the demand goes ("" returned with true), and so it does
// beside a state's deployment, cut or arrest (15-17) aimed at the crowd,
// whose protest only sets the scene; otherwise (alone, or beside the repression of the
// protest, 175) the demand becomes the protest it tells of, with the
// crowd as its source (the code returned). A demand of a document or a body ("a letter demanding", "a
// resolution demanding"), a finite demand ("protesters demanded") and a
// participle after a comma, which protestAim reads, are left alone.
func crowdDemand(out []event.Event, i int, heads []int, toks []text.Token) (string, bool) {
	ev := &out[i]
	h := heads[i]
	if ev.CAMEORoot != "10" || h < 1 || h >= len(toks) || toks[h].Lower != "demanding" {
		return "", false
	}
	k := h - 1
	if k >= 2 && (toks[k].Lower == "were" || toks[k].Lower == "are") && toks[k-1].Lower == "who" {
		k -= 2
		// "protesters in Nasiriyah who were demanding": the place the
		// people were named with stands between them and "who".
		p := k
		for p > 0 && (toks[p].Tag == "NNP" || toks[p].Tag == "NNPS") {
			p--
		}
		if p < k && (toks[p].Lower == "in" || toks[p].Lower == "at") {
			k = p - 1
		}
	}
	if !protestCrowdNouns.Has(toks[k].Lower) {
		return "", false
	}
	repression := -1
	for j := range out {
		o := &out[j]
		if j == i || heads[j] < 0 || o.SentenceIndex != ev.SentenceIndex || !sameMood(o.Modality, ev.Modality) {
			continue
		}
		switch {
		case o.CAMEORoot == "14":
			return "", true
		case o.CAMEO == "175":
			repression = j
		case (o.CAMEORoot == "15" || o.CAMEORoot == "16" || o.CAMEORoot == "17") && actorAt(out[j:j+1], toks[k]) != nil:
			// "Police arrested dozens of demonstrators demanding an end
			// to police brutality": the crowd is the object of the
			// state's act, and its protest only sets the scene, as
			// protestSetting finds of "at a rally".
			return "", true
		}
	}
	// The protest is the crowd's: "police fired tear gas at protesters
	// who were demanding jobs" gave the demand the clause's subject, and
	// "dispersed a rally demanding early elections" the force's.
	if c := actorAt(out, toks[k]); c != nil && actorAt(out[i:i+1], toks[k]) == nil {
		ev.Source = []event.Actor{*c}
	} else if repression >= 0 && sameCodes(out[repression].Source, ev.Source) && len(out[repression].Target) > 0 {
		ev.Source = inherited(out[repression].Target)
	}
	switch ev.CAMEO {
	case "1041":
		return "1411", true
	case "1042":
		return "1412", true
	case "1043":
		return "1413", true
	case "1044":
		return "1414", true
	}
	return "141", true
}

// protestCrowdNouns name the people or the gathering of a protest.
var protestCrowdNouns = wordset.Of(
	"protesters", "protestors", "demonstrators", "marchers", "rioters",
	"strikers", "rally", "rallies", "protest", "protests", "demonstration",
	"demonstrations", "march", "marches", "sit-in", "sit-ins", "vigil",
	"crowd", "crowds",
)

// actorAt is a side of one of the events whose span covers the token, or
// nil.
func actorAt(out []event.Event, t text.Token) *event.Actor {
	for j := range out {
		for _, side := range [2][]event.Actor{out[j].Source, out[j].Target} {
			for k := range side {
				if side[k].Start >= 0 && side[k].Start <= t.Start && t.End <= side[k].End {
					return &side[k]
				}
			}
		}
	}
	return nil
}
