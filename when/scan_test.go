package when

import (
	"strings"
	"testing"
)

// TestWordFilter: the tokenizer's first-letter and length filter never
// hides a lexicon word, in any case, and words of no lexicon length get
// no entry ("Mondays" is not "Monday", "Marches" not "March").
func TestWordFilter(t *testing.T) {
	r := newResolver(t)
	lex, err := parseLexicon(lexiconText)
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range lex {
		for _, form := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			toks := r.tokenize("on "+form+" 5", nil)
			if len(toks) != 3 || toks[1].lex != want {
				t.Errorf("%q: tokens %+v, want entry %+v", form, toks, want)
			}
		}
	}
	for _, w := range []string{"mondays", "marches", "yesterdays", "zzz", "xylophone"} {
		if _, ok := lex[w]; ok {
			continue
		}
		if toks := r.tokenize(w, nil); len(toks) != 1 || toks[0].lex != (lexEntry{}) {
			t.Errorf("%q: tokens %+v, want one word with no entry", w, toks)
		}
	}
}
