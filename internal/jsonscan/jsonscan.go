// Package jsonscan holds the word-at-a-time test that JSON string readers
// and writers share: most of a story's or an event's bytes are plain
// ASCII prose, which both copy as is, eight bytes at a step.
package jsonscan

// Plain8 reports whether the first eight bytes of s are ASCII that a JSON
// string holds as is: none below 0x20, none a quote or a backslash, none
// with the high bit (which may start a rune to check). The tests are the
// classic "has a zero byte" and "has a byte below n" word tricks. s must
// have at least eight bytes.
func Plain8[T ~string | ~[]byte](s T) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	_ = s[7]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	if x&highs != 0 || (x-0x20*ones)&^x&highs != 0 {
		return false
	}
	return !hasZero(x^('"'*ones)) && !hasZero(x^('\\'*ones))
}

func hasZero(v uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return (v-ones)&^v&highs != 0
}
