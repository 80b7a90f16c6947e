package actor

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-events/parley/data"
)

// lookupKey follows a whole normalised key down the trie.
func (d *Dictionary) lookupKey(key string) (int32, bool) {
	n := int32(0)
	for i := 0; i < len(key); i++ {
		var ok bool
		if n, ok = d.child(n, key[i]); !ok {
			return 0, false
		}
	}
	return n, true
}

// TestTrieHoldsEveryAlias checks the flat trie against the dictionary: every
// alias's key leads to a node listing that alias's entry, each node's edges
// are sorted and distinct, and keys that are no alias or alias prefix fail.
func TestTrieHoldsEveryAlias(t *testing.T) {
	d, err := Load(data.FS, "actors")
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range d.list {
		key := Normalize(strings.TrimPrefix(e.Alias, "the "))
		n, ok := d.lookupKey(key)
		if !ok {
			t.Fatalf("alias %q (%s): key %q not in the trie", e.Alias, e.Pos, key)
		}
		if !slices.Contains(d.entriesAt(n), int32(i)) {
			t.Fatalf("alias %q (%s): node %d lists %v, not entry %d", e.Alias, e.Pos, n, d.entriesAt(n), i)
		}
	}
	for n := 0; n+1 < len(d.edgeStart); n++ {
		for k := d.edgeStart[n] + 1; k < d.edgeStart[n+1]; k++ {
			if byte(d.edges[k-1]) >= byte(d.edges[k]) {
				t.Fatalf("node %d: edges not sorted: %x", n, d.edges[d.edgeStart[n]:d.edgeStart[n+1]])
			}
		}
	}
	for _, key := range []string{"qqqqzx", "syria zzzz", "x y z w v"} {
		if _, ok := d.lookupKey(key); ok {
			t.Errorf("key %q found", key)
		}
	}
}

func TestBuildSmall(t *testing.T) {
	d := newDictionary()
	for i, k := range []string{"syria", "syrian", "syria", "sy", "iran", "iraq"} {
		d.list = append(d.list, Entry{Alias: k})
		d.pending = append(d.pending, pendingKey{key: k, entry: int32(i)})
	}
	d.build()
	d.packEntries()
	for _, tt := range []struct {
		key  string
		want []int32
	}{
		{"syria", []int32{0, 2}}, {"syrian", []int32{1}}, {"sy", []int32{3}}, {"iran", []int32{4}}, {"iraq", []int32{5}},
		{"syr", nil}, {"ira", nil}, {"s", nil},
	} {
		n, ok := d.lookupKey(tt.key)
		if !ok {
			t.Fatalf("%q not found", tt.key)
		}
		if !slices.Equal(d.entriesAt(n), tt.want) {
			t.Errorf("%q: entries %v, want %v", tt.key, d.entriesAt(n), tt.want)
		}
	}
	if _, ok := d.lookupKey("syrians"); ok {
		t.Error("syrians found")
	}
	if got := len(d.edges); got != 11 { // s y r i a n, i r a n, q (iraq shares i r a)
		t.Errorf("%d edges, want 11", got)
	}
}

func TestTitleCase(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Foreign Ministry", true}, {"Hay'at Tahrir al-Sham", false}, {"Ministry of Defence", false},
		{"Putin", false}, {"", false}, {"  ", false}, {"Al-Nusra Front", true}, {"G-7", true}, {"G 7", true},
		{"-Foreign  Ministry-", true}, {"Élysée Palace", true}, {"UN", false}, {"\xff Palace", false},
	} {
		if got := titleCase(tt.in); got != tt.want {
			t.Errorf("titleCase(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
