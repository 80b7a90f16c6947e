package leview

import (
	"encoding/binary"
	"testing"
)

// Aligned data opens as a view, unaligned as a copy; both read the
// little-endian values.
func TestViewsAndCopies(t *testing.T) {
	var b []byte
	for _, v := range []uint64{1, 1 << 40, 0xfffffffffffffffe} {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	s := string(b) // heap strings are 8-byte aligned
	u := "x" + s   // u[1:] is not
	for _, tc := range []struct {
		data string
		view bool
	}{{s, true}, {u[1:], false}} {
		if got := Uint64s(tc.data); len(got) != 3 || got[0] != 1 || got[1] != 1<<40 || got[2] != 0xfffffffffffffffe || IsView(got, tc.data) != tc.view {
			t.Errorf("Uint64s = %x, view %v (want %v)", got, IsView(got, tc.data), tc.view)
		}
		if got := Uint32s(tc.data); len(got) != 6 || got[0] != 1 || got[3] != 1<<8 || got[4] != 0xfffffffe || IsView(got, tc.data) != tc.view {
			t.Errorf("Uint32s = %x, view %v (want %v)", got, IsView(got, tc.data), tc.view)
		}
		if got := Int32s(tc.data); got[4] != -2 {
			t.Errorf("Int32s = %v", got)
		}
	}
	if len(Uint32s("abc")) != 0 || Uint64s("") == nil {
		t.Error("short data must give an empty, non-nil array")
	}
}

// TestLoad64Load32: the loads read the first bytes of a longer string as
// encoding/binary does, at every offset, so the tokenizer's and the JSON
// writer's word tests see the bytes in the order they assume.
func TestLoad64Load32(t *testing.T) {
	s := "\x01\x82\x03\xf4\x05\x06\x87\x08\xff\x00\x7f\x80"
	for i := 0; i+8 <= len(s); i++ {
		if got, want := Load64(s[i:]), binary.LittleEndian.Uint64([]byte(s[i:i+8])); got != want {
			t.Errorf("Load64 at %d = %#x, want %#x", i, got, want)
		}
	}
	for i := 0; i+4 <= len(s); i++ {
		if got, want := Load32(s[i:]), binary.LittleEndian.Uint32([]byte(s[i:i+4])); got != want {
			t.Errorf("Load32 at %d = %#x, want %#x", i, got, want)
		}
	}
}
