package when

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tkPunct tokKind = iota
	tkWord
	tkNum
)

// Number flags. A number that is grouped, decimal, a clock time or glued to
// a unit ("5km", "3pm") is a quantity, never part of a date.
const (
	nfOrdinal  uint8 = 1 << iota // 9th, 21st
	nfDecade                     // 1990s
	nfQuantity                   // 2,000 / 3.5 / 15:00 / 5km
)

// token is a word, a number or one punctuation character. Words carry their
// lexicon entry so the grammar never compares strings.
type token struct {
	start, end int32
	kind       tokKind
	sp         bool // whitespace (or the sentence start) precedes the token
	cap        bool // word starts with an upper-case letter
	ch         byte // punctuation: the ASCII character, '-' for every dash, 0 for other
	nd         uint8
	nflag      uint8
	val        int32 // number value, -1 when it has more than 9 digits
	lex        lexEntry
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return asciiLetter[c] }

// asciiLetter[c] is set for ASCII letters: one load in the loops over
// every byte of a sentence.
var asciiLetter = func() (t [256]bool) {
	for c := range t {
		t[c] = (c|0x20) >= 'a' && (c|0x20) <= 'z'
	}
	return t
}()

// mayHaveDate is the pre-filter: true if the sentence holds a digit or a
// word that can start a date expression. It never allocates, and it is a
// superset of what the grammar can match, so a false result is final.
func (r *Resolver) mayHaveDate(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if isDigit(c) {
			return true
		}
		if !isLetter(c) {
			i++
			continue
		}
		j := i
		for j < len(s) && isLetter(s[j]) {
			j++
		}
		if n := j - i; n < 32 && r.trig[(c|0x20)-'a'][(s[j-1]|0x20)-'a']&(1<<n) != 0 && r.lookup(s[i:j]).trigger() {
			return true
		}
		i = j
	}
	return false
}

// lexTable is an open-addressing hash table over the lexicon. Every word
// of every sentence is looked up, and hashing while lower-casing in one
// pass costs a third of a Go map lookup on a converted string.
type lexTable struct {
	keys [lexSlots]string
	vals [lexSlots]lexEntry
}

const lexSlots = 1024 // power of two, at least 3x the lexicon

func lexHash(w string) uint32 {
	h := uint32(2166136261)
	for k := 0; k < len(w); k++ {
		h = (h ^ uint32(w[k]|0x20)) * 16777619
	}
	return h
}

func (t *lexTable) build(lex map[string]lexEntry) error {
	if len(lex)*3 > lexSlots {
		return fmt.Errorf("%d words: more than the table holds (%d)", len(lex), lexSlots/3)
	}
	for w, e := range lex {
		i := lexHash(w) & (lexSlots - 1)
		for t.keys[i] != "" {
			i = (i + 1) & (lexSlots - 1)
		}
		t.keys[i], t.vals[i] = w, e
	}
	return nil
}

// lookup finds an ASCII word case-insensitively without allocating.
func (r *Resolver) lookup(w string) lexEntry {
	if len(w) == 0 || len(w) > 16 {
		return lexEntry{}
	}
	t := &r.lex
	for i := lexHash(w) & (lexSlots - 1); ; i = (i + 1) & (lexSlots - 1) {
		k := t.keys[i]
		if k == "" {
			return lexEntry{}
		}
		if len(k) == len(w) && eqFold(w, k) {
			return t.vals[i]
		}
	}
}

// tokenize appends the tokens of s to dst.
func (r *Resolver) tokenize(s string, dst []token) []token {
	return r.tokenizeFrom(s, 0, true, dst)
}

// tokenizeFrom is tokenize from byte i of s, where a token starts, sp
// telling whether whitespace (or the sentence start) precedes it.
func (r *Resolver) tokenizeFrom(s string, i int, sp bool, dst []token) []token {
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			sp = true
			i++
			continue
		case isLetter(c):
			j := i
			ascii := true
			for j < len(s) {
				if isLetter(s[j]) {
					j++
					continue
				}
				if s[j] >= utf8.RuneSelf {
					ru, size := utf8.DecodeRuneInString(s[j:])
					if ru != utf8.RuneError && unicode.IsLetter(ru) {
						ascii = false
						j += size
						continue
					}
				}
				break
			}
			t := token{start: int32(i), end: int32(j), kind: tkWord, sp: sp, cap: c <= 'Z'}
			if n := j - i; ascii && n < 32 && r.word[(c|0x20)-'a'][(s[j-1]|0x20)-'a']&(1<<n) != 0 {
				t.lex = r.lookup(s[i:j])
			}
			dst = append(dst, t)
			i = j
		case isDigit(c):
			dst = append(dst, scanNumber(s, i, sp))
			i = int(dst[len(dst)-1].end)
		case c < utf8.RuneSelf:
			if c == '-' || c == '/' || c == ',' || c == '.' || c == ':' || c == '%' || c == '\'' || c == '(' || c == ')' || c == ';' {
				dst = append(dst, token{start: int32(i), end: int32(i + 1), kind: tkPunct, sp: sp, ch: c})
			} else {
				dst = append(dst, token{start: int32(i), end: int32(i + 1), kind: tkPunct, sp: sp})
			}
			i++
		default:
			ru, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case ru == utf8.RuneError:
				dst = append(dst, token{start: int32(i), end: int32(i + size), kind: tkPunct, sp: sp})
			case ru >= 0x2010 && ru <= 0x2015 || ru == 0x2212:
				dst = append(dst, token{start: int32(i), end: int32(i + size), kind: tkPunct, sp: sp, ch: '-'})
			case unicode.IsSpace(ru):
				sp = true
				i += size
				continue
			case unicode.IsLetter(ru):
				j := i + size
				for j < len(s) {
					r2, n2 := utf8.DecodeRuneInString(s[j:])
					if r2 == utf8.RuneError || !unicode.IsLetter(r2) {
						break
					}
					j += n2
				}
				dst = append(dst, token{start: int32(i), end: int32(j), kind: tkWord, sp: sp, cap: unicode.IsUpper(ru)})
				i = j
				sp = false
				continue
			default:
				dst = append(dst, token{start: int32(i), end: int32(i + size), kind: tkPunct, sp: sp})
			}
			i += size
		}
		sp = false
	}
	return dst
}

// scanNumber reads the number starting at s[i], folding in digit groups,
// decimals, clock times and glued suffixes so that "2,000", "3.5", "15:00"
// and "5km" become one quantity token and "9th" and "1990s" one token each.
func scanNumber(s string, i int, sp bool) token {
	t := token{start: int32(i), kind: tkNum, sp: sp}
	j := i
	var v int64
	for j < len(s) && isDigit(s[j]) {
		if v < 1e9 {
			v = v*10 + int64(s[j]-'0')
		}
		j++
	}
	nd := j - i
	if nd > 9 {
		t.val = -1
	} else {
		t.val = int32(v)
	}
	if nd > 255 {
		nd = 255
	}
	t.nd = uint8(nd)
	for j+1 < len(s) && (s[j] == ',' || s[j] == '.' || s[j] == ':') && isDigit(s[j+1]) {
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		// "5,2020" would be odd, but "3,000" and "3.5" and "15:00" are
		// quantities; only a comma needs exactly three digits to count.
		if s[j] == ',' && k-j-1 != 3 {
			break
		}
		t.nflag |= nfQuantity
		j = k
	}
	// "2024-01-25T10:00": the ISO time designator ends the day number.
	if j+1 < len(s) && s[j] == 'T' && isDigit(s[j+1]) {
		t.end = int32(j)
		return t
	}
	if j < len(s) && isLetter(s[j]) {
		k := j
		for k < len(s) && isLetter(s[k]) {
			k++
		}
		switch suf := s[j:k]; {
		case suf == "s":
			t.nflag |= nfDecade
		case eqFold(suf, "th") || eqFold(suf, "st") || eqFold(suf, "nd") || eqFold(suf, "rd"):
			t.nflag |= nfOrdinal
		default:
			t.nflag |= nfQuantity
		}
		j = k
	}
	t.end = int32(j)
	return t
}

func eqFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i]|0x20 != b[i] {
			return false
		}
	}
	return true
}
