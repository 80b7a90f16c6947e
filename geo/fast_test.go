package geo

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/parley-events/parley/text"
)

// MentionsFast finds the same mentions as Mentions, with the same best
// and near places; it only leaves out the reasons and the ranked
// candidates.
func TestMentionsFastMatchesMentions(t *testing.T) {
	g := gaz(t)
	an, err := text.NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, story := range []string{
		"Turkish and Russian officers met near Saraqeb in Idlib province on Friday.",
		"KABUL, May 5 (Reuters) - Gunmen attacked a checkpoint west of Kandahar.",
		"Talks in Astana, Kazakhstan, and Geneva ended. Tripoli was calm as Lebanese troops moved north.",
		"Atlanta, Georgia, and Tbilisi, Georgia, held events about Paris, Texas.",
		"Rebels seized the airport outside Aden and shelled Taiz.",
	} {
		f := NewFocus()
		for _, s := range an.Analyze(story) {
			full, fast := g.Mentions(&s, nil, f), g.MentionsFast(&s, nil, f)
			if len(full) != len(fast) {
				t.Fatalf("%q: %d mentions, MentionsFast %d", s.Text, len(full), len(fast))
			}
			seen += len(full)
			for i := range full {
				a, b := full[i], fast[i]
				if a.Text != b.Text || a.Start != b.Start || a.End != b.End || a.Direction != b.Direction || a.Attributive != b.Attributive ||
					!samePlace(a.Best, b.Best) || !samePlace(a.Near, b.Near) {
					t.Errorf("%q mention %d: Mentions %+v, MentionsFast %+v", s.Text, i, a, b)
				}
				if b.Candidates != nil || b.Scores != nil || b.Why != "" {
					t.Errorf("%q mention %d: MentionsFast kept candidates or reasons", s.Text, i)
				}
			}
			f.AddMentions(full)
		}
	}
	if seen < 8 {
		t.Errorf("only %d mentions: the test needs more places", seen)
	}
}

func samePlace(a, b *Place) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// TestMarkClaimed: the binary search over tokens in text order marks the
// tokens that testing every claim against every token marks, for ordered
// and unordered tokens, empty, inverted and overlapping claims.
func TestMarkClaimed(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for trial := range 2000 {
		n := rng.IntN(12)
		toks := make([]text.Token, n)
		pos := 0
		for i := range toks {
			pos += rng.IntN(3)
			w := rng.IntN(4) // zero-width tokens too
			toks[i] = text.Token{Start: pos, End: pos + w}
			pos += w
		}
		if trial%4 == 3 && n > 1 {
			toks[0], toks[n-1] = toks[n-1], toks[0] // not in text order
		}
		claims := make([][2]int, rng.IntN(5))
		for k := range claims {
			a, b := rng.IntN(pos+3), rng.IntN(pos+3)
			if trial%3 != 0 && a > b {
				a, b = b, a
			}
			claims[k] = [2]int{a, b}
		}
		got, want := make([]bool, n), make([]bool, n)
		markClaimed(toks, claims, got)
		for i, tk := range toks {
			for _, c := range claims {
				if tk.Start < c[1] && c[0] < tk.End {
					want[i] = true
				}
			}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d: tokens %v claims %v: marked %v, want %v", trial, toks, claims, got, want)
		}
	}
}

// TestMayBeJoined: the inlined pre-test never rules out a word that
// articleJoined accepts.
func TestMayBeJoined(t *testing.T) {
	words := []string{"al-Zour", "ez-Zor", "d'Ivoire", "d’Ivoire", "el-Sheikh", "as-Sadr", "ash-Shifa",
		"Damascus", "well-known", "o'clock", "al", "-", "a-", "x’", "", "Aleppo’s", "al–Bab"}
	rng := rand.New(rand.NewPCG(7, 8))
	alphabet := []string{"a", "l", "d", "Z", "-", "'", "’", "e", "s", "h", "\xe2", "\x80"}
	for range 20000 {
		var b []byte
		for range rng.IntN(8) {
			b = append(b, alphabet[rng.IntN(len(alphabet))]...)
		}
		words = append(words, string(b))
	}
	accepted := 0
	for _, w := range words {
		if articleJoined(w) {
			accepted++
			if !mayBeJoined(w) {
				t.Fatalf("%q: articleJoined, but mayBeJoined rules it out", w)
			}
		}
	}
	if accepted < 10 {
		t.Fatalf("only %d words accepted: the test checks too little", accepted)
	}
}
