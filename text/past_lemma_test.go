package text

import (
	"strings"
	"testing"
)

// TestPastFormLemma: irregular past forms mis-tagged as adjectives, nouns
// or VBP get their verb; adjectives, nouns and verbs in their own right,
// participles used as adjectives, and regular forms keep their lemma.
func TestPastFormLemma(t *testing.T) {
	g, err := NewGolemLemmatizer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		word, tag string
		want      string // "" when the rule must not apply
	}{
		// Simple past forms with no line of their own.
		{"fought", "JJ", "fight"},
		{"froze", "NN", "freeze"},
		{"unfroze", "NN", "unfreeze"},
		{"overran", "NN", "overrun"},
		{"upheld", "JJ", "uphold"},
		{"swore", "JJ", "swear"},
		{"withdrew", "NN", "withdraw"},
		{"fled", "JJ", "flee"},
		{"sought", "NN", "seek"},
		{"struck", "JJ", "strike"},
		{"began", "NN", "begin"},
		// Forms golem also lists as nouns of their own.
		// Tagged a noun, a noun of its own stays that noun: "a warning
		// shot", "a silk stole", "a wheel's spoke".
		{"shot", "NN", ""},
		{"shot", "JJ", "shoot"},
		{"shot", "VBP", "shoot"},
		{"stole", "NN", ""},
		{"spoke", "NN", ""},
		// The noun or adjective is the commoner word.
		{"left", "JJ", ""},
		{"bit", "NN", ""},
		{"thought", "NN", ""},
		{"spat", "NN", ""},
		{"hung", "JJ", ""},
		// Verbs in their own right (golem lists their own -ed forms).
		{"found", "JJ", ""},
		{"bound", "JJ", ""},
		{"ground", "NN", ""},
		{"lay", "VBP", ""},
		// Adjectives in their own right (golem lists comparatives).
		{"broke", "JJ", ""},
		{"drunk", "JJ", ""},
		// Participles as adjectives: "frozen assets", "a sworn enemy".
		{"frozen", "JJ", ""},
		{"stolen", "JJ", ""},
		{"sworn", "JJ", ""},
		{"known", "JJ", ""},
		{"slain", "JJ", ""},
		// golem's first lemma of "spun" is "spin-dry": no plain verb.
		{"spun", "NN", ""},
		// ... but tagged VBP they are verbs.
		{"frozen", "VBP", "freeze"},
		// Regular forms, plurals, gerunds, comparatives, the base itself.
		{"armed", "JJ", ""},
		{"wounded", "JJ", ""},
		{"talks", "NN", ""},
		{"meeting", "NN", ""},
		{"cleaner", "NN", ""},
		{"run", "NN", ""},
		// Irregular plurals of nouns are no verbs.
		{"children", "NN", ""},
		// Other tags are Lemma's business.
		{"fought", "VBD", ""},
		{"froze", "NNS", ""},
		// Odd input.
		{"", "JJ", ""},
		{"ab", "NN", ""},
		{"Fought", "JJ", ""},
		{"fo\xffght", "JJ", ""},
		{"xyzzyed", "JJ", ""},
	} {
		got, ok := g.pastFormLemma(tc.word, tc.tag)
		if tc.want == "" {
			if ok {
				t.Errorf("pastFormLemma(%q, %s) = %q, want no verb lemma", tc.word, tc.tag, got)
			}
			continue
		}
		if !ok || got != tc.want {
			t.Errorf("pastFormLemma(%q, %s) = %q, %v; want %q", tc.word, tc.tag, got, ok, tc.want)
		}
	}
}

// TestPastFormLemmaFromGolem: every lemma the rule gives is a verb whose
// golem line lists the form, so the rule invents nothing; and the simple
// past forms it must know are all found from the data.
func TestPastFormLemmaFromGolem(t *testing.T) {
	g, res := golemAndDict(t)
	lists := map[string]map[string]bool{} // form → lemmas whose line lists it
	for line := range strings.SplitSeq(string(res), "\n") {
		base, rest, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		for w := range strings.SplitSeq(rest, "\t") {
			if lists[w] == nil {
				lists[w] = map[string]bool{}
			}
			lists[w][base] = true
		}
	}
	n := 0
	for w := range lists {
		v, ok := g.pastFormLemma(w, "JJ")
		if !ok {
			continue
		}
		n++
		if !lists[w][v] {
			t.Errorf("pastFormLemma(%q) = %q, which golem does not list it under", w, v)
		}
	}
	// A few hundred irregular verbs: far fewer means the rule lost its
	// data, far more that it takes in words it should not.
	if n < 250 || n > 900 {
		t.Errorf("%d forms get a verb lemma as JJ, want 250..900", n)
	}
}

func FuzzPastFormLemma(f *testing.F) {
	g, err := NewGolemLemmatizer()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"fought", "shot", "left", "frozen", "", "a", "\xff\xfe", "ie", "eed", "shotting"} {
		f.Add(s, "JJ")
	}
	f.Fuzz(func(t *testing.T, w, tag string) {
		v, ok := g.pastFormLemma(w, tag)
		if ok && (v == "" || v == w) {
			t.Fatalf("pastFormLemma(%q, %q) = %q", w, tag, v)
		}
	})
}

// TestPastFormsUpToDate fails when golem's dictionary or pastFormRule
// changed without pastforms.txt: run `go generate ./text`.
func TestPastFormsUpToDate(t *testing.T) {
	b, err := BuildPastForms([]byte(lemmasBin))
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != pastFormsTxt {
		t.Fatal("text/pastforms.txt is stale: run go generate ./text")
	}
}

func FuzzParsePastForms(f *testing.F) {
	f.Add("fought fight JJ,NN\n# c\n\nx y VBP\n")
	f.Add("a b XX\n")
	f.Fuzz(func(t *testing.T, s string) {
		m, err := parsePastForms(s)
		if err == nil && m == nil {
			t.Fatal("nil map without an error")
		}
	})
}
