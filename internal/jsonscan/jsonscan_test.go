package jsonscan

import (
	"math/rand/v2"
	"testing"
)

// Plain8 must agree with a byte-by-byte test for every byte value at every
// position, and on random words, for strings and byte slices alike.
func TestPlain8(t *testing.T) {
	naive := func(b []byte) bool {
		for _, c := range b[:8] {
			if c < 0x20 || c >= 0x80 || c == '"' || c == '\\' {
				return false
			}
		}
		return true
	}
	b := make([]byte, 8)
	check := func() {
		if Plain8Bytes(b) != naive(b) || Plain8(string(b)) != naive(b) {
			t.Fatalf("Plain8(%q) = %v", b, !naive(b))
		}
	}
	for p := 0; p < 8; p++ {
		for v := 0; v < 256; v++ {
			for k := range b {
				b[k] = 'a'
			}
			b[p] = byte(v)
			check()
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 100000; i++ {
		for k := range b {
			b[k] = byte(0x20 + rng.IntN(0x60))
			if rng.IntN(8) == 0 {
				b[k] = byte(rng.IntN(256))
			}
		}
		check()
	}
}

// PlainPrefix8Bytes must count the plain bytes before the first one a
// byte-by-byte test rejects, for every byte value at every position (with
// every other byte plain or not after it) and on random words.
func TestPlainPrefix8(t *testing.T) {
	plainByte := func(c byte) bool { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\' }
	naive := func(b []byte) int {
		for k, c := range b[:8] {
			if !plainByte(c) {
				return k
			}
		}
		return 8
	}
	b := make([]byte, 8)
	check := func() {
		if got, want := PlainPrefix8Bytes(b), naive(b); got != want {
			t.Fatalf("PlainPrefix8Bytes(%q) = %d, want %d", b, got, want)
		}
	}
	for p := 0; p < 8; p++ {
		for v := 0; v < 256; v++ {
			for _, rest := range []byte{'a', 0, '"', 0x1f, 0xff, '\\', 0x21} {
				for k := range b {
					b[k] = 'a'
					if k > p {
						b[k] = rest
					}
				}
				b[p] = byte(v)
				check()
			}
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 200000; i++ {
		for k := range b {
			b[k] = byte(0x20 + rng.IntN(0x60))
			if rng.IntN(6) == 0 {
				b[k] = byte(rng.IntN(256))
			}
		}
		check()
	}
}
