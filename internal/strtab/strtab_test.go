package strtab

import (
	"fmt"
	"strings"
	"testing"
)

func TestBuildLookup(t *testing.T) {
	tests := []struct {
		name         string
		keys, values []string
		want         map[string]string // key → value; keys absent here must miss
		miss         []string
	}{
		{name: "empty", miss: []string{"", "a"}},
		{name: "self and other values",
			keys: []string{"meetings", "meeting", "went", "", "x"}, values: []string{"meeting", "meeting", "go", "empty", ""},
			want: map[string]string{"meetings": "meeting", "meeting": "meeting", "went": "go", "": "empty", "x": ""},
			miss: []string{"meet", "wen", "goes"}},
		{name: "first value of a repeated key wins",
			keys: []string{"saw", "saw"}, values: []string{"see", "saw"},
			want: map[string]string{"saw": "see"}},
		{name: "long and non-ASCII keys",
			keys:   []string{strings.Repeat("k", 300), "Ḥalab", "naïve"},
			values: []string{strings.Repeat("v", 200), "Aleppo", "naive"},
			want:   map[string]string{strings.Repeat("k", 300): strings.Repeat("v", 200), "Ḥalab": "Aleppo", "naïve": "naive"},
			miss:   []string{strings.Repeat("k", 299), "Halab"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Build(tc.keys, tc.values)
			if err != nil {
				t.Fatal(err)
			}
			tab, err := Open(string(b))
			if err != nil {
				t.Fatal(err)
			}
			if tab.Len() != len(tc.want) {
				t.Errorf("Len = %d, want %d", tab.Len(), len(tc.want))
			}
			for k, v := range tc.want {
				if got, ok := tab.Lookup(k); !ok || got != v {
					t.Errorf("Lookup(%q) = %q, %v; want %q", k, got, ok, v)
				}
			}
			for _, k := range tc.miss {
				if got, ok := tab.Lookup(k); ok {
					t.Errorf("Lookup(%q) = %q, want a miss", k, got)
				}
			}
		})
	}
}

// TestManyKeys fills a table past several doublings and checks every key
// against a map.
func TestManyKeys(t *testing.T) {
	m := map[string]string{}
	var keys, values []string
	for i := 0; i < 50000; i++ {
		k, v := fmt.Sprintf("w%x", i*7919), fmt.Sprintf("l%d", i%97)
		if i%3 == 0 {
			v = k
		}
		m[k] = v
		keys, values = append(keys, k), append(values, v)
	}
	b, err := Build(keys, values)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := Open(string(b))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range m {
		if got, ok := tab.Lookup(k); !ok || got != v {
			t.Fatalf("Lookup(%q) = %q, %v; want %q", k, got, ok, v)
		}
		if tab.Contains(k + "!") {
			t.Fatalf("Contains(%q) is true", k+"!")
		}
	}
}

func TestOpenRejects(t *testing.T) {
	good, _ := Build([]string{"a"}, []string{"b"})
	for name, b := range map[string]string{
		"empty":        "",
		"bad magic":    "STRTAB0\n" + string(good[8:]),
		"no header":    magic,
		"slots not 2ⁿ": magic + "\x03\x00\x00\x00\x00\x00\x00\x00",
		"truncated":    string(good[:len(magic)+12]),
	} {
		if _, err := Open(b); err == nil {
			t.Errorf("%s: Open succeeded", name)
		}
	}
}

// FuzzLookup opens arbitrary bytes as a table and looks keys up: a corrupt
// table must give errors or misses, never a panic or an endless probe.
func FuzzLookup(f *testing.F) {
	good, _ := Build([]string{"attack", "attacked", "talks"}, []string{"attack", "attack", "talk"})
	f.Add(string(good), "attacked")
	f.Add(string(good[:len(good)-3]), "talks")
	f.Add(magic+"\x08\x00\x00\x00\x01\x00\x00\x00"+strings.Repeat("\x05\x00\x00\x00", 8)+"\xff\xff", "x")
	f.Fuzz(func(t *testing.T, b, key string) {
		tab, err := Open(b)
		if err != nil {
			return
		}
		tab.Lookup(key)
		tab.Contains(key)
	})
}

// LookupPrefixed must find exactly what Lookup finds for the joined key.
func TestLookupPrefixed(t *testing.T) {
	keys := []string{"\x01left", "left", "\x01shot", "shot", "\x02left", "\x01", "a"}
	vals := []string{"leave", "left", "shoot", "shot", "x", "empty", "a"}
	b, err := Build(keys, vals)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := Open(string(b))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []byte{1, 2, 'l'} {
		for _, k := range []string{"left", "shot", "", "eft", "lefts", "a"} {
			v1, ok1 := tab.Lookup(string(p) + k)
			v2, ok2 := tab.LookupPrefixed(p, k)
			if v1 != v2 || ok1 != ok2 {
				t.Errorf("prefix %q key %q: Lookup %q %v, LookupPrefixed %q %v", p, k, v1, ok1, v2, ok2)
			}
		}
	}
}

// lookupRef is lookup as it read every entry before its one-byte-length
// case was written out: entry and value for each.
func (t *Table) lookupRef(h uint32, key string) (string, bool) {
	h &= t.mask
	for probes := uint32(0); probes <= t.mask; probes++ {
		o := 4 * int(h)
		off := uint32(t.slots[o]) | uint32(t.slots[o+1])<<8 | uint32(t.slots[o+2])<<16 | uint32(t.slots[o+3])<<24
		if off == 0 {
			return "", false
		}
		if k, rest := entry(t.data, off-1); k == key {
			return value(k, rest)
		}
		h = (h + 1) & t.mask
	}
	return "", false
}

// FuzzLookupSameAsEntry: on any bytes that open, lookup's in-place read of
// one-byte lengths answers as entry and value do, long lengths, corrupt
// lengths and entries running off the end included.
func FuzzLookupSameAsEntry(f *testing.F) {
	good, _ := Build([]string{"attack", strings.Repeat("k", 130), "talks", "x"}, []string{"attack", "attack", strings.Repeat("v", 140), ""})
	f.Add(string(good), "talks")
	f.Add(string(good), strings.Repeat("k", 130))
	f.Add(string(good[:len(good)-3]), "talks")
	f.Add(magic+"\x08\x00\x00\x00\x01\x00\x00\x00"+strings.Repeat("\x01\x00\x00\x00", 8)+"\x01x\x7f", "x")
	f.Add(magic+"\x08\x00\x00\x00\x01\x00\x00\x00"+strings.Repeat("\x01\x00\x00\x00", 8)+"\x7fx", "x")
	f.Fuzz(func(t *testing.T, b, key string) {
		tab, err := Open(b)
		if err != nil {
			return
		}
		v1, ok1 := tab.Lookup(key)
		v2, ok2 := tab.lookupRef(hash(key), key)
		if v1 != v2 || ok1 != ok2 {
			t.Fatalf("Lookup(%q) = %q, %v; entry and value give %q, %v", key, v1, ok1, v2, ok2)
		}
	})
}

// BenchmarkLookup looks up lemmatizer-like words, hits and misses.
func BenchmarkLookup(b *testing.B) {
	keys := []string{"attacked", "talks", "meetings", "said", "went", "forces", "killed", "left"}
	vals := []string{"attack", "talk", "meeting", "say", "go", "force", "kill", "leave"}
	tb, err := Build(keys, vals)
	if err != nil {
		b.Fatal(err)
	}
	tab, err := Open(string(tb))
	if err != nil {
		b.Fatal(err)
	}
	probes := append(keys, "the", "police", "Syria", "and")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, k := range probes {
			tab.Lookup(k)
		}
	}
}
