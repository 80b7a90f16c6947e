package verb

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/text"
)

// TestQuantifierFirstWords checks quantifier on every multiword quantifier
// it spells, so that the switch on the first word, which turns the other
// words away before the full tests, holds every word that opens one.
func TestQuantifierFirstWords(t *testing.T) {
	tests := []struct {
		words string // word/TAG ...
		want  int
	}{
		{"at/IN least/JJS 40/CD", 2},
		{"at/IN most/JJS 40/CD", 2},
		{"more/JJR than/IN 40/CD", 2},
		{"less/JJR than/IN 40/CD", 2},
		{"fewer/JJR than/IN 40/CD", 2},
		{"up/RB to/TO 40/CD", 2},
		{"as/RB many/JJ as/IN 40/CD", 3},
		{"as/RB much/JJ as/IN 40/CD", 3},
		{"dozens/NNS of/IN people/NNS", 2},
		{"scores/NNS of/IN people/NNS", 2},
		{"hundreds/NNS of/IN people/NNS", 2},
		{"thousands/NNS of/IN people/NNS", 2},
		{"millions/NNS of/IN people/NNS", 2},
		{"tens/NNS of/IN thousands/NNS of/IN people/NNS", 4},
		{"an/DT estimated/VBN 300/CD people/NNS", 2},
		{"the/DT police/NNS said/VBD", 0},
		{"at/IN the/DT border/NN", 0},
		{"as/IN police/NNS said/VBD", 0},
		{"some/DT 300/CD people/NNS", 0},
	}
	for _, tt := range tests {
		var toks []text.Token
		for _, wt := range strings.Fields(tt.words) {
			w, tag, _ := strings.Cut(wt, "/")
			toks = append(toks, text.Token{Text: w, Lower: strings.ToLower(w), Lemma: strings.ToLower(w), Tag: tag})
		}
		s := &sentence{toks: toks}
		if got := s.quantifier(0); got != tt.want {
			t.Errorf("%q: quantifier %d, want %d", tt.words, got, tt.want)
		}
	}
}
