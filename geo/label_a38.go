package geo

import (
	"strings"

	"github.com/parley-events/parley/geo/placekey"
	"github.com/parley-events/parley/text"
)

// labelCountry reports a sentence that opens with a country's name of
// one to three words and a colon: "Mozambique: insurgents stormed Palma",
// "Burkina Faso: govt opened an investigation", "Kenya: Police teargas
// protesters". Conflict digests and headlines write the state where the
// events happen as such a label. Only a country's own name counts, so
// "Analysis:", "Exclusive:" or "Update:" open no place.
func (g *Gazetteer) labelCountry(toks []text.Token) bool {
	k := 0
	for k < len(toks) && k < 3 && isCapitalized(toks[k].Text) {
		k++
	}
	if k == 0 || k >= len(toks) || toks[k].Text != ":" {
		return false
	}
	var b strings.Builder
	for i := 0; i < k; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].Text)
	}
	_, ok := g.countryKey[placekey.Key(b.String())]
	return ok
}

// countryLabel reports a mention [start, end) that is the whole of such a
// label: the text says the sentence's events are in that state, as "in
// Mozambique" does.
func countryLabel(toks []text.Token, start, end int) bool {
	return start == 0 && end < len(toks) && end <= 3 && toks[end].Text == ":"
}
