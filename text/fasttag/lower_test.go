package fasttag

import "testing"

// TestAppendLowerASCIIEveryPosition: for every length to 24 and every
// position, a capital, '@', '[', '`', '{' and a lower-case letter there
// (the bytes on either side of the capitals' range) lower-case as
// appendLower does them, after a prefix already in dst.
func TestAppendLowerASCIIEveryPosition(t *testing.T) {
	for n := 0; n <= 24; n++ {
		for p := 0; p < max(n, 1); p++ {
			for _, c := range []byte{'A', 'Z', 'M', '@', '[', '`', '{', 'a', 'z', '-', '0', 0x7f, 0} {
				b := []byte("Kabul Provincial Council Zz"[:n])
				if n > 0 {
					b[p] = c
				}
				w := string(b)
				got := string(appendLowerASCII([]byte("x"), w))
				want := string(appendLower([]byte("x"), w))
				if got != want {
					t.Fatalf("appendLowerASCII(%q) = %q, want %q", w, got, want)
				}
			}
		}
	}
}

func BenchmarkAppendLowerASCII(b *testing.B) {
	words := []string{"Syria", "The", "President", "UN", "Washington", "Kurdish-led", "AFP"}
	var buf []byte
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			buf = appendLowerASCII(buf[:0], w)
		}
	}
}
