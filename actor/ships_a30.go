package actor

import "github.com/parley-events/parley/internal/wordset"

// ShipNoun reports a noun that names a ship of trade, fishing, travel or
// work, in the singular or the plural. It is the one list every stage
// asks ("an Israel-linked cargo ship" in ledBy, the crew "of a Greek
// tanker", "the Rubymar, a British-registered bulker" in the pipeline's
// shipFlag, a foreign "Liberian tanker" struck abroad), so a kind of
// ship added here is read the same way everywhere; before A30 five lists
// disagreed ("supertanker" and "dhow" were ships to one stage and not to
// another).
//
// Warships (warship, frigate, destroyer, corvette, submarine) are not
// here: they are sector entries (MIL), so a phrase that ends in one is
// already its state's force, and the callers that want them
// (navalForce) name them themselves. "carrier" is kept in the singular
// only: "carriers" is far more often airlines or aircraft carriers.
func ShipNoun(w string) bool { return shipNouns.Has(w) }

var shipNouns = wordset.Of(
	"ship", "ships", "vessel", "vessels", "tanker", "tankers",
	"supertanker", "supertankers", "freighter", "freighters",
	"carrier", "bulker", "bulkers", "containership", "containerships",
	"trawler", "trawlers", "dhow", "dhows", "yacht", "yachts",
	"boat", "boats", "ferry", "ferries", "schooner", "schooners",
	"dredger", "dredgers", "barge", "barges", "tug", "tugs",
	"tugboat", "tugboats", "liner", "liners",
)
