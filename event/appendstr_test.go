package event

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// appendStr reads four- and eight-byte words with overlapping last words:
// a byte that needs an escape must be caught at every position of every
// length around those word sizes.
func TestAppendStrEveryPosition(t *testing.T) {
	for _, bad := range []string{`"`, `\`, "\n", "\x00", "\x1f", "\x7f", "é", "\xff", "\u2028"} {
		for n := 0; n <= 19; n++ {
			for at := 0; at <= n; at++ {
				s := strings.Repeat("a", at) + bad + strings.Repeat("b", n-at)
				for _, in := range []string{s, strings.Repeat("c", n)} {
					var buf bytes.Buffer
					enc := json.NewEncoder(&buf)
					enc.SetEscapeHTML(false)
					enc.Encode(in)
					want := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
					if got := appendStr(nil, in); !bytes.Equal(got, want) {
						t.Fatalf("appendStr(%q) = %s, want %s", in, got, want)
					}
				}
			}
		}
	}
}

// appendStr's plain fast path must give the escaping loop's output.
func TestAppendStrPlainSame(t *testing.T) {
	for _, s := range []string{"", "a", "ab\"", "abcd", "abc\\", "abcdefg", "abcdefgh", "abcdefgh\n", "é", "USA", "2024-01-02", "Russia shelled Kyiv on Monday."} {
		if got, want := appendStr(nil, s), appendEscaped(nil, s); !bytes.Equal(got, want) {
			t.Errorf("appendStr(%q) = %s, escaping loop %s", s, got, want)
		}
	}
}
