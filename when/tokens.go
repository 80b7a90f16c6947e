package when

import "github.com/parley-events/parley/text"

// FindTokens is Find for a sentence the text stage has already tokenised.
func (r *Resolver) FindTokens(s *text.Sentence) []Expr {
	return r.AppendFindTokens(nil, s)
}

// AppendFindTokens is AppendFind(dst, s.Text) for a sentence the text
// stage has already tokenised, with the same result. The date grammar
// needs its own tokens (it splits "15:00", "don't" and "mid-March"
// differently from text.Tokenize, and keeps "5km" or "9th" as one number),
// but s.Tokens' offsets say where words start and end, so a word of ASCII
// letters, a number or a punctuation mark is classified without scanning
// the whitespace and punctuation around it again, and the pre-filter
// (a digit or a trigger word) is decided in the same pass. A whitespace-
// delimited run of text tokens holding anything else (an apostrophe, a
// hyphen, non-ASCII letters, a number the two tokenizers split apart) is
// tokenised byte by byte as AppendFind would. Only the tokens' Start and
// End are read; tokens that do not tile s.Text as text.Tokenize's do
// (out of order, out of range, or with anything but ASCII spaces between
// them) make it fall back to AppendFind, so the result never depends on
// them being right.
func (r *Resolver) AppendFindTokens(dst []Expr, s *text.Sentence) []Expr {
	if !r.mayHaveDateSpans(s.Text, s.Tokens) {
		return dst
	}
	var buf [maxStackTokens]token
	toks, _, ok := r.fromTokens(s.Text, s.Tokens, buf[:0])
	if !ok {
		return r.AppendFind(dst, s.Text)
	}
	p := parser{t: toks}
	n := len(dst)
	dst = p.find(dst)
	for i := n; i < len(dst); i++ {
		dst[i].Text = s.Text[dst[i].Start:dst[i].End]
	}
	return dst
}

// mayHaveDateSpans is mayHaveDate(s), deciding most words from the spans:
// a span starting with a digit passes the sentence at once, and one of
// ASCII letters with no letter after it is a whole letter run, so only its
// length and first letter are tried before the lexicon. It stops at the
// first span that is neither (nor one ASCII mark) and scans the rest of
// the text as mayHaveDate does: no letter run reaches back across the
// spans before it, since each of those ends in a mark, a non-letter or
// whitespace. Spans out of order or with more than ASCII spaces between
// them send the whole text to mayHaveDate.
func (r *Resolver) mayHaveDateSpans(s string, spans []text.Token) bool {
	prev := 0
	for k := range spans {
		a, b := spans[k].Start, spans[k].End
		if a < prev || b <= a || b > len(s) {
			return r.mayHaveDate(s)
		}
		for g := prev; g < a; g++ {
			if !isSpace(s[g]) {
				return r.mayHaveDate(s)
			}
		}
		prev = b
		c := s[a]
		switch {
		case isDigit(c):
			return true
		case isLetter(c):
			j := a + 1
			for j < b && isLetter(s[j]) {
				j++
			}
			if j == b && (b == len(s) || s[b] < 0x80 && !isLetter(s[b])) {
				if n := b - a; n < 32 && r.trig[(c|0x20)-'a']&(1<<n) != 0 && r.lookup(s[a:b]).trigger() {
					return true
				}
				continue
			}
		case c < 0x80 && b == a+1 && !isSpace(c):
			continue
		}
		return r.mayHaveDate(s[a:])
	}
	for g := prev; g < len(s); g++ {
		if !isSpace(s[g]) {
			return r.mayHaveDate(s)
		}
	}
	return false
}

// fromTokens returns what tokenize(s) returns, built from the text
// stage's spans, and what mayHaveDate(s) returns. ok is false when the
// spans do not tile s as expected; then neither result is valid.
//
// The invariant: every span taken on the fast path starts where
// tokenize's own scan would start a token, with the same sp, and ends
// where that token ends, so tokenize continues from the same state. A
// span is fast when it is ASCII letters followed by neither a letter nor
// a non-ASCII byte (the letter run ends exactly there), a number whose
// scanNumber ends exactly at its end, or one ASCII mark other than a
// space. Anything else sends the run of touching spans it sits in, which
// whitespace ends on both sides, to tokenizeFrom, and the pre-filter to
// mayHaveDate over the same bytes: neither a letter run, a number nor
// a lookahead crosses whitespace, so both give what the whole-sentence
// scans give there.
func (r *Resolver) fromTokens(s string, spans []text.Token, dst []token) (_ []token, hit, ok bool) {
	prev := 0 // end of the last span handled
	for k := 0; k < len(spans); k++ {
		a, b := spans[k].Start, spans[k].End
		if a < prev || b <= a || b > len(s) {
			return dst, false, false
		}
		for g := prev; g < a; g++ {
			if !isSpace(s[g]) {
				return dst, false, false
			}
		}
		sp := a == 0 || a > prev
		prev = b
		c := s[a]
		switch {
		case isLetter(c):
			j := a + 1
			for j < b && isLetter(s[j]) {
				j++
			}
			if j == b && (b == len(s) || s[b] < 0x80 && !isLetter(s[b])) {
				t := token{start: int32(a), end: int32(b), kind: tkWord, sp: sp, cap: c <= 'Z'}
				if n := b - a; n < 32 && r.word[(c|0x20)-'a']&(1<<n) != 0 {
					t.lex = r.lookup(s[a:b])
					hit = hit || t.lex.trigger()
				}
				dst = append(dst, t)
				continue
			}
		case isDigit(c):
			if t := scanNumber(s, a, sp); int(t.end) == b {
				dst = append(dst, t)
				hit = true
				continue
			}
		case c < 0x80 && b == a+1 && !isSpace(c):
			t := token{start: int32(a), end: int32(b), kind: tkPunct, sp: sp}
			if c == '-' || c == '/' || c == ',' || c == '.' || c == ':' || c == '%' || c == '\'' || c == '(' || c == ')' || c == ';' {
				t.ch = c
			}
			dst = append(dst, t)
			continue
		}
		// The slow path: the rest of the run of touching spans. Its end
		// must be followed by whitespace or the end of s.
		for k+1 < len(spans) && spans[k+1].Start == b {
			k++
			if b = spans[k].End; b <= spans[k].Start || b > len(s) {
				return dst, false, false
			}
		}
		if b < len(s) && !isSpace(s[b]) {
			return dst, false, false
		}
		dst = r.tokenizeFrom(s[:b], a, sp, dst)
		hit = hit || r.mayHaveDate(s[a:b])
		prev = b
	}
	for g := prev; g < len(s); g++ {
		if !isSpace(s[g]) {
			return dst, false, false
		}
	}
	return dst, hit, true
}
