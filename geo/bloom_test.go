package geo

import (
	"testing"

	"github.com/parley-events/parley/geo/placekey"
)

// TestBloomHoldsEveryRecord checks the embedded filters against the
// embedded records, so a places.zst regenerated without its places.bloom
// fails here rather than losing places silently.
func TestBloomHoldsEveryRecord(t *testing.T) {
	g := gaz(t)
	if err := g.Preload(); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < g.total; i++ {
		skel, key := g.skelKey(i)
		if !placekey.BloomHas(g.keyBloom, key) || !placekey.BloomHas(g.skelBloom, skel) {
			t.Fatalf("record %d (%q, %q) is not in the Bloom filters", i, skel, key)
		}
	}
}

// TestExactBloom checks that the Bloom filter never hides a
// record: every record's key finds a range holding it, equal to the plain
// search's, and near-miss keys find what the plain search finds.
func TestExactBloom(t *testing.T) {
	g := gaz(t)
	if err := g.Preload(); err != nil {
		t.Fatal(err)
	}
	misses := 0
	for i := 0; i < g.total; i++ {
		_, kb := g.skelKey(i)
		key := string(kb)
		lo, hi := g.exact(key)
		if i < lo || i >= hi {
			t.Fatalf("record %d (%q): exact gives [%d, %d)", i, key, lo, hi)
		}
		if i%7 != 0 {
			continue
		}
		for _, k := range []string{key + "a", key[:len(key)-1], "x" + key} {
			slo, shi := g.exactSearch(k)
			lo, hi := g.exact(k)
			if hi-lo != shi-slo || hi > lo && lo != slo {
				t.Fatalf("exact(%q) = [%d, %d), plain search [%d, %d)", k, lo, hi, slo, shi)
			}
			if shi == slo {
				misses++
			}
		}
	}
	if misses == 0 {
		t.Fatal("no near-miss key was absent: the test checks nothing")
	}
}
