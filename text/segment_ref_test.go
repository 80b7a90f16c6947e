package text

// Segment before its ASCII fast path, kept as the reference the fast one
// must match span for span. Rule changes made since (the cut inside a run
// of continuation bytes, agency tags after datelines, hard-wrapped lines
// that go on) are made here too.

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func refSegment(text string) [][2]int {
	var out [][2]int
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		s, e := refTrimSpan(text, start, end)
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
					cut = s + MaxSentenceBytes
				}
			}
			a, b := refTrimSpan(text, s, cut)
			if b > a {
				out = append(out, [2]int{a, b})
			}
			s, e = refTrimSpan(text, cut, e)
		}
		if e > s {
			out = append(out, [2]int{s, e})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if start < 0 && !unicode.IsSpace(r) {
			start = i
		}
		switch {
		case r == '\n':
			if !wrappedLine(text, start, i) { // a hard-wrapped line goes on (X17)
				emit(i)
			}
		case r == '.' || r == '!' || r == '?':
			j := i + size
			// Absorb runs like "?!" or "..." and closing quotes/brackets.
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '.' || r2 == '!' || r2 == '?' || refIsClosing(r2) {
					j += s2
					continue
				}
				break
			}
			if start >= 0 && refSentenceBreak(text, start, i, j) {
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

func refIsClosing(r rune) bool {
	return r == '"' || r == '\'' || r == ')' || r == ']' || r == '”' || r == '’' || r == '»'
}

// sentenceBreak decides whether the punctuation at text[p] (run ending at j)
// closes the sentence that began at start.
func refSentenceBreak(text string, start, p, j int) bool {
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
			return false
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
	word := strings.ToLower(text[w:p])
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
			return refStartsSentence(text[k:])
		case "a.m", "p.m":
			return !refClockGoesOn(text[k:])
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

func refTrimSpan(text string, s, e int) (int, int) {
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

func refStartsSentence(rest string) bool {
	end := 0
	for end < len(rest) && (rest[end] >= 'A' && rest[end] <= 'Z' || rest[end] >= 'a' && rest[end] <= 'z') {
		end++
	}
	return sentenceStarters[strings.ToLower(rest[:end])]
}

func FuzzSegmentMatchesReference(f *testing.F) {
	for _, s := range []string{
		"Russia met Turkey. Iran did not.", "The U.S. Secretary met Mr. Lavrov on Jan. 5. He left.",
		"Headline\nBody.", "\t\v\f\r x. Y", "\u0085A. B\u00a0C. D", "No. 5 said no. Then", "a.b. c", "?!...",
		strings.Repeat("word ", 600), strings.Repeat("x", 2500) + ". Y", "\xff. \xfe. A", "é. É. ü",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Segment(s), refSegment(s); !slices.Equal(got, want) {
			t.Fatalf("Segment(%q) = %v, reference %v", s, got, want)
		}
	})
}

// refClockGoesOn is clockGoesOn written plainly.
func refClockGoesOn(rest string) bool {
	fields := strings.FieldsFunc(rest, func(r rune) bool {
		return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z')
	})
	if len(fields) == 0 || !strings.HasPrefix(rest, fields[0]) {
		return true
	}
	if clockWord(strings.ToLower(fields[0])) {
		return true
	}
	return len(fields) > 1 && fields[1] == "time" && strings.HasPrefix(rest[len(fields[0]):], " time")
}
