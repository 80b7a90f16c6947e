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

// articles are dropped when another word follows, so "Ar-Raqqah",
// "Deir ez-Zor" and "Al Hudaydah" match "Raqqah", "Deir Zor", "Hudaydah".
// A lone "Al" (a name of its own) is kept.
var articles = map[string]bool{
	"al": true, "el": true, "ez": true, "es": true, "as": true, "ad": true, "ar": true,
	"an": true, "at": true, "az": true, "ash": true, "ath": true, "adh": true, "ed": true,
	"er": true, "et": true, "the": true, "il": true, "ul": true,
}

// Key returns the normalised lookup key of a place name, or "" when the name
// has no letters or digits. It never fails, whatever the input bytes.
func Key(name string) string {
	var words [8]string
	ws := words[:0]
	var b strings.Builder
	b.Grow(len(name))
	flush := func() {
		if b.Len() > 0 {
			ws = append(ws, b.String())
			b.Reset()
		}
	}
	for i := 0; i < len(name); {
		c := name[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'A' && c <= 'Z':
				b.WriteByte(c + 32)
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				b.WriteByte(c)
			case c == '\'' || c == '`':
				// Apostrophes mark a glottal stop or ayn: "Dar'a" = "Daraa".
			default:
				flush()
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(name[i:])
		i += size
		if f, ok := fold(r); ok {
			b.WriteString(f)
		} else if isMark(r) {
			// combining marks and modifier letters (ʻ ʼ ’) vanish
		} else {
			flush()
		}
	}
	flush()
	if len(ws) == 0 {
		return ""
	}
	var out strings.Builder
	out.Grow(len(name))
	var last byte
	for i, w := range ws {
		if i < len(ws)-1 && articles[w] {
			continue
		}
		// A final -h after a vowel is a transliteration choice
		// (Raqqa/Raqqah, Hudayda/Hudaydah), not part of the name.
		if n := len(w); n > 2 && w[n-1] == 'h' && isVowel(w[n-2]) {
			w = w[:n-1]
		}
		for j := 0; j < len(w); j++ {
			if w[j] == last {
				continue // doubled letters: Raqqa = Raqa, Aleppo = Alepo
			}
			last = w[j]
			out.WriteByte(w[j])
		}
	}
	return out.String()
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
	if Skeleton(a) != Skeleton(b) {
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
