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
	mentions := make(map[int][]geo.Mention)
	for _, e := range evs {
		i := e.SentenceIndex
		if _, ok := mentions[i]; ok || i < 0 || i >= len(sents) {
			continue
		}
		var cl [][2]int
		if i < len(claimed) {
			cl = claimed[i]
		}
		ms := gp.G.Mentions(&sents[i], cl, f)
		mentions[i] = ms
		f.AddMentions(ms)
	}
	out := make([]*event.Location, len(evs))
	for k, e := range evs {
		ms := mentions[e.SentenceIndex]
		if len(ms) == 0 {
			continue
		}
		head := e.Evidence.Verb.Start
		best, bestScore := -1, 1<<30
		for mi, m := range ms {
			p := m.Best
			if p == nil {
				p = m.Near
			}
			if p == nil || m.Attributive || origin(&sents[e.SentenceIndex], m.Start) {
				continue
			}
			d := m.Start - head
			if d < 0 {
				d = head - m.End
			}
			switch p.Precision {
			case "country", "region":
				d += 150 // "in northwestern Syria" frames; "near Saraqeb" locates
			}
			if d < bestScore {
				best, bestScore = mi, d
			}
		}
		if best < 0 {
			continue
		}
		m := ms[best]
		p := m.Best
		if p == nil {
			p = m.Near
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
