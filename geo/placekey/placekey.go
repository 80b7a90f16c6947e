// Package placekey turns place names into lookup keys that tolerate the
// usual transliteration noise of news text: case, diacritics, Arabic
// articles (al-, el-, ez-, ...), hyphens and apostrophes, doubled letters and
// a final -h after a vowel. Skeleton drops the vowels as well, so names that
// differ by a vowel change (Saraqeb ~ Saraqib, Idleb ~ Idlib) share a bucket.
//
// The gazetteer generator stores Key and Skeleton for every place, and the
// runtime computes them for text, so both sides must use this package.
package placekey

import (
	"strings"
	"unicode/utf8"
)

// isArticle reports whether w is an article dropped when another word
// follows, so "Ar-Raqqah", "Deir ez-Zor" and "Al Hudaydah" match "Raqqah",
// "Deir Zor" and "Hudaydah". A lone "Al" (a name of its own) is kept.
func isArticle(w []byte) bool {
	switch string(w) {
	case "al", "el", "ez", "es", "as", "ad", "ar", "an", "at", "az", "ash", "ath", "adh", "ed",
		"er", "et", "the", "il", "ul":
		return true
	}
	return false
}

// The key is built word by word in fixed buffers, by functions that take
// and return their slices rather than methods on a builder: escape
// analysis then keeps the buffers on the stack, and Key allocates only its
// result for names of ordinary length.

// emitWord appends w to out, dropping doubled letters; last is the last
// byte written.
func emitWord(out []byte, last byte, w []byte) ([]byte, byte) {
	// A final -h after a vowel is a transliteration choice (Raqqa/Raqqah,
	// Hudayda/Hudaydah), not part of the name.
	if n := len(w); n > 2 && w[n-1] == 'h' && isVowel(w[n-2]) {
		w = w[:n-1]
	}
	for _, c := range w {
		if c == last {
			continue // doubled letters: Raqqa = Raqa, Aleppo = Alepo
		}
		last = c
		out = append(out, c)
	}
	return out, last
}

// keyState is the part of a key being built that is not a slice.
type keyState struct {
	pending [4]byte // an article waiting to see whether a word follows
	npend   int
	last    byte
}

// endWord finishes the current word: an article waits in st.pending,
// anything else is emitted (dropping a pending article).
func endWord(out, word []byte, st *keyState) []byte {
	if len(word) == 0 {
		return out
	}
	st.npend = 0 // a word follows the pending article: drop the article
	if isArticle(word) {
		st.npend = copy(st.pending[:], word)
		return out
	}
	out, st.last = emitWord(out, st.last, word)
	return out
}

// Key returns the normalised lookup key of a place name, or "" when the name
// has no Latin letters or digits. It never fails, whatever the input bytes.
func Key(name string) string {
	var outBuf [64]byte
	return string(AppendKey(outBuf[:0], name))
}

// AppendKey appends Key(name) to dst, so a caller can look the key up
// before deciding to keep it as a string.
func AppendKey(dst []byte, name string) []byte {
	var wordBuf [64]byte
	word := wordBuf[:0]
	out := dst
	var st keyState
	for i := 0; i < len(name); {
		c := name[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'A' && c <= 'Z':
				word = append(word, c+32)
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				word = append(word, c)
			case c == '\'' || c == '`':
				// Apostrophes mark a glottal stop or ayn: "Dar'a" = "Daraa".
			default:
				out = endWord(out, word, &st)
				word = word[:0]
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(name[i:])
		i += size
		if f, ok := fold(r); ok {
			word = append(word, f...)
		} else if !isMark(r) {
			// Combining marks and modifier letters (ʻ ʼ ’) vanish; any
			// other character separates words.
			out = endWord(out, word, &st)
			word = word[:0]
		}
	}
	out = endWord(out, word, &st)
	if st.npend > 0 {
		out, _ = emitWord(out, st.last, st.pending[:st.npend]) // the name ended in an article: keep it
	}
	return out
}

// Skeleton returns the key without vowels (a e i o u y w). Names whose keys
// share a skeleton are candidates for a one-vowel fuzzy match.
func Skeleton(key string) string {
	var b strings.Builder
	b.Grow(len(key))
	for i := 0; i < len(key); i++ {
		if !isVowel(key[i]) {
			b.WriteByte(key[i])
		}
	}
	return b.String()
}

// AppendSkeleton appends Skeleton(string(key)) to dst.
func AppendSkeleton(dst, key []byte) []byte {
	for _, c := range key {
		if !isVowel(c) {
			dst = append(dst, c)
		}
	}
	return dst
}

// sameSkeleton compares the skeletons of a and b without building them.
func sameSkeleton(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && isVowel(a[i]) {
			i++
		}
		for j < len(b) && isVowel(b[j]) {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return false
		}
		i++
		j++
	}
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'w':
		return true
	}
	return false
}

// VowelDistance returns the edit distance between two keys, counting only
// edits of vowels, or -1 when they differ in a consonant (their skeletons
// differ). It is cheap for the short strings place names are.
func VowelDistance(a, b string) int {
	if !sameSkeleton(a, b) {
		return -1
	}
	if len(a) > 64 || len(b) > 64 {
		if a == b {
			return 0
		}
		return -1
	}
	var prev, cur [65]int
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func isMark(r rune) bool {
	return (r >= 0x0300 && r <= 0x036F) || (r >= 0x02B0 && r <= 0x02FF) || r == 0x2018 || r == 0x2019 || r == 0x00B4
}

// fold maps a Latin letter with diacritics to its ASCII base.
func fold(r rune) (string, bool) {
	if r >= 0x00C0 && r <= 0x024F {
		s := latin1[r-0x00C0]
		return s, s != ""
	}
	if r >= 0x1E00 && r <= 0x1EFF {
		// Latin Extended Additional: ḥ, ṣ, ạ of scholarly transliteration.
		i := int(r - 0x1E00)
		return extAdditional[i : i+1], true
	}
	return "", false
}
