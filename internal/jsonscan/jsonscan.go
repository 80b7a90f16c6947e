// Package jsonscan holds the word-at-a-time test that JSON string readers
// and writers share: most of a story's or an event's bytes are plain
// ASCII prose, which both copy as is, eight bytes at a step.
package jsonscan

import (
	"encoding/binary"
	"math/bits"
	"unsafe"
)

// Plain8 reports whether the first eight bytes of s are ASCII that a JSON
// string holds as is: none below 0x20, none a quote or a backslash, none
// with the high bit (which may start a rune to check). s must have at
// least eight bytes.
func Plain8(s string) bool {
	_ = s[7]
	return plain(binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s), 8))) // read only
}

// Plain8Bytes is Plain8 of a byte slice. (Not one generic function: the
// compiler does not inline generic shapes, and the call cost a fifth of
// the scan.)
func Plain8Bytes(b []byte) bool { return plain(binary.LittleEndian.Uint64(b)) }

// plain is the test on the eight bytes as a little-endian word, with the
// classic "has a byte below n" and "has a zero byte" tricks.
func plain(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	if x&highs != 0 || (x-0x20*ones)&^x&highs != 0 {
		return false
	}
	q, bs := x^('"'*ones), x^('\\'*ones)
	return (q-ones)&^q&highs == 0 && (bs-ones)&^bs&highs == 0
}

// PlainPrefix8Bytes is how many of the first eight bytes of b are plain
// (as Plain8 tests them) before the first that is not, 8 if all are: a
// reader that meets a quote or a rune jumps to it rather than stepping
// byte by byte. Each test below flags a byte's top bit; a borrow may flag
// bytes above the first flagged one, never below it, so the lowest flag
// is exact.
func PlainPrefix8Bytes(b []byte) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := binary.LittleEndian.Uint64(b)
	q, bs := x^('"'*ones), x^('\\'*ones)
	bad := (x | (x-0x20*ones)&^x | (q-ones)&^q | (bs-ones)&^bs) & highs
	return bits.TrailingZeros64(bad) >> 3
}
