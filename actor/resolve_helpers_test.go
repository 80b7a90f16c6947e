package actor

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parley-events/parley/text"
	"github.com/parley-events/parley/text/fasttag"
)

// resolveCase is a sentence, its story date and the codes its
// non-modifier phrases must resolve to, space-separated in text order.
type resolveCase struct {
	sentence, date string
	want           string
}

// testResolver builds a resolver over a dictionary given as text, with the
// default analyzer for the sentences.
func testResolver(t testing.TB, dict string) (*Resolver, *text.Analyzer) {
	t.Helper()
	d, err := LoadText(fstest.MapFS{"d/a.txt": {Data: []byte(dict)}}, "d")
	if err != nil {
		t.Fatal(err)
	}
	an, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	return NewResolver(d), an
}

// phraseCodes resolves a sentence's first sentence and lists the codes of
// its non-modifier phrases.
func phraseCodes(r *Resolver, an *text.Analyzer, sentence, date string) []string {
	var got []string
	for _, g := range r.Resolve(an.Analyze(sentence)[0].Tokens, date) {
		for _, ph := range g.Phrases {
			if !ph.Modifier {
				got = append(got, ph.Code)
			}
		}
	}
	return got
}

// checkResolve runs resolve cases against a dictionary given as text.
func checkResolve(t *testing.T, dict string, cases []resolveCase) {
	t.Helper()
	r, an := testResolver(t, dict)
	for _, tc := range cases {
		if got := phraseCodes(r, an, tc.sentence, tc.date); strings.Join(got, " ") != tc.want {
			t.Errorf("%q (%s): %v, want %q", tc.sentence, tc.date, got, tc.want)
		}
	}
}

// checkPhraseBounds is the fuzz tests' invariant: every phrase the
// resolver returns for any input lies inside its sentence, is not empty,
// comes in text order and carries a code.
func checkPhraseBounds(t *testing.T, r *Resolver, an *text.Analyzer, s, date string) {
	t.Helper()
	for _, sent := range an.Analyze(s) {
		toks := sent.Tokens
		last := 0
		for _, g := range r.Resolve(toks, date) {
			for _, ph := range g.Phrases {
				if ph.Start < last || ph.End > len(toks) || ph.Start >= ph.End || ph.Code == "" {
					t.Fatalf("%q: bad phrase %+v", s, ph)
				}
				last = ph.Start
			}
		}
	}
}

// groupSizes is a sentence and how many phrases each actor group it
// resolves to holds, in order: what the coordination tests check.
type groupSizes struct {
	sentence string
	sizes    []int
}

func checkGroupSizes(t *testing.T, r *Resolver, an *text.Analyzer, cases []groupSizes) {
	t.Helper()
	for _, tc := range cases {
		var got []int
		for _, g := range r.Resolve(an.Analyze(tc.sentence)[0].Tokens, "") {
			got = append(got, len(g.Phrases))
		}
		if !slices.Equal(got, tc.sizes) {
			t.Errorf("%q: groups %v, want %v", tc.sentence, got, tc.sizes)
		}
	}
}
