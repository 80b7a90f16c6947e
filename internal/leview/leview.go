// Package leview opens little-endian arrays stored in embedded data (the
// compiled dictionaries, tagger.bin, word tables) without copying them:
// on a little-endian host, where the array lies aligned in memory, the
// result is a view of the data; otherwise it is a decoded copy. A view
// points into the caller's string, which must never change, and must
// never be written through.
package leview

import (
	"encoding/binary"
	"unsafe"
)

// littleEndian: the host stores numbers as the data does.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// Uint32s returns the len(s)/4 little-endian uint32s of s.
func Uint32s(s string) []uint32 {
	n := len(s) / 4
	if n == 0 {
		return []uint32{}
	}
	if littleEndian && uintptr(unsafe.Pointer(unsafe.StringData(s)))%4 == 0 {
		return unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.StringData(s))), n)
	}
	out := make([]uint32, n)
	for i := range out {
		j := 4 * i
		out[i] = uint32(s[j]) | uint32(s[j+1])<<8 | uint32(s[j+2])<<16 | uint32(s[j+3])<<24
	}
	return out
}

// Int32s is Uint32s for signed values.
func Int32s(s string) []int32 {
	u := Uint32s(s)
	if len(u) == 0 {
		return []int32{}
	}
	return unsafe.Slice((*int32)(unsafe.Pointer(&u[0])), len(u))
}

// Uint64s returns the len(s)/8 little-endian uint64s of s.
func Uint64s(s string) []uint64 {
	n := len(s) / 8
	if n == 0 {
		return []uint64{}
	}
	if littleEndian && uintptr(unsafe.Pointer(unsafe.StringData(s)))%8 == 0 {
		return unsafe.Slice((*uint64)(unsafe.Pointer(unsafe.StringData(s))), n)
	}
	out := make([]uint64, n)
	for i := range out {
		for k := 7; k >= 0; k-- {
			out[i] = out[i]<<8 | uint64(s[8*i+k])
		}
	}
	return out
}

// IsView reports whether xs is a view of s rather than a copy.
func IsView[T any](xs []T, s string) bool {
	if len(xs) == 0 || len(s) == 0 {
		return false
	}
	p := uintptr(unsafe.Pointer(&xs[0]))
	lo := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	return p >= lo && p < lo+uintptr(len(s))
}

// HostLittleEndian reports whether this host can view the data in place
// at all (a big-endian one always copies).
func HostLittleEndian() bool { return littleEndian }

// Load64 reads the first 8 bytes of s as a little-endian number; the
// byte-at-a-time form compiles to one load on the hosts Go supports, and
// it is small enough to inline into the hot loops that use it (the
// tokenizer, the JSON writer, the word tables' hash, the tagger's
// feature hash). s must hold 8 bytes.
func Load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Load32 is Load64 for the first 4 bytes of s.
func Load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
