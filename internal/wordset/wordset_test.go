package wordset

import (
	"strings"
	"testing"
)

func TestSet(t *testing.T) {
	long := strings.Repeat("x", 70)
	s := Of("not", "never", "", "n't", long, "é")
	for _, w := range []string{"not", "never", "", "n't", long, "é"} {
		if !s.Has(w) {
			t.Errorf("Has(%q) = false", w)
		}
	}
	for _, w := range []string{"no", "nut", "neve", "nevers", "x", long + "x", "e", "\xc3"} {
		if s.Has(w) {
			t.Errorf("Has(%q) = true", w)
		}
	}
	var zero Set
	if zero.Has("") || zero.Has("a") || zero.Len() != 0 {
		t.Error("the zero Set is not empty")
	}
	if s.Len() != 6 {
		t.Errorf("Len = %d", s.Len())
	}
}

func FuzzSet(f *testing.F) {
	f.Add("a bb ccc", "bb")
	f.Fuzz(func(t *testing.T, words, probe string) {
		ws := strings.Fields(words)
		s := Of(ws...)
		want := false
		for _, w := range ws {
			want = want || w == probe
		}
		if s.Has(probe) != want {
			t.Fatalf("Has(%q) = %v, want %v", probe, !want, want)
		}
	})
}
