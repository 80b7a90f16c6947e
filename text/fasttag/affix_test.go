package fasttag

import "testing"

// TestAffixSpelledOut checks the unrolled short cases against the loop
// the feature ids were built with: any change would move every suffix row.
func TestAffixSpelledOut(t *testing.T) {
	for _, s := range []string{"", "a", "'s", "ing", "\xff\x00\x80", "é", "abcd", "abcdef"} {
		if got, want := affix(s), affixLong(s); got != want {
			t.Errorf("affix(%q) = %#x, want %#x", s, got, want)
		}
	}
	if affix("ab") == affix("ab\x00") || affix("") == 0 {
		t.Error("lengths must keep affixes apart and no affix may be 0")
	}
}
