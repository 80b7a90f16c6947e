package text

import (
	"math/bits"
	"strings"
	"testing"

	"github.com/aaaton/golem/v4"
	"github.com/aaaton/golem/v4/dicts/en"
)

// TestGolemTableMatchesGolem checks the lemma table against golem itself:
// the same lemma and dictionary membership for every word of the
// dictionary, and for words that are not in it.
func TestGolemTableMatchesGolem(t *testing.T) {
	ref, err := golem.New(en.New())
	if err != nil {
		t.Fatal(err)
	}
	g, res := golemAndDict(t)
	words := strings.FieldsFunc(string(res), func(r rune) bool { return r == '\t' || r == '\n' })
	words = append(words, "", "xyzzy", "meetings", "Talks", "ÉTATS", "\xff", "talk\t")
	if len(words) < 50000 {
		t.Fatalf("only %d words in golem's dictionary", len(words))
	}
	for _, w := range words {
		if got, want := g.lemmaLower(w), ref.LemmaLower(w); got != want {
			t.Fatalf("lemmaLower(%q) = %q, golem %q", w, got, want)
		}
		if got, want := g.inDict(w), ref.InDict(w); got != want {
			t.Fatalf("inDict(%q) = %v, golem %v", w, got, want)
		}
	}
}

func TestGolemTableErrors(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want map[string]string
		err  bool
	}{
		{in: "", want: map[string]string{}},
		{in: "go\tgoes\twent\n\nbe\twent\n", want: map[string]string{"go": "go", "goes": "go", "went": "go", "be": "be"}},
		{in: "lonely\n", err: true},
		{in: "a\tb", want: map[string]string{"a": "a", "b": "a"}},
	} {
		got, err := golemTable(tt.in)
		if (err != nil) != tt.err {
			t.Errorf("golemTable(%q) error %v, want error %v", tt.in, err, tt.err)
			continue
		}
		if tt.err {
			continue
		}
		if len(got) != len(tt.want) {
			t.Errorf("golemTable(%q) = %v, want %v", tt.in, got, tt.want)
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("golemTable(%q)[%q] = %q, want %q", tt.in, k, got[k], v)
			}
		}
	}
}

func BenchmarkGolemLoad(b *testing.B) {
	b.Run("golem", func(b *testing.B) {
		for b.Loop() {
			if _, err := golem.New(en.New()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("table", func(b *testing.B) {
		for b.Loop() {
			if _, err := NewGolemLemmatizer(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestLemmaNounShortCut checks Lemma's short cut for nouns against golem's
// own two lookups, for every dictionary word and some that are not.
func TestLemmaNounShortCut(t *testing.T) {
	ref, err := golem.New(en.New())
	if err != nil {
		t.Fatal(err)
	}
	g, res := golemAndDict(t)
	words := strings.FieldsFunc(string(res), func(r rune) bool { return r == '\t' || r == '\n' })
	words = append(words, "xyzzy", "meetings", "Talks", "ÉTATS", "états", "\xff", "ı")
	for _, w := range words {
		want := w
		if isWordStart(w) && !ref.InDict(w) {
			want = ref.LemmaLower(w)
		}
		if l, ok := g.pastFormLemma(w, "NN"); ok {
			want = l // "outran" → "outrun"
		}
		if w == "" {
			continue
		}
		if got := g.Lemma(w, "NN"); got != want {
			t.Fatalf("Lemma(%q, NN) = %q, golem's lookups give %q", w, got, want)
		}
	}
}

func TestGolemTableFirstBadLine(t *testing.T) {
	_, err := golemTable("a\tb\nlonely\nc\td\nalone\n")
	if err == nil || !strings.Contains(err.Error(), "line 2:") {
		t.Errorf("error %v, want one about line 2", err)
	}
}

// TestLemmasBinUpToDate fails when golem's dictionary, or the table
// layout, changes under the committed lemmas.bin: run `go generate ./text`.
func TestLemmasBinUpToDate(t *testing.T) {
	b, err := BuildLemmaTable()
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != lemmasBin {
		t.Fatal("text/lemmas.bin is stale: run go generate ./text")
	}
}

// TestVerbLemmas covers the two ways a verb form gets a verb lemma where
// golem's first answer is not one: a form golem lists first as its own
// word, and a regular form golem does not list at all.
func TestVerbLemmas(t *testing.T) {
	g, err := NewGolemLemmatizer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ word, tag, want string }{
		{"left", "VBD", "leave"}, {"left", "VBN", "leave"}, {"left", "JJ", "left"}, {"left", "NN", "left"},
		{"shot", "VBD", "shoot"}, {"shot", "NN", "shot"},
		{"weighing", "VBG", "weigh"},
		{"lay", "VBD", "lie"}, {"lay", "VBP", "lay"},
		{"torched", "VBD", "torch"}, {"torched", "VBN", "torch"},
		{"carried", "VBD", "carry"}, {"stopped", "VBD", "stop"}, {"shelled", "VBD", "shell"},
		{"attacked", "VBD", "attack"}, {"met", "VBD", "meet"},
		{"xyzzyed", "VBD", "xyzzyed"}, // unknown stem: left alone
	} {
		if got := g.Lemma(tc.word, tc.tag); got != tc.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", tc.word, tc.tag, got, tc.want)
		}
	}
}

// golemAndDict opens the lemmatizer and golem's dictionary it was built
// from, for tests that check one against the other.
func golemAndDict(t *testing.T) (*GolemLemmatizer, []byte) {
	t.Helper()
	g, err := NewGolemLemmatizer()
	if err != nil {
		t.Fatal(err)
	}
	res, err := en.New().GetResource()
	if err != nil {
		t.Fatal(err)
	}
	return g, res
}

// BenchmarkLemma lemmatizes a sentence's words with their tags, verbs
// (one table lookup each) among them.
func BenchmarkLemma(b *testing.B) {
	g, err := NewGolemLemmatizer()
	if err != nil {
		b.Fatal(err)
	}
	words := [][2]string{{"police", "NNS"}, {"arrested", "VBD"}, {"two", "CD"}, {"men", "NNS"}, {"who", "WP"},
		{"were", "VBD"}, {"suspected", "VBN"}, {"of", "IN"}, {"planning", "VBG"}, {"attacks", "NNS"},
		{"and", "CC"}, {"said", "VBD"}, {"they", "PRP"}, {"torched", "VBD"}, {"cars", "NNS"}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			g.Lemma(w[0], w[1])
		}
	}
}

// TestPastSigsCoverPastForms: pastFormLemma's signature test must let
// every listed past form through (it only turns words away early), and
// it should turn most other words away.
func TestPastSigsCoverPastForms(t *testing.T) {
	g, err := NewGolemLemmatizer()
	if err != nil {
		t.Fatal(err)
	}
	for w := range g.past {
		if h := pastSig(w); g.pastSigs[h>>6]&(1<<(h&63)) == 0 {
			t.Errorf("past form %q fails the signature test", w)
		}
	}
	set := 0
	for _, x := range g.pastSigs {
		set += bits.OnesCount64(x)
	}
	if set*5 > len(g.pastSigs)*64 {
		t.Errorf("%d of %d signature bits set: the test turns few words away", set, len(g.pastSigs)*64)
	}
	t.Logf("%d past forms, %d of %d bits set", len(g.past), set, len(g.pastSigs)*64)
}
