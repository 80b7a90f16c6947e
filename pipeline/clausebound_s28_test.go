package pipeline

import "testing"

// TestClauseBound keeps clauseBound's switch in step with the sets it
// stands for (S28): every word of clauseBounds is a bound, an opener
// exactly when clauseOpeners holds it, and no other word is one.
func TestClauseBound(t *testing.T) {
	n := 0
	clauseBounds.Words(func(w string) {
		n++
		want := boundConjunction
		if clauseOpeners.Has(w) {
			want = boundOpener
		}
		if got := clauseBound(w); got != want {
			t.Errorf("clauseBound(%q) = %d, want %d", w, got, want)
		}
	})
	m := 0
	clauseOpeners.Words(func(w string) {
		m++
		if !clauseBounds.Has(w) {
			t.Errorf("clauseOpeners holds %q, clauseBounds does not", w)
		}
	})
	if n != 18 || m != 12 {
		t.Errorf("clauseBounds holds %d words, clauseOpeners %d: update clauseBoundWord", n, m)
	}
	for _, w := range []string{"", ",", "and", "when", "That", "thats", "afterwards", "say"} {
		if got := clauseBound(w); got != boundNone {
			t.Errorf("clauseBound(%q) = %d, want boundNone", w, got)
		}
	}
}
