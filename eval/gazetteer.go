package eval

import (
	"github.com/parley-events/parley/geo"
	"github.com/parley-events/parley/pipeline"
)

// GazetteerLookup resolves gold place names with parley's own gazetteer,
// so locations are scored by distance and country, not by spelling alone.
// It returns nil when the pipeline has no gazetteer.
func GazetteerLookup(p *pipeline.Pipeline) PlaceLookup {
	gp, ok := p.Places.(pipeline.GeoPlacer)
	if !ok {
		return nil
	}
	return gazLookup{p: p, g: gp.G}
}

type gazLookup struct {
	p *pipeline.Pipeline
	g *geo.Gazetteer
}

// LookupPlace reads the name as the gazetteer reads a place in running
// text ("in NAME"), with the gold record's country, when given, as focus.
func (l gazLookup) LookupPlace(name, countryHint string) (Place, bool) {
	s := l.p.Text.Analyze("It happened in " + name + ".")
	if len(s) == 0 {
		return Place{}, false
	}
	f := geo.NewFocus()
	if c := countryHint; c != "" {
		if len(c) == 2 {
			c = l.g.CountryOfAlpha2(c)
		}
		if c != "" {
			f.Add(c, 10)
		}
	}
	for _, m := range l.g.Mentions(&s[0], nil, f) {
		if b := m.Best; b != nil {
			return Place{Lat: b.Lat, Lon: b.Lon, Country: b.Country, IsCountry: b.Precision == "country", HasCoord: true}, true
		}
	}
	return Place{}, false
}
