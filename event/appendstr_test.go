package event

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// appendStr tests a string's bytes a word at a time without branches
// (notPlain), and a string of one to three bytes by its first, middle and
// last bytes. Every byte value, at every position of strings of one to
// seventeen bytes, must quote as encoding/json quotes it.
func TestAppendStrEveryByteEveryPlace(t *testing.T) {
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	for n := 1; n <= 17; n++ {
		for at := 0; at < n; at++ {
			for c := 0; c < 256; c++ {
				b := []byte(strings.Repeat("k", n))
				b[at] = byte(c)
				s := string(b)
				want.Reset()
				if err := enc.Encode(s); err != nil {
					t.Fatal(err)
				}
				if got := appendStr(nil, s); !bytes.Equal(got, bytes.TrimSuffix(want.Bytes(), []byte("\n"))) {
					t.Fatalf("appendStr(%q) = %s, want %s", s, got, want.Bytes())
				}
			}
		}
	}
}

// BenchmarkAppendStr quotes the strings an event is mostly made of: codes,
// dates, names, an ID, a pattern's place.
func BenchmarkAppendStr(b *testing.B) {
	strs := []string{"", "USA", "GOV", "190", "19", "day", "ASSAULT", "2024-01-02", "United States",
		"AFP0808020675_1:0:0", "verbs/06-material.txt:467", "US Deputy Secretary of Energy"}
	buf := make([]byte, 0, 1024)
	for b.Loop() {
		buf = buf[:0]
		for _, s := range strs {
			buf = appendStr(buf, s)
		}
	}
}
