package actor

import "github.com/parley-events/parley/internal/wordset"

// accordOfCity are the nouns of an accord named "of" the city it was
// signed or held in ("the Treaty of Lisbon", "the Congress of Vienna",
// "the Peace of Dayton"): the capital after "of" is a name, not its state.
var accordOfCity = wordset.Of(
	"treaty", "treaties", "protocol", "protocols", "accord", "accords",
	"agreement", "agreements", "convention", "declaration", "peace",
	"congress", "conference", "charter", "pact", "memorandum", "statute",
)
