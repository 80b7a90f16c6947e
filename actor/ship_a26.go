package actor

import (
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// shipPrefixes open the name of a commissioned warship ("USS Carney",
// "HMS Diamond"); countries.txt codes each as its navy's state MIL.
var shipPrefixes = wordset.Of("USS", "HMS", "HMAS", "HMCS", "HMNZS", "TCG", "ROKS", "BRP", "HTMS", "SLNS")

// shipNameEnd returns the end of the ship's own name after its prefix:
// the capitalised words that follow, at most five ("USS Gerald R. Ford",
// "HMS Prince of Wales" stops at "of", which is harmless). The name is
// part of the ship, so a name that is also a person's or a place's
// ("USS Carney", "USS Ronald Reagan", "HMS Montrose") is not read as one.
func shipNameEnd(toks []text.Token, end int) int {
	k := end
	for k < len(toks) && k < end+5 && startsUpper(toks[k].Text) && toks[k].Tag != "POS" {
		k++
	}
	return k
}
