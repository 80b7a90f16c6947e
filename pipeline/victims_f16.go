package pipeline

import (
	"strings"

	"github.com/parley-events/parley/text"
)

// kindAfterLocative: the name at j follows "of" after a kind of place
// that a locative opens ("in the port of Hodeidah", "near the
// rebel-held town of Idlib"): it is where the clause happened, as a name
// right after "in" is.
func kindAfterLocative(toks []text.Token, j int) bool {
	k := j - 1
	if k < 3 || toks[k].Lower != "of" || !placeKind(toks[k-1].Lower) {
		return false
	}
	k -= 2
	for k > 0 && k >= j-6 && (toks[k].Tag == "JJ" || toks[k].Tag == "VBN" || toks[k].Tag == "NN" || toks[k].Tag == "NNP" && strings.IndexByte(toks[k].Lower, '-') > 0) {
		// ("the Houthi-held port": a hyphened name is the port's modifier)
		k--
	}
	if k < 1 || toks[k].Tag != "DT" {
		return false
	}
	return locative(toks[k-1].Lower)
}

// settledLand: the land the state c settles (occupiers' key whose value
// is c), for a riot (145) or destruction and seizure of property (17x),
// which settlers commit there; c itself for any other act or state.
func settledLand(c, code string) string {
	if code != "145" && !strings.HasPrefix(code, "17") {
		return c
	}
	for land, occ := range occupiers {
		if occ == c {
			return land
		}
	}
	return c
}
