// Package jsonscan holds the word-at-a-time test that JSON string readers
// and writers share: most of a story's or an event's bytes are plain
// ASCII prose, which both copy as is, eight bytes at a step.
package jsonscan

import (
	"encoding/binary"
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
