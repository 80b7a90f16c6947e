package wordtab

import (
	"fmt"
	"strings"
	"testing"
)

// The table must agree with a Go map built from the same calls, for every
// key and for words it does not hold, also after growing past its size.
func TestTableMatchesMap(t *testing.T) {
	for _, size := range []int{0, 10, 2000} {
		v := New(size)
		m := map[string]uint32{}
		var order []string
		for i := 0; i < 1000; i++ {
			w := fmt.Sprintf("w%d-%s", i, strings.Repeat("x", i%20))
			if _, ok := m[w]; !ok {
				order = append(order, w)
			}
			v.Or(w, uint32(i+1))
			m[w] |= uint32(i + 1)
			if i%3 == 0 {
				v.Or(w, 1<<24)
				m[w] |= 1 << 24
			}
		}
		if v.Len() != len(m) {
			t.Fatalf("size %d: %d keys, want %d", size, v.Len(), len(m))
		}
		for w, want := range m {
			if got := v.Get(w); got != want {
				t.Errorf("size %d: Get(%q) = %x, want %x", size, w, got, want)
			}
		}
		for _, w := range []string{"", "w", "w1000", "w1-", "zzzzzzzzzzzzzzzzzzzzzzzzzz"} {
			if got := v.Get(w); got != 0 {
				t.Errorf("size %d: Get(%q) = %x for a word never added", size, w, got)
			}
		}
		for i, w := range v.Keys() {
			if w != order[i] || v.Values()[i] != m[w] {
				t.Fatalf("size %d: Keys/Values out of order at %d", size, i)
			}
		}
	}
}

func FuzzTable(f *testing.F) {
	f.Add("a b c a", "b")
	f.Fuzz(func(t *testing.T, words, probe string) {
		v := New(2)
		m := map[string]uint32{}
		for i, w := range strings.Fields(words) {
			v.Or(w, uint32(i+1))
			m[w] |= uint32(i + 1)
		}
		if got := v.Get(probe); got != m[probe] {
			t.Fatalf("Get(%q) = %d, want %d", probe, got, m[probe])
		}
	})
}

func BenchmarkGet(b *testing.B) {
	v := New(20000)
	m := map[string]uint32{}
	words := make([]string, 20000)
	for i := range words {
		words[i] = fmt.Sprintf("word%d", i*7919%100003)
		v.Or(words[i], uint32(i+1))
		m[words[i]] = uint32(i + 1)
	}
	probes := append(append([]string{}, words[:500]...), "the", "of", "said", "xyzzy")
	b.Run("wordtab", func(b *testing.B) {
		n := uint32(0)
		for b.Loop() {
			for _, w := range probes {
				n += v.Get(w)
			}
		}
		_ = n
	})
	b.Run("map", func(b *testing.B) {
		n := uint32(0)
		for b.Loop() {
			for _, w := range probes {
				n += m[w]
			}
		}
		_ = n
	})
}

// A table written with AppendBinary opens (Open) to the same lookups, at
// any offset of its data, aligned or not.
func TestBinaryRoundTrip(t *testing.T) {
	v := New(10)
	for i, w := range []string{"the", "said", "syria", "", "a-very-long-word-indeed", "é"} {
		v.Or(w, uint32(i+1)<<3)
	}
	for lead := 0; lead < 9; lead++ {
		b := v.AppendBinary(make([]byte, lead))
		b = append(b, "trailer"...)
		o, end, err := Open(string(b), lead)
		if err != nil {
			t.Fatalf("lead %d: %v", lead, err)
		}
		if string(b[end:]) != "trailer" {
			t.Fatalf("lead %d: end %d", lead, end)
		}
		for _, w := range append(v.Keys(), "missing", "sai") {
			if o.Get(w) != v.Get(w) {
				t.Errorf("lead %d: Get(%q) = %d, want %d", lead, w, o.Get(w), v.Get(w))
			}
		}
		if o.Len() != v.Len() {
			t.Errorf("lead %d: Len %d, want %d", lead, o.Len(), v.Len())
		}
	}
}

func FuzzOpen(f *testing.F) {
	v := New(4)
	v.Or("a", 1)
	v.Or("bb", 2)
	f.Add(string(v.AppendBinary(nil)), "a")
	f.Add("\x01\x00\x00\x00\x08\x00\x00\x00", "x")
	f.Fuzz(func(t *testing.T, data, probe string) {
		o, _, err := Open(data, 0)
		if err != nil {
			return
		}
		o.Get(probe) // must not panic or loop
		for _, k := range o.Keys() {
			o.Get(k)
		}
	})
}
