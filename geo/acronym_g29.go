package geo

import (
	"github.com/parley-events/parley/text"
)

// acronymSpan reports whether the tokens [p, e) are an acronym: every word
// among them in capitals, in a sentence written in ordinary case around
// them. News writes an organisation's initials in capitals ("GAC", "EGA")
// and a place's name in title case, so a capitals word that folds to a
// village's key ("GAC" to Gać in Poland) names the organisation. Two
// places where capitals name places stay out: a wire dateline at the start
// of a sentence ("KABUL, May 3 (Reuters) -", "GAZA CITY (AP) --"; the same
// shape the pipeline reads as a dateline), and a run of capitals words,
// which is a headline or a shouted line, not an acronym among lower-case
// words.
func acronymSpan(toks []text.Token, p, e int) bool {
	words := 0
	for k := p; k < e; k++ {
		if isParticle(lower(toks[k])) {
			continue
		}
		if !text.CapitalsWord(toks[k].Text) {
			return false
		}
		words++
	}
	if words == 0 {
		return false
	}
	if p > 0 && text.CapitalsWord(toks[p-1].Text) || e < len(toks) && text.CapitalsWord(toks[e].Text) {
		return false // a run of capitals: "TALIBAN SEIZE KUNDUZ"
	}
	return !inDateline(toks, p)
}

// inDateline reports whether token p belongs to one to four capitals words
// that open the sentence and end at a comma, colon, parenthesis or dash.
func inDateline(toks []text.Token, p int) bool {
	n := 0
	for n < len(toks) && n < 5 && text.CapitalsWord(toks[n].Text) {
		n++
	}
	if p >= n || n > 4 || n >= len(toks) {
		return false
	}
	switch toks[n].Text {
	case ",", ":", "(", "-", "--", "\u2014", "\u2013":
		return true
	}
	return false
}

// asWritten keeps, of the candidates for an acronym, those a name in
// capitals may mean: a country ("UK", "DRC" are among the countries'
// names), a multi-country region, a hand-written alias, and a place whose
// own name in the gazetteer is written in capitals. A town or region
// found by case folding (and often diacritic folding too: Gać) is
// dropped. cs may be the memo's slice, so it is copied, never edited.
func (g *Gazetteer) asWritten(cs []cand) []cand {
	keep := func(c cand) bool {
		switch {
		case c.kind == "country" || c.kind == "region" || c.match == "alias":
			return true
		case c.match == "fuzzy":
			return false
		case c.rec > 0:
			return text.CapitalsWord(string(g.line(c.rec - 1)[2]))
		}
		return text.CapitalsWord(c.p.Name)
	}
	for i, c := range cs {
		if keep(c) {
			continue
		}
		out := append([]cand(nil), cs[:i]...)
		for _, c := range cs[i+1:] {
			if keep(c) {
				out = append(out, c)
			}
		}
		return out
	}
	return cs
}
