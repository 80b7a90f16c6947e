package text

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// abbreviations end in a period that does not end a sentence. Lower case,
// without the final period. Kept small and general: titles, months,
// corporate suffixes and Latin shorthands that wire copy uses. The
// tokenizer keeps the period with its word where the flags say
// (titlePeriod): a title or month before a capital or a digit ("Gen. Mark
// Wilson", "Jan. 5"), a name's or company's suffix before a lower-case
// word ("Marcos Jr. met", "Apple Inc. said").
var abbreviations = func() map[string]abbrev {
	m := map[string]abbrev{}
	add := func(flags abbrev, words ...string) {
		for _, w := range words {
			m[w] |= abbrevKnown | flags
		}
	}
	add(keepsBeforeCapital,
		"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "gov",
		"brig", "cmdr", "cdr", "gens", "cpl", "pvt", "insp", "supt", "amb", "msgr",
		"sen", "rep", "rev", "st", "sr", "jr", "pres",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
	add(keepsBeforeLower, "jr", "sr", "inc", "ltd", "corp", "co")
	add(0, "lt.-gen", "lt-gen", "maj.-gen", "no", "vs", "etc",
		"e.g", "i.e", "approx", "est", "dept", "mt", "ft",
		"u.s", "u.n", "u.k", "e.u", "a.m", "p.m")
	return m
}()

// abbrev flags an entry of abbreviations.
type abbrev uint8

const (
	abbrevKnown        abbrev = 1 << iota // every entry: its period ends no sentence by itself
	keepsBeforeCapital                    // the tokenizer keeps its period before a capital or digit
	keepsBeforeLower                      // ... before a lower-case word
)

// MaxSentenceBytes caps a sentence; longer runs without a sentence break
// (a 20 MB file with no full stop) are cut at spaces.
const MaxSentenceBytes = 2000

// segPlain8 reports whether none of the eight bytes of x (little-endian)
// can end a sentence or start a multi-byte rune: none is '\n', '.', '!'
// or '?' and none has the high bit. A zero byte test per character with
// the classic (v-ones)&^v&highs trick, which never misses one.
func segPlain8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	if x&highs != 0 {
		return false
	}
	nl, dot, bang, q := x^('\n'*ones), x^('.'*ones), x^('!'*ones), x^('?'*ones)
	return ((nl-ones)&^nl|(dot-ones)&^dot|(bang-ones)&^bang|(q-ones)&^q)&highs == 0
}

// load8 reads s's first eight bytes as a little-endian word; s must have
// eight.
func load8(s string) uint64 {
	_ = s[7]
	return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s), 8)) // read only
}

// Segment splits text into sentence spans [start, end) of byte offsets. It
// breaks at newlines (headlines and paragraphs have no final period), and
// after . ! ? when the next word starts a sentence and the word before is
// not an abbreviation or an initial.
func Segment(text string) [][2]int { return appendSegment(nil, text) }

// appendSegment is Segment appending to out, so a caller can keep the
// spans of a short story on its stack.
func appendSegment(out [][2]int, text string) [][2]int {
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		s, e := trimSpan(text, start, end)
		for e-s > MaxSentenceBytes {
			// No sentence is this long: split at the last space before the
			// cap so work per sentence stays bounded on pathological input.
			cut := s + MaxSentenceBytes
			for cut > s+MaxSentenceBytes/2 && text[cut] != ' ' {
				cut--
			}
			if text[cut] != ' ' {
				cut = s + MaxSentenceBytes
				for cut > s && !utf8.RuneStart(text[cut]) {
					cut--
				}
				if cut == s {
					// A run of continuation bytes (invalid UTF-8) with no
					// rune start: cut anyway, or the loop never advances.
					cut = s + MaxSentenceBytes
				}
			}
			a, b := trimSpan(text, s, cut)
			if b > a {
				out = append(out, [2]int{a, b})
			}
			s, e = trimSpan(text, cut, e)
		}
		if e > s {
			out = append(out, [2]int{s, e})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf && c != '\n' && c != '.' && c != '!' && c != '?' {
			// ASCII that cannot end a sentence: the common case, decided
			// without decoding.
			if start < 0 {
				if c != ' ' && (c < '\t' || c > '\r') {
					start = i
				}
				i++
				continue
			}
			// Inside a sentence only a sentence end or a non-ASCII byte
			// matters: skip the bytes between them eight at a time, since
			// this loop sees every byte of every story.
			i++
			for i+8 <= len(text) && segPlain8(load8(text[i:])) {
				i += 8
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if start < 0 && !unicode.IsSpace(r) {
			start = i
		}
		switch {
		case r == '\n':
			if !wrappedLine(text, start, i) { // wrapped_x17.go
				emit(i)
			}
		case r == '.' || r == '!' || r == '?':
			j := i + size
			// Absorb runs like "?!" or "..." and closing quotes/brackets.
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '.' || r2 == '!' || r2 == '?' || isClosing(r2) {
					j += s2
					continue
				}
				break
			}
			if start >= 0 && sentenceBreak(text, start, i, j) {
				emit(j)
			}
			i = j
			continue
		}
		i += size
	}
	emit(len(text))
	return out
}

// agencyTag reports whether s starts with a news agency's tag after a
// dateline: "(AP)", "(Reuters)", "(AFP)", a short parenthesised word with
// a capital first letter.
func agencyTag(s string) bool {
	end := strings.IndexByte(s, ')')
	if end < 3 || end > 12 {
		return false
	}
	if c := s[1]; c < 'A' || c > 'Z' {
		return false
	}
	for i := 2; i < end; i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-' || c == ' ') {
			return false
		}
	}
	return true
}

func isClosing(r rune) bool {
	return r == '"' || r == '\'' || r == ')' || r == ']' || r == '”' || r == '’' || r == '»'
}

// sentenceBreak decides whether the punctuation at text[p] (run ending at j)
// closes the sentence that began at start.
func sentenceBreak(text string, start, p, j int) bool {
	if j < len(text) {
		r, _ := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r) {
			return false // "U.S.-led", "3.5", "example.com"
		}
	}
	// Next non-space rune must plausibly start a sentence.
	k := j
	for k < len(text) {
		r, s := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsSpace(r) || r == '\n' {
			break
		}
		k += s
	}
	if k < len(text) {
		r, _ := utf8.DecodeRuneInString(text[k:])
		if unicode.IsLower(r) {
			return false
		}
		if r == '(' && agencyTag(text[k:]) {
			return false // a dateline: "TOWER, Minn. (AP) --"
		}
	}
	if text[p] != '.' {
		return true
	}
	// The word before the period.
	w := p
	for w > start {
		r, s := utf8.DecodeLastRuneInString(text[:w])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' {
			break
		}
		w -= s
	}
	var buf [16]byte
	word := lowerView(buf[:0], text[w:p])
	if word == "no" {
		// "No. 5" abbreviates number; "said no." ends a sentence.
		return k >= len(text) || !unicode.IsDigit(rune(text[k]))
	}
	if abbreviations[word] != 0 {
		// "U.S." at the end of a sentence is common; only keep going if the
		// next word is capitalised, which it is (checked above), so an
		// abbreviation followed by a capital stays ambiguous: titles never
		// end sentences, country abbreviations often do.
		switch word {
		case "u.s", "u.n", "u.k", "e.u", "etc", "inc", "ltd", "corp", "co":
			return startsSentence(text[k:])
		case "a.m", "p.m":
			return !clockGoesOn(text[k:])
		}
		return false
	}
	if n := utf8.RuneCountInString(word); n == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.IsLetter(r) {
			return false // an initial: "George W. Bush"
		}
	}
	return true
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}

// sentenceStarters are words that, capitalised after an ambiguous
// abbreviation ("the U.S. The ..."), signal a new sentence; a capitalised
// noun after it ("the U.S. Secretary") usually continues the same one.
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "in": true, "on": true, "at": true, "but": true, "and": true,
	"this": true, "that": true, "these": true, "those": true, "there": true, "his": true,
	"her": true, "their": true, "its": true, "after": true, "before": true, "meanwhile": true,
	"however": true, "last": true, "earlier": true, "later": true, "officials": true, "when": true,
	"if": true, "while": true, "since": true, "according": true, "both": true, "some": true,
}

func startsSentence(rest string) bool {
	end := 0
	for end < len(rest) && (rest[end] >= 'A' && rest[end] <= 'Z' || rest[end] >= 'a' && rest[end] <= 'z') {
		end++
	}
	var buf [16]byte
	return sentenceStarters[lowerView(buf[:0], rest[:end])]
}

// lowerView is strings.ToLower(s), lower-cased ASCII into buf when it
// fits there (most words before a period do). The result may point into
// buf: it is for lookups and comparisons only, never to keep.
func lowerView(buf []byte, s string) string {
	if len(s) > cap(buf) {
		return strings.ToLower(s)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return unsafe.String(unsafe.SliceData(buf), len(buf))
}

// clockGoesOn: the capitalised words after "a.m." or "p.m." go on with
// the time: a day or month ("at 2 a.m. Tuesday", "p.m. Oct 4"), a time
// zone ("8 p.m. GMT") or a place's clock ("3 p.m. Moscow time"). Any
// other capital opens a new sentence: "The blast happened at 9 a.m.
// Police cordoned off the area" was one sentence, and the second
// clause's subject became the first one's.
func clockGoesOn(rest string) bool {
	end := 0
	for end < len(rest) && (rest[end] >= 'A' && rest[end] <= 'Z' || rest[end] >= 'a' && rest[end] <= 'z') {
		end++
	}
	if end == 0 {
		return true // "5 p.m. (1400 GMT)": not a word, as before
	}
	var buf [16]byte
	if clockWord(lowerView(buf[:0], rest[:end])) {
		return true
	}
	// "3 p.m. Moscow time", "10 a.m. Beijing time": one name, then "time".
	after := rest[end:]
	return len(after) >= 5 && after[0] == ' ' && after[1:5] == "time" && (len(after) == 5 || !isASCIIWord(after[5]))
}

// clockWord: the words that follow a clock time in the same sentence.
func clockWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
		"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt",
		"cet", "cest", "bst", "ist", "jst", "kst", "msk", "eat", "wat", "cat", "aest",
		"local", "today", "tomorrow", "yesterday", "tonight":
		return true
	}
	return monthName(w)
}
