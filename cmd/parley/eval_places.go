package main

import (
	"github.com/parley-events/parley/eval"
	"github.com/parley-events/parley/geo"
	"github.com/parley-events/parley/pipeline"
)

// placeLookup resolves gold place names with parley's own gazetteer, so
// eval can score locations by distance and country, not by spelling alone.
type placeLookup struct {
	p *pipeline.Pipeline
	g *geo.Gazetteer
}

func newPlaceLookup(c pipeline.Coder) (eval.PlaceLookup, bool) {
	p, ok := c.(*pipeline.Pipeline)
	if !ok {
		return nil, false
	}
	gp, ok := p.Places.(pipeline.GeoPlacer)
	if !ok {
		return nil, false
	}
	return placeLookup{p: p, g: gp.G}, true
}

// LookupPlace implements eval.PlaceLookup. The name is read as the
// gazetteer reads a place in running text ("in NAME"), with the gold
// record's country, when given, as the focus.
func (l placeLookup) LookupPlace(name, countryHint string) (eval.Place, bool) {
	s := l.p.Text.Analyze("It happened in " + name + ".")
	if len(s) == 0 {
		return eval.Place{}, false
	}
	f := geo.NewFocus()
	if countryHint != "" {
		c := countryHint
		if len(c) == 2 {
			c = l.g.CountryOfAlpha2(c)
		}
		if c != "" {
			f.Add(c, 10)
		}
	}
	for _, m := range l.g.Mentions(&s[0], nil, f) {
		if m.Best == nil {
			continue
		}
		b := m.Best
		return eval.Place{Lat: b.Lat, Lon: b.Lon, Country: b.Country, IsCountry: b.Precision == "country", HasCoord: true}, true
	}
	return eval.Place{}, false
}
