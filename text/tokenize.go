package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits a sentence into tokens with byte offsets. It keeps
// hyphenated words, abbreviations with internal periods ("U.S."), numbers
// with separators ("2,000", "3.5") and Arabic-style names with apostrophes
// ("Hay'at") as one token, and splits off clitics ("'s", "n't") and
// punctuation, which is what the tagger was trained on.
func Tokenize(s string, buf []Token) []Token {
	toks := buf[:0]
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 {
			i += size
			continue
		}
		j := i + size
		if isWordRune(r) {
			j = scanWord(s, i)
		} else if r == '.' && strings.HasPrefix(s[i:], "...") {
			j = i + 3
		} else if r == '-' && strings.HasPrefix(s[i:], "--") {
			j = i + 2
		}
		toks = appendWord(toks, s, i, j)
		i = j
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

// scanWord returns the end of the word starting at i.
func scanWord(s string, i int) int {
	j := i
	for j < len(s) {
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

// appendWord appends s[i:j], splitting clitics off words.
func appendWord(toks []Token, s string, i, j int) []Token {
	w := s[i:j]
	// Possessive or contracted 's / ’s, and n't.
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			k := j - len(suf)
			toks = append(toks, newToken(s, i, k), newToken(s, k, j))
			return toks
		}
	}
	for _, suf := range []string{"n't", "n’t"} {
		if len(w) > len(suf) && strings.HasSuffix(strings.ToLower(w), suf) {
			k := j - len(suf)
			toks = append(toks, newToken(s, i, k), newToken(s, k, j))
			return toks
		}
	}
	// Plural possessive "forces'" is caught by the apostrophe not being
	// followed by a letter: it became its own token already.
	return append(toks, newToken(s, i, j))
}

func newToken(s string, i, j int) Token {
	t := s[i:j]
	return Token{Text: t, Lower: Fold(t), Start: i, End: j}
}

// Fold lower-cases a word and maps typographic quotes and dashes to ASCII,
// so dictionaries need only one spelling.
func Fold(w string) string {
	ascii := true
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 0x80 || 'A' <= c && c <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch r {
		case '’', '‘', 'ʼ', '`', '´':
			r = '\''
		case '“', '”', '«', '»':
			r = '"'
		case '–', '—', '‐', '‑':
			r = '-'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
