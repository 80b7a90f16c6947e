package placekey

import (
	"fmt"
	"testing"
)

func TestBloom(t *testing.T) {
	f := make([]byte, BloomBits/8)
	const n = 140000
	for i := 0; i < n; i++ {
		BloomAdd(f, fmt.Sprintf("place%d", i))
	}
	for i := 0; i < n; i++ {
		if k := fmt.Sprintf("place%d", i); !BloomHas(f, k) || !BloomHas(f, []byte(k)) {
			t.Fatalf("%q added but not found", k)
		}
	}
	fp := 0
	for i := 0; i < n; i++ {
		if BloomHas(f, fmt.Sprintf("absent%d", i)) {
			fp++
		}
	}
	// 15 bits a key and 3 probes: about 0.4% in theory.
	if rate := float64(fp) / n; rate > 0.01 {
		t.Errorf("false positive rate %.4f, want under 0.01", rate)
	}
	if !BloomHas(make([]byte, 10), "anything") {
		t.Error("a filter of the wrong size must rule nothing out")
	}
}
