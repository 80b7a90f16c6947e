package verb

import (
	"testing"
	"testing/fstest"
)

// asideVerbs: an attack on a policy (its object a policy noun, through a
// gap) beside a plain attack, so a gap that reaches too far shows as a
// wrong code.
var asideVerbs = fstest.MapFS{
	"v/11.txt": {Data: []byte("111  attack (+) ... {move|plan|decision}\n")},
	"v/19.txt": {Data: []byte("190  attack  (+)\n")},
}

// TestAsideX17: the subject before an aside set off by dashes is the
// verb's; a summing-up appositive after the clause (", a move ...") is no
// word of its pattern. Must-not rows: dashes that pair no aside, and a
// policy noun inside the clause.
func TestAsideX17(t *testing.T) {
	for _, c := range []struct {
		sentence, code, src, tgt string
	}{
		{"Turkey – whose economy depends on tourism – attacked Syrian rebels.", "190", "TUR", "SYRREB"},
		{"Turkey — still reeling from the floods — attacked Syrian rebels.", "190", "TUR", "SYRREB"},
		{"Turkey -- whose army is large -- on Monday attacked Syrian rebels.", "190", "TUR", "SYRREB"},
		{"Turkish troops attacked Syrian rebels near the border, a move Iran called reckless.", "190", "TURMIL", "SYRREB"},
		// must-not
		{"Turkey attacked the Iranian plan, a move Syria welcomed.", "111", "TUR", "IRN"},
	} {
		got := codeIn(t, testActors, asideVerbs, c.sentence)
		ok := false
		for _, g := range got {
			if g.code == c.code && g.src == c.src && g.tgt == c.tgt {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: got %+v, want %s %s>%s", c.sentence, got, c.code, c.src, c.tgt)
		}
		if c.code == "190" && c.src == "TUR" {
			for _, g := range got {
				if g.code == "111" {
					t.Errorf("%q: coded 111 %s>%s, want no attack on a policy", c.sentence, g.src, g.tgt)
				}
			}
		}
	}
	// must-not: a hyphen and a double hyphen pair no aside, so the
	// subject is not sought past them.
	s := "Turkey - whose economy depends on tourism -- attacked Syrian rebels."
	for _, g := range codeIn(t, testActors, asideVerbs, s) {
		if g.src == "TUR" {
			t.Errorf("%q: coded %s TUR>%s, want no subject past unpaired dashes", s, g.code, g.tgt)
		}
	}
}
