package text

// The tokenizer before the speed work (ASCII fast paths, clitic test without
// strings.ToLower, folded forms in a per-story buffer), kept as the
// reference the fast one must match token for token.

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func refTokenize(s string, buf []Token) []Token {
	toks := buf[:0]
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 {
			i += size
			continue
		}
		j := i + size
		if refIsWordRune(r) {
			j = refScanWord(s, i)
			// A title's or month's period before a capital or a digit
			// stays with it: "Gen. Mark Wilson", "Jan. 5".
			if rest := s[j:]; len(rest) >= 3 && rest[0] == '.' && rest[1] == ' ' && ('A' <= rest[2] && rest[2] <= 'Z' || '0' <= rest[2] && rest[2] <= '9') &&
				slices.Contains(refTitleAbbrevs, strings.ToLower(s[i:j])) {
				j++
			} else if rest := s[j:]; len(rest) >= 3 && rest[0] == '.' && rest[1] == ' ' && 'a' <= rest[2] && rest[2] <= 'z' &&
				slices.Contains([]string{"jr", "sr", "inc", "ltd", "corp", "co"}, strings.ToLower(s[i:j])) {
				j++ // "Marcos Jr. met", "Apple Inc. said"
			}
		} else if r == '.' && strings.HasPrefix(s[i:], "...") {
			j = i + 3
		} else if r == '-' && strings.HasPrefix(s[i:], "--") {
			j = i + 2
		} else if r == '$' && len(toks) > 0 && toks[len(toks)-1].End == i && refCurrencyCode(toks[len(toks)-1].Text) {
			// "US$": the code joins the sign and reads as "$".
			p := &toks[len(toks)-1]
			p.Text, p.Lower, p.End = s[p.Start:j], "$", j
			i = j
			continue
		}
		toks = refAppendWord(toks, s, i, j)
		i = j
	}
	return toks
}

var refTitleAbbrevs = []string{
	"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
	"gov", "brig", "cmdr", "cdr", "gens", "cpl", "pvt", "insp", "supt", "amb", "msgr", "sen",
	"rep", "rev", "st", "sr", "jr", "pres",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}

func refIsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func refIsApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

// scanWord returns the end of the word starting at i.
func refScanWord(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if refIsWordRune(r) {
			j += size
			continue
		}
		// Inner joiners: a word character must follow.
		if r == '-' || r == '.' || r == ',' || refIsApostrophe(r) || r == '/' || r == '&' {
			if j+size < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[j+size:])
				if refIsWordRune(r2) {
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
						if unicode.IsDigit(prev) && unicode.IsDigit(r2) || refIsInitialRun(s, i, j) {
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
			if r == '.' && s[j-1] != '.' && refIsInitialRun(s, i, j) && strings.ContainsRune(s[i:j], '.') {
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
func refIsInitialRun(s string, i, j int) bool {
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
func refAppendWord(toks []Token, s string, i, j int) []Token {
	w := s[i:j]
	// Possessive or contracted 's / ’s, and n't.
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			k := j - len(suf)
			toks = append(toks, refNewToken(s, i, k), refNewToken(s, k, j))
			return toks
		}
	}
	for _, suf := range []string{"n't", "n’t"} {
		if len(w) > len(suf) && strings.HasSuffix(strings.ToLower(w), suf) {
			k := j - len(suf)
			toks = append(toks, refNewToken(s, i, k), refNewToken(s, k, j))
			return toks
		}
	}
	// Plural possessive "forces'" is caught by the apostrophe not being
	// followed by a letter: it became its own token already.
	return append(toks, refNewToken(s, i, j))
}

func refNewToken(s string, i, j int) Token {
	t := s[i:j]
	return Token{Text: t, Lower: refFold(t), Start: i, End: j}
}

// Fold lower-cases a word and maps typographic quotes and dashes to ASCII,
// so dictionaries need only one spelling.
func refFold(w string) string {
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

func FuzzTokenizeMatchesReference(f *testing.F) {
	for _, s := range []string{
		"Syria’s territory", "the U.S.-led coalition", "They DIDN’T go. It ISN'T.", "don't", "n't", "’s", "x’s", "AT&T 2,000 24/7 3.5",
		"Hay’at Tahrir al-Sham, (HTS)", "“de-escalation” agreements", "ÉTATS-UNIS İstanbul ẞ Kelvin \u212a", "\xff\xfeN'T", "forces' positions",
		"e.g. U.S. a.m.", "...--", "\t\v\f\r\u0085\u00a0x", "ª µ º", "A\u0301B",
		"Don`T `Quoted` THE`", "Al-Qaeda’S", "Gen. Mark Wilson met Mr. Li on Jan. 5, not gen. x or Mr.", "ST. Petersburg Sen.", "Marcos Jr. met Apple Inc. officials", "Jr. Sr. x", "US$3 A$ HK$5 USA$ us$ U$$ ($", strings.Repeat("Z", 70) + " " + strings.Repeat("Ab", 40),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := Tokenize(s, nil), refTokenize(s, nil)
		if len(got) != len(want) {
			t.Fatalf("Tokenize(%q): %d tokens, reference %d", s, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("Tokenize(%q) token %d = %+v, reference %+v", s, i, got[i], want[i])
			}
		}
		var arena strings.Builder
		for i, tk := range tokenize(s, nil, &arena) {
			if tk != want[i] {
				t.Fatalf("tokenize with arena (%q) token %d = %+v, reference %+v", s, i, tk, want[i])
			}
		}
		if Fold(s) != refFold(s) {
			t.Fatalf("Fold(%q) = %q, reference %q", s, Fold(s), refFold(s))
		}
	})
}

// TestAnalyzeSharedBuffers checks that sentences analysed together (shared
// token array and folded-string buffer) equal sentences analysed one by one,
// and that appending to one sentence's tokens leaves the next intact.
func TestAnalyzeSharedBuffers(t *testing.T) {
	a, err := NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	story := "The U.S. Secretary of State met Mr. Lavrov on Jan. 5. He left.\nHEADLINE: SYRIA’S ARMY DIDN'T ADVANCE\n" +
		strings.Repeat("Israeli warplanes struck targets in southern Lebanon, the army said. ", 40) + "Short. A"
	sents := a.Analyze(story)
	if len(sents) < 40 {
		t.Fatalf("%d sentences", len(sents))
	}
	for i, s := range sents {
		want := a.Tokens(s.Text, nil)
		if len(s.Tokens) != len(want) || cap(s.Tokens) != len(s.Tokens) {
			t.Fatalf("sentence %d: %d tokens (cap %d), alone %d", i, len(s.Tokens), cap(s.Tokens), len(want))
		}
		for k := range want {
			if s.Tokens[k] != want[k] {
				t.Fatalf("sentence %d token %d = %+v, alone %+v", i, k, s.Tokens[k], want[k])
			}
		}
	}
	_ = append(sents[0].Tokens, Token{Text: "X"})
	if sents[1].Tokens[0].Text != "He" {
		t.Fatalf("append to sentence 0 overwrote sentence 1: %+v", sents[1].Tokens[0])
	}
}

// TestAnalyzeConcurrent shares one Analyzer (and its scratch pool) between
// goroutines; run with -race. Every result must equal the sequential one.
func TestAnalyzeConcurrent(t *testing.T) {
	a, err := NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	stories := []string{
		"Russia met Turkey. Iran did not.\nSYRIA'S ARMY ADVANCED",
		strings.Repeat("Israeli warplanes struck targets in southern Lebanon, the army said. ", 30),
		"", "Hay’at Tahrir al-Sham (HTS) didn't agree.",
	}
	want := make([][]Sentence, len(stories))
	for i, s := range stories {
		want[i] = a.Analyze(s)
	}
	done := make(chan string, 8)
	for w := 0; w < 4; w++ {
		go func() {
			for round := 0; round < 20; round++ {
				for i, s := range stories {
					got := a.Analyze(s)
					if len(got) != len(want[i]) {
						done <- s
						return
					}
					for k := range got {
						if !slices.Equal(got[k].Tokens, want[i][k].Tokens) || got[k].Text != want[i][k].Text {
							done <- s
							return
						}
					}
				}
			}
			done <- ""
		}()
	}
	for w := 0; w < 4; w++ {
		if s := <-done; s != "" {
			t.Errorf("concurrent Analyze(%.40q...) differs from sequential", s)
		}
	}
}

// foldInto tests words eight bytes at a time: every byte value at every
// position of every length around that size must fold as the reference.
func TestFoldEveryPosition(t *testing.T) {
	base := "abcdefghijklmnopqrs"
	for n := 1; n <= len(base); n++ {
		for at := 0; at < n; at++ {
			for c := 0; c < 256; c++ {
				w := base[:at] + string([]byte{byte(c)}) + base[at+1:n]
				if got, want := Fold(w), refFold(w); got != want {
					t.Fatalf("Fold(%q) = %q, reference %q", w, got, want)
				}
			}
		}
	}
}

// refCurrencyCode: one to three ASCII capitals ("US", "A", "HK").
func refCurrencyCode(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
