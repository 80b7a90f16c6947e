package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// electedPower: "seized power" or "swept to power" won at the ballot box
// is no coup: "Labour seized power in a landslide election", "the party
// grabbed power at the polls". The 180 line reads any power seized as
// one (N23). The election must be what the power was seized in, at or
// through: "seized power in Gabon after the disputed election" is a coup
// after an election, and stays.
func electedPower(ev *event.Event, toks []text.Token, h int) bool {
	if ev.CAMEO != "180" || h < 0 || h >= len(toks) {
		return false
	}
	k := h + 1
	for k < len(toks) && k <= h+3 && toks[k].Lower != "power" {
		k++
	}
	if k >= len(toks) || toks[k].Lower != "power" {
		return false
	}
	prep := false
	for j := k + 1; j < len(toks) && j <= k+10; j++ {
		w := toks[j].Lower
		switch {
		case electionNouns.Has(w):
			return prep
		case w == "in" || w == "at" || w == "through" || w == "via" || w == "by" || w == "with":
			prep = true
		case toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "CD" || toks[j].Tag == "NN" || toks[j].Tag == "NNP" || toks[j].Tag == "VBG" || toks[j].Tag == "POS":
		default:
			return false
		}
	}
	return false
}

// electionNouns name a vote.
var electionNouns = wordset.Of(
	"election", "elections", "vote", "votes", "poll", "polls", "ballot",
	"ballots", "landslide", "referendum", "runoff", "run-off",
)
