package text

import (
	"strings"
	"testing"
)

// TestTitlePeriod: a title's or month's period before a name or a number
// stays with its word, as in the Penn Treebank; other periods do not.
func TestTitlePeriod(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Gen. Mark Wilson met Mr. Li", "Gen.|Mark|Wilson|met|Mr.|Li"},
		{"on Jan. 5 and Sept. 12", "on|Jan.|5|and|Sept.|12"},
		{"St. Petersburg", "St.|Petersburg"},
		{"the gen. staff", "the|gen|.|staff"}, // no capital or digit after
		{"said Mr.", "said|Mr|."},             // the sentence's end
		{"Iran. Then", "Iran|.|Then"},         // not an abbreviation
		{"the dr. x", "the|dr|.|x"},           // lower case after
		{"MR. SMITH", "MR.|SMITH"},            // any case of the title
		{"General. Mark", "General|.|Mark"},   // a whole word is no abbreviation
	} {
		var got []string
		for _, tk := range Tokenize(c.in, nil) {
			got = append(got, tk.Text)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("Tokenize(%q) = %s, want %s", c.in, g, c.want)
		}
	}
}
