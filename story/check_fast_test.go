package story

import (
	"errors"
	"strings"
	"testing"
)

// checkTextSlow is checkTextString without its printable-ASCII fast path.
func checkTextSlow(text string) (string, error) {
	data := []byte(text)
	if err := checkBinary(data); err != nil {
		return "", err
	}
	if err := checkUTF8(data, ""); err != nil {
		return "", err
	}
	text = normalize(text)
	if strings.TrimSpace(text) == "" {
		return "", ErrEmpty
	}
	return text, nil
}

// The fast path must return what the four checks return, for printable
// texts and for every other byte at every position around its words.
func FuzzCheckTextFast(f *testing.F) {
	for _, s := range []string{"", " ", "Iran met Iraq.", "a\r\nb", "\ufeffx", "x\x00y", "\xff", "caf\u00e9", "       \t", "abcdefgh", "abcdefg~\x7f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gerr := checkTextString(s)
		want, werr := checkTextSlow(s)
		if got != want || (gerr == nil) != (werr == nil) || gerr != nil && !errors.Is(gerr, ErrEmpty) != !errors.Is(werr, ErrEmpty) {
			t.Fatalf("checkTextString(%q) = %q, %v; the full checks give %q, %v", s, got, gerr, want, werr)
		}
	})
}

func TestCheckTextFastEveryByte(t *testing.T) {
	base := "abcdefghijklmnopq"
	for n := 1; n <= len(base); n++ {
		for at := 0; at < n; at++ {
			for c := 0; c < 256; c++ {
				s := base[:at] + string([]byte{byte(c)}) + base[at+1:n]
				got, gerr := checkTextString(s)
				want, werr := checkTextSlow(s)
				if got != want || (gerr == nil) != (werr == nil) {
					t.Fatalf("checkTextString(%q) = %q, %v; want %q, %v", s, got, gerr, want, werr)
				}
			}
		}
	}
}
