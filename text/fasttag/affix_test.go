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
	for _, w := range []string{"", "a", "ab", "abc", "abcd", "attacked", "'s", "\xe2\x80\x99s", "é"} {
		if got, want := suffixID(w), affix(suffix3(w)); got != want {
			t.Errorf("suffixID(%q) = %#x, want %#x", w, got, want)
		}
	}
	if affix("ab") == affix("ab\x00") || affix("") == 0 {
		t.Error("lengths must keep affixes apart and no affix may be 0")
	}
}

// wordFlags reads words of eight bytes; it must agree with the table on
// every byte value at every position of every length around those sizes.
func TestWordFlagsWords(t *testing.T) {
	base := []byte("abcdefghijklmnopqrs")
	for n := 0; n <= len(base); n++ {
		for at := 0; at < max(n, 1); at++ {
			for c := 0; c < 256; c++ {
				w := append([]byte(nil), base[:n]...)
				if n > 0 {
					w[at] = byte(c)
				}
				if got, want := wordFlags(string(w)), wordFlagsTable(string(w)); got != want {
					t.Fatalf("wordFlags(%q) = %b, want %b", w, got, want)
				}
			}
		}
	}
}

func FuzzWordFlags(f *testing.F) {
	for _, s := range []string{"", "A", "x-y", "Well-Known", "naïve", "don\u2019t", "ABCDEFGHIJ-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := wordFlags(w), wordFlagsTable(w); got != want {
			t.Fatalf("wordFlags(%q) = %b, want %b", w, got, want)
		}
	})
}

// fix skips shortCut for words whose first byte no short cut opens with:
// any word that shortCut tags must pass that gate.
func FuzzShortCutFirst(f *testing.F) {
	for _, s := range append(emoticons[:], "-", "@user", "0", "*", "*?*", "*-12", "*T*-3", "-LRB-", "word", "") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if _, ok := shortCut(w, false); ok && (w == "" || !shortCutFirst[w[0]]) {
			t.Fatalf("shortCut(%q) applies, but its first byte is not in shortCutFirst", w)
		}
	})
}

// Tag calls normalizeFlags only for a word with a flag or a digit or '+'
// first; for any other word it must give the word itself.
func FuzzNormalizeGate(f *testing.F) {
	for _, s := range []string{"", "word", "+123", "1999", "-", "Word", "a-b", "don\u2019t", "+", "x+1"} {
		f.Add(s)
	}
	tg, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, w string) {
		fl := wordFlags(w)
		if fl != 0 || w != "" && (w[0]-'0' < 10 || w[0] == '+') {
			return
		}
		var sc scratch
		if norm, same := tg.normalizeFlags(&sc, w, fl); !same || norm != w {
			t.Fatalf("normalizeFlags(%q) = %q, %v; the gate skips it", w, norm, same)
		}
	})
}
