package geo

import "github.com/parley-events/parley/text"

// possessiveName reports that the span [i, j) of proper nouns goes on over
// a possessive "'s" and one more proper noun into a name the gazetteer
// holds whole: "Cox's Bazar", "King's Lynn", "St John's" ends in a
// possessive of its own and needs no more. The tokenizer splits the
// "'s", which ended the span, and "Cox" alone resolved to a town in Spain
// (G17: "Rohingya refugees protested in Cox's Bazar" was placed in
// Spain). "Putin's Russia" or "Lagos's governor" name no such place and
// stay apart.
func (g *Gazetteer) possessiveName(s *text.Sentence, i, j int, claimed func(int) bool) bool {
	toks := s.Tokens
	if j+1 >= len(toks) || j-i > 4 {
		return false
	}
	if w := lower(toks[j]); w != "'s" && w != "’s" || toks[j].Start != toks[j-1].End {
		return false
	}
	if claimed(j+1) || !g.properAt(toks, j+1) {
		return false
	}
	return len(g.lookup(s.Text[toks[i].Start:toks[j+1].End], false)) > 0
}
