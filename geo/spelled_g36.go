package geo

import (
	"strings"

	"github.com/parley-events/parley/text"
)

// doubledApart reports whether the name as written doubles a letter the
// place's own name writes once ("Luuka" for Luka, "Shangla" is no case):
// the key folds doubled letters together so that transliterations meet
// (Raqqa, Raqa), which makes such a pair an exact match although it is a
// near one. Only ASCII letters are compared; a name with no doubled
// letter is never apart.
func doubledApart(written, name string) bool {
	d := doubledLetters(written)
	return d > 0 && d > doubledLetters(name)
}

// doubledLetters counts the places where a letter repeats, case aside.
func doubledLetters(s string) int {
	n := 0
	var last byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c < 'a' || c > 'z' {
			last = 0
			continue
		}
		if c == last {
			n++
			last = 0
			continue
		}
		last = c
	}
	return n
}

// writtenName is the name a mention gives its place, without the
// administrative word after it ("Luuka" of "Luuka district").
func writtenName(r raw) string {
	if r.regionWord {
		if k := strings.LastIndexByte(r.text, ' '); k > 0 {
			return r.text[:k]
		}
	}
	return r.text
}

// candName is a candidate's own name, read from its record when it was
// left empty for speed.
func (g *Gazetteer) candName(c cand) string {
	if c.p.Name == "" && c.rec > 0 {
		return string(g.line(c.rec - 1)[2])
	}
	return c.p.Name
}

// fuzzyModifier reports a mention that opens its sentence or follows a
// determiner and modifies the common noun after it: "Truck drivers",
// "the Ronin network". Such a capital is the sentence's or a brand's, and
// the span's words are more often ordinary ones than a misspelt town.
func fuzzyModifier(toks []text.Token, r raw) bool {
	if r.end >= len(toks) || r.regionWord {
		return false
	}
	next := &toks[r.end]
	if next.Tag != "NN" && next.Tag != "NNS" || isCapitalized(next.Text) || adverbialNoun(next.Lower) {
		return false
	}
	return r.start == 0 || toks[r.start-1].Tag == "DT"
}

// onlyFuzzy reports candidates that are all fuzzy guesses.
func onlyFuzzy(cs []cand) bool {
	for _, c := range cs {
		if c.match != "fuzzy" {
			return false
		}
	}
	return len(cs) > 0
}
