package geo

import (
	"strings"

	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// routeEnds reads one hyphenated token before a road or line noun as the
// places the route joins: "the Abuja-Kaduna highway", "the
// Lahore-Islamabad motorway". The whole token is no name, so the span
// found nothing and the event lost its state. Each end is looked up on
// its own and both must be known, their largest readings in one state, so a compound that is
// one name ("Guinea-Bissau", a country, matched whole before this) or
// two states' pair ("the Russia-Ukraine border") is no reading (G35).
// The route is placed at its first end, read only in that state: one
// mention, as mentions are token spans and the two ends
// share their token. It returns dst with that mention, or dst unchanged.
func (g *Gazetteer) routeEnds(dst []raw, s *text.Sentence, i int) []raw {
	toks := s.Tokens
	if i+1 >= len(toks) || !routeNouns.Has(lower(toks[i+1])) {
		return dst
	}
	t := toks[i]
	h := strings.IndexByte(t.Text, '-')
	if h <= 0 || h+1 >= len(t.Text) || strings.Count(t.Text, "-") != 1 || !isCapitalized(t.Text[h+1:]) {
		return dst
	}
	first, second := g.lookup(t.Text[:h], false), g.lookup(t.Text[h+1:], false)
	if len(first) == 0 || len(second) == 0 || namesStateOrRegion(first) || namesStateOrRegion(second) {
		return dst
	}
	// The largest reading of each end stands for it: "Paris-Moscow" is no
	// road in the United States for its Texan and Idahoan towns.
	st := largest(first).p.Country
	if largest(second).p.Country != st {
		return dst
	}
	var cands []cand
	for _, c := range first {
		if c.p.Country == st {
			cands = append(cands, c)
		}
	}
	return append(dst, raw{start: i, end: i + 1, bstart: t.Start, bend: t.Start + h, text: t.Text[:h], cands: cands, capitalOf: -1})
}

// largest is the most populous reading (cs is not empty).
func largest(cs []cand) cand {
	b := cs[0]
	for _, c := range cs[1:] {
		if c.p.Population > b.p.Population {
			b = c
		}
	}
	return b
}

// namesStateOrRegion: some reading is a country or a region of several:
// "the Israel-Gaza highway" joins no two towns of one state.
func namesStateOrRegion(cs []cand) bool {
	for _, c := range cs {
		if c.kind == "country" || c.kind == "region" {
			return true
		}
	}
	return false
}

// routeNouns are the roads and lines news names by the places they join.
var routeNouns = wordset.Of(
	"highway", "road", "expressway", "motorway", "freeway", "railway",
	"railroad", "rail", "corridor", "pipeline",
)
