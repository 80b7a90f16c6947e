package geo

import (
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// shipName reports a name right after a ship's noun: "the American
// intelligence ship Pueblo", "the tanker Boracay" name a vessel, not the
// town it may be named after.
func shipName(toks []text.Token, i int) bool {
	return i > 0 && shipNouns.Has(toks[i-1].Lower)
}

var shipNouns = wordset.Of(
	"ship", "vessel", "tanker", "supertanker", "freighter", "carrier", "frigate", "destroyer",
	"cruiser", "corvette", "submarine", "warship", "trawler", "yacht", "ferry", "liner", "bulker",
	"containership", "dhow", "gunboat", "icebreaker",
)
