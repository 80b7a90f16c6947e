package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-events/parley/internal/leview"
)

// Tokenize splits a sentence into tokens with byte offsets. It keeps
// hyphenated words, abbreviations with internal periods ("U.S."), numbers
// with separators ("2,000", "3.5") and Arabic-style names with apostrophes
// ("Hay'at") as one token, and splits off clitics ("'s", "n't") and
// punctuation, which is what the tagger was trained on.
func Tokenize(s string, buf []Token) []Token {
	return appendTokens(s, buf[:0], nil)
}

// tokenize is Tokenize writing folded lower-case forms into arena, when not
// nil, rather than allocating a string per capitalised word.
func tokenize(s string, buf []Token, arena *strings.Builder) []Token {
	return appendTokens(s, buf[:0], arena)
}

// appendTokens is tokenize appending to toks instead of reusing it.
func appendTokens(s string, toks []Token, arena *strings.Builder) []Token {
	n0 := len(toks) // tokens of earlier sentences, whose offsets are not s's
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII fast path: the same decisions as below without
			// decoding.
			if c == ' ' || '\t' <= c && c <= '\r' {
				i++
				continue
			}
			j := i + 1
			if isASCIIWord(c) {
				j = scanWord(s, i)
				if j < len(s) && s[j] == '.' { // titlePeriod's first test
					j = titlePeriod(s, i, j)
				}
			} else if c == '.' && strings.HasPrefix(s[i:], "...") {
				j = i + 3
			} else if c == '-' && strings.HasPrefix(s[i:], "--") {
				j = i + 2
			} else if c == '$' && len(toks) > n0 && currencyPrefix(s, toks[len(toks)-1], i) {
				// "US$3 billion", "HK$500": the dollar's country code
				// is part of the sign, not a country the story names
				// ("The IMF approved a US$3 bln bailout for Sri Lanka"
				// gave its target as the United States). The token
				// keeps its text and reads, lower-cased, as the sign
				// itself, which the actor stage's names skip.
				p := &toks[len(toks)-1]
				p.Text, p.Lower, p.End = s[p.Start:i+1], "$", i+1
				i++
				continue
			}
			// appendWord's common case, without the call: a word that
			// cannot end in a clitic ('s, n't) is one token.
			if last := s[j-1] | 0x20; last != 's' && last != 't' {
				toks = append(toks, newToken(s, i, j, arena))
			} else {
				toks = appendWord(toks, s, i, j, arena)
			}
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 {
			i += size
			continue
		}
		j := i + size
		if isWordRune(r) {
			j = scanWord(s, i)
		}
		toks = appendWord(toks, s, i, j, arena)
		i = j
	}
	return toks
}

func isASCIIWord(c byte) bool { return asciiWord[c] }

// asciiWord[c] is set for the ASCII letters and digits: one load where
// three range tests were, in the loop over every byte of every word.
var asciiWord = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

// scanWord returns the end of the word starting at i.
func scanWord(s string, i int) int {
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if isASCIIWord(c) {
				j++
				continue
			}
			// Most words end at a space or a mark that joins nothing:
			// no decoding, no rune tests.
			if c != '-' && c != '.' && c != ',' && c != '\'' && c != '/' && c != '&' {
				break
			}
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		// Inner joiners: a word character must follow.
		if r == '-' || r == '.' || r == ',' || isApostrophe(r) || r == '/' || r == '&' {
			if j+size < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[j+size:])
				if isWordRune(r2) {
					prev, _ := utf8.DecodeLastRuneInString(s[:j])
					switch {
					case r == ',' || r == '/':
						// Only inside numbers: "2,000", "24/7".
						if unicode.IsDigit(prev) && unicode.IsDigit(r2) {
							j += size
							continue
						}
					case r == '.':
						// "3.5", "U.S.", "e.g."; not "end.Next".
						if unicode.IsDigit(prev) && unicode.IsDigit(r2) || isInitialRun(s, i, j) {
							j += size
							continue
						}
					case r == '&':
						if unicode.IsUpper(prev) && unicode.IsUpper(r2) { // "AT&T"
							j += size
							continue
						}
					default:
						j += size
						continue
					}
				}
			}
			// Trailing period of an initialism: "U.S." keeps its last period.
			if r == '.' && s[j-1] != '.' && isInitialRun(s, i, j) && strings.ContainsRune(s[i:j], '.') {
				j += size
				continue // "U.S.-led" goes on through the hyphen
			}
		}
		break
	}
	return j
}

// isInitialRun reports whether s[i:j] looks like "U", "U.S", "e.g": single
// letters separated by periods.
func isInitialRun(s string, i, j int) bool {
	n := 0
	for k := i; k < j; {
		r, size := utf8.DecodeRuneInString(s[k:])
		if r == '.' {
			n = 0
		} else if unicode.IsLetter(r) {
			n++
			if n > 1 {
				return false
			}
		} else {
			return false
		}
		k += size
	}
	return true
}

// titlePeriod keeps the period of a title or month abbreviation before a
// name or a number with its word, as the Penn Treebank (and so the tagger)
// does: "Gen. Mark Wilson", "Mr. Putin", "Jan. 5"; and that of a name's or
// company's suffix before a lower-case word ("Marcos Jr. met"). A period
// split off mid-sentence was tagged as a sentence's end. The words and
// where their periods stay are segment.go's abbreviations. It returns the
// word's new end.
func titlePeriod(s string, i, j int) int {
	if j-i > 4 || j+2 >= len(s) || s[j] != '.' || s[j+1] != ' ' {
		return j
	}
	var keeps abbrev
	switch c := s[j+2]; {
	case 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		keeps = keepsBeforeCapital
	case 'a' <= c && c <= 'z':
		keeps = keepsBeforeLower
	default:
		return j
	}
	var buf [4]byte
	if abbreviations[lowerView(buf[:0], s[i:j])]&keeps != 0 {
		return j + 1
	}
	return j
}

// appendWord appends s[i:j], splitting clitics off words.
func appendWord(toks []Token, s string, i, j int, arena *strings.Builder) []Token {
	w := s[i:j]
	// Possessive or contracted 's / ’s ('S, ’S), and n't / n’t in any case.
	// (cliticStart's first test, on the last byte, is inlined.)
	if last := w[len(w)-1] | 0x20; last == 's' || last == 't' {
		if k := cliticStart(w); k > 0 {
			return append(toks, newToken(s, i, i+k, arena), newToken(s, i+k, j, arena))
		}
	}
	// Plural possessive "forces'" is caught by the apostrophe not being
	// followed by a letter: it became its own token already.
	return append(toks, newToken(s, i, j, arena))
}

func newToken(s string, i, j int, arena *strings.Builder) Token {
	t := s[i:j]
	return Token{Text: t, Lower: foldInto(t, arena), Start: i, End: j}
}

// cliticStart returns where a final 's or n't starts in w, or 0. The word
// must be longer than the clitic.
func cliticStart(w string) int {
	n := len(w)
	if n < 3 {
		return 0
	}
	if last := w[n-1]; last == 's' || last == 'S' {
		if w[n-2] == '\'' {
			return n - 2
		}
		if n > 4 && w[n-4:n-1] == "’" {
			return n - 4
		}
		return 0
	}
	if last := w[n-1]; last != 't' && last != 'T' {
		return 0
	}
	// n't: the word is longer than the clitic; with ’ the clitic is 5 bytes.
	if n > 3 && w[n-2] == '\'' && (w[n-3] == 'n' || w[n-3] == 'N') {
		return n - 3
	}
	if n > 5 && w[n-4:n-1] == "’" && (w[n-5] == 'n' || w[n-5] == 'N') {
		return n - 5
	}
	return 0
}

// Fold lower-cases a word and maps typographic quotes and dashes to ASCII,
// so dictionaries need only one spelling.
func Fold(w string) string { return foldInto(w, nil) }

// foldInto is Fold writing into arena when it is not nil: one buffer per
// story instead of a string per capitalised word. Strings taken from a
// strings.Builder stay valid as it grows, since it never rewrites bytes.
func foldInto(w string, arena *strings.Builder) string {
	// Most words have no capital and no byte of 0x80 or more, and are
	// their own folded form. The test reads eight bytes at a time (a
	// short word packed into one word, its zero padding flagging nothing):
	// a byte is a capital when adding 0x80-'A' sets its top bit and adding
	// 0x80-'Z'-1 does not; on bytes below 0x80 neither sum carries over,
	// and a byte of 0x80 or more flags itself.
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	var acc uint64
	switch n := len(w); {
	case n >= 8:
		for i := 0; i+8 < n; i += 8 {
			x := leview.Load64(w[i : i+8])
			acc |= x | (x+(0x80-'A')*ones)&^(x+(0x80-'Z'-1)*ones)
		}
		x := leview.Load64(w[n-8:])
		acc |= x | (x+(0x80-'A')*ones)&^(x+(0x80-'Z'-1)*ones)
	case n >= 4:
		x := uint64(leview.Load32(w[:4])) | uint64(leview.Load32(w[n-4:]))<<32
		acc = x | (x+(0x80-'A')*ones)&^(x+(0x80-'Z'-1)*ones)
	case n > 0:
		x := uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
		acc = x | (x+(0x80-'A')*ones)&^(x+(0x80-'Z'-1)*ones)
	}
	if acc&highs == 0 {
		return w
	}
	return foldCapital(w, arena)
}

// foldCapital is foldInto for a word with a capital or a byte of 0x80 or
// more.
func foldCapital(w string, arena *strings.Builder) string {
	high := false
	for _, c := range []byte(w) {
		if c >= 0x80 {
			high = true
			break
		}
	}
	var own strings.Builder
	b := arena
	if b == nil {
		b = &own
		b.Grow(len(w))
	}
	start := b.Len()
	if !high && len(w) <= 64 {
		// A capitalised ASCII word, the common case: folded on the stack
		// and written at once, as the loop below would byte by byte
		// (of ASCII, it maps only capitals and '`').
		var buf [64]byte
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			} else if c == '`' {
				c = '\''
			}
			buf[i] = c
		}
		b.Write(buf[:len(w)])
		return b.String()[start:]
	}
	for _, r := range w {
		switch r {
		case '’', '‘', 'ʼ', '`', '´':
			r = '\''
		case '“', '”', '«', '»':
			r = '"'
		case '–', '—', '‐', '‑':
			r = '-'
		}
		if 'A' <= r && r <= 'Z' {
			b.WriteByte(byte(r) + 'a' - 'A')
		} else if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()[start:]
}

// currencyPrefix: the token before the "$" at i is one to three capital
// letters written right against it, the code of a dollar ("US$", "A$",
// "HK$", "NZ$").
func currencyPrefix(s string, prev Token, i int) bool {
	if prev.End != i || i-prev.Start > 3 || prev.Start >= i {
		return false
	}
	for k := prev.Start; k < i; k++ {
		if s[k] < 'A' || s[k] > 'Z' {
			return false
		}
	}
	return true
}
