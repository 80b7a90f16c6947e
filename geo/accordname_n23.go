package geo

import (
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// accordNouns name an accord, a negotiating track or a convention, which
// is called after the city it was signed or first held in: "the Paris
// agreement", "the Minsk agreements", "the Oslo accords", "the Astana
// format", "the Kyoto protocol", "the Geneva conventions". Talks, summits
// and ceasefires are left out: "the Doha talks" are held in Doha.
var accordNouns = wordset.Of(
	"accord", "accords", "agreement", "agreements", "process", "format",
	"protocol", "protocols", "treaty", "treaties", "convention",
	"conventions", "declaration", "deal", "framework", "formula",
)

// namesAccord reports whether the words from token k on finish a city's
// attributive name for an accord: up to two lower-case modifiers
// ("climate", "peace", "nuclear", "ceasefire") and then an accord noun.
// Such a city is neither where the sentence's event happens nor a party
// to it: "pulled out of the Paris climate accord" is no act in or towards
// France.
func namesAccord(toks []text.Token, k int) bool {
	for n := 0; n < 3 && k < len(toks); n, k = n+1, k+1 {
		t := toks[k]
		if isCapitalized(t.Text) || t.Tag != "NN" && t.Tag != "NNS" && t.Tag != "JJ" {
			return false
		}
		if accordNouns.Has(lower(t)) {
			return true
		}
	}
	return false
}
