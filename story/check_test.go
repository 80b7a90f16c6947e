package story

import (
	"math/rand/v2"
	"testing"
)

// printable8 must agree with a byte-by-byte check for every byte value at
// every position, and on random words.
func TestPrintable8(t *testing.T) {
	naive := func(b []byte) bool {
		for _, c := range b {
			if c < 0x20 || c > 0x7e {
				return false
			}
		}
		return true
	}
	b := make([]byte, 8)
	for p := 0; p < 8; p++ {
		for v := 0; v < 256; v++ {
			for k := range b {
				b[k] = 'a'
			}
			b[p] = byte(v)
			if printable8(b) != naive(b) {
				t.Fatalf("printable8(%q) = %v", b, !naive(b))
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 100000; i++ {
		for k := range b {
			b[k] = byte(rng.IntN(256))
			if rng.IntN(2) == 0 {
				b[k] = byte(0x20 + rng.IntN(0x5f))
			}
		}
		if printable8(b) != naive(b) {
			t.Fatalf("printable8(%q) = %v", b, !naive(b))
		}
	}
}
