package text

import "testing"

func TestCapitalsWord(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"KABUL", true},
		{"GAC", true},
		{"U.S.", true},
		{"AL-ARISH", true},
		{"O'NEILL", true},
		{"US", true},
		{"A", false},
		{"Kabul", false},
		{"G20", false},
		{"", false},
		{"ÉTAT", true},
		{"--", false},
	} {
		if got := CapitalsWord(c.w); got != c.want {
			t.Errorf("CapitalsWord(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
