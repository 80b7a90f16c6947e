package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/geo"
	"github.com/parley-events/parley/text"
)

// GeoPlacer ties events to places with the embedded gazetteer.
type GeoPlacer struct {
	G *geo.Gazetteer
}

// Place implements Placer: for each event, the place mentioned in its own
// sentence closest to its head word, preferring a specific place (a town,
// a province) to a country when both are near.
func (gp GeoPlacer) Place(sents []text.Sentence, claimed [][][2]int, evs []*event.Event, heads []int, focus map[string]float64) []*event.Location {
	f := geo.NewFocus()
	for c, w := range focus {
		f.Add(c, w)
	}
	claim := func(i int) [][2]int {
		if i < len(claimed) {
			return claimed[i]
		}
		return nil
	}
	// One pass in story order: each sentence is resolved with the focus of
	// the story's actors and of the places already resolved before it
	// ("Tripoli" after a paragraph about Lebanon). A second pass would
	// cost as much again for the rare place named before its country.
	mentions := map[int][]geo.Mention{}
	for _, e := range evs {
		i := e.SentenceIndex
		if _, ok := mentions[i]; ok || i < 0 || i >= len(sents) {
			continue
		}
		ms := gp.G.Mentions(&sents[i], claim(i), f)
		mentions[i] = ms
		f.AddMentions(ms)
	}
	out := make([]*event.Location, len(evs))
	for k, e := range evs {
		i := e.SentenceIndex
		ms := mentions[i]
		if len(ms) == 0 {
			continue
		}
		kept := ms[:0:0]
		for _, m := range ms {
			if !origin(&sents[i], m.Start) {
				kept = append(kept, m)
			}
		}
		lo, hi := clauseBytes(&sents[i], e.Evidence.Verb.Start)
		inClause := kept[:0:0]
		for _, m := range kept {
			if m.Start >= lo && m.End <= hi {
				inClause = append(inClause, m)
			}
		}
		m := geo.Locate(&sents[i], inClause, lo, hi, e.Evidence.Verb.Start)
		if m == nil {
			continue
		}
		p := m.Best
		if p == nil {
			p = m.Near
		}
		if p == nil {
			continue
		}
		out[k] = &event.Location{
			Name: p.Name, Lat: p.Lat, Lon: p.Lon, Country: p.Country, Admin1: p.Admin1,
			Precision: p.Precision, GeonameID: p.GeonameID, Start: m.Start, End: m.End,
		}
	}
	return out
}

// origin reports a place introduced by "from": where people come from
// ("representatives from Moscow"), not where the event happens.
// A coordination shares its preposition: "from Moscow and Cairo".
func origin(s *text.Sentence, start int) bool {
	i := len(s.Tokens) - 1
	for i >= 0 && s.Tokens[i].End > start {
		i--
	}
	for i >= 0 {
		t := s.Tokens[i]
		switch {
		case t.Lower == "from":
			return true
		case t.Lower == "and" || t.Lower == "or" || t.Lower == "," || t.IsProper():
			i--
		default:
			return false
		}
	}
	return false
}
