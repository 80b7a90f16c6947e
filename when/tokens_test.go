package when

import (
	"reflect"
	"testing"

	"github.com/parley-events/parley/text"
)

// tokenSentences are the cases where the date tokenizer and text.Tokenize
// disagree on boundaries, plus ordinary news copy.
var tokenSentences = []string{
	"",
	"   ",
	"The talks resumed on Monday, March 5, 2020, in Geneva.",
	"They don't expect a deal before 15:00 on Friday.",
	"The autumn't offensive", // a clitic split inside a trigger word
	"In mid-March and late-2019 the U.S.-led force left.",
	"More than 2,000 people, 3.5% of them children, fled 24/7 in 5km columns.",
	"The 1990s and the 9th of May; the 21st century.",
	"On 2024-01-25T10:00 the Marché Tuesday fell.",
	"Iran's president said Syria's army won't leave until 2021.",
	"A word\vwith a vertical tab on May 3",
	"A word\u00a0with a no-break space on May 3",
	"Bad \xff\xfe bytes on October 9 and \xffMay",
	"“Friday”, October 25, 2024 – said the minister… -- and ... then.",
	"Talks (on 3 May) ended; 12 were held.",
	"She left at 3pm yesterday, and returns tomorrow morning.",
	"Hay'at Tahrir al-Sham attacked on the night of 12-13 June.",
	"AT&T's e.g. case",
	"trailing space on Sunday ",
	"UPPER CASE MONDAY AND JANUARY 2020",
	"x1 2x 1,0000 1,000,000 3.14.15 12:30:45 7th-8th",
}

func textTokens(s string) []text.Token { return text.Tokenize(s, nil) }

// TestFromTokensMatchesTokenize: built from the text stage's tokens, the
// date tokens and the pre-filter are exactly the byte scans'.
func TestFromTokensMatchesTokenize(t *testing.T) {
	r := newResolver(t)
	sents := append(append([]string{}, tokenSentences...), benchSentences...)
	// text.Tokenize skips these separators and bytes, which the date
	// tokenizer reads as marks: the token path gives way to the byte scan.
	rejected := map[string]bool{
		"A word\vwith a vertical tab on May 3":        true,
		"A word\u00a0with a no-break space on May 3":  true,
		"Bad \xff\xfe bytes on October 9 and \xffMay": true,
	}
	fast := 0
	for _, s := range sents {
		got, hit, ok := r.fromTokens(s, textTokens(s), nil)
		if !ok {
			if !rejected[s] {
				t.Errorf("%q: text.Tokenize's tokens rejected", s)
			}
			continue
		}
		fast++
		if want := r.tokenize(s, nil); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: tokens\n got  %+v\n want %+v", s, got, want)
		}
		if want := r.mayHaveDate(s); hit != want {
			t.Errorf("%q: hit %v, want %v", s, hit, want)
		}
		if want, got := r.mayHaveDate(s), r.mayHaveDateSpans(s, textTokens(s)); got != want {
			t.Errorf("%q: mayHaveDateSpans %v, want %v", s, got, want)
		}
	}
	if fast != len(sents)-len(rejected) {
		t.Errorf("only %d of %d sentences took the token path", fast, len(sents))
	}
}

// TestFindTokensMatchesFind compares the results on every sentence here
// and, when present, the GigaWord sample.
func TestFindTokensMatchesFind(t *testing.T) {
	r := newResolver(t)
	sents := append(append([]string{}, tokenSentences...), benchSentences...)
	check := func(t *testing.T, sents []string) {
		for _, s := range sents {
			want := r.Find(s)
			got := r.FindTokens(&text.Sentence{Text: s, Tokens: textTokens(s)})
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q:\n got  %+v\n want %+v", s, got, want)
			}
		}
	}
	check(t, sents)
	t.Run("gigaword", func(t *testing.T) { check(t, gigaword(t)) })
}

// TestFindTokensBadSpans: tokens that do not tile the text as
// text.Tokenize's do are not trusted.
func TestFindTokensBadSpans(t *testing.T) {
	r := newResolver(t)
	const s = "The talks resumed on Monday, March 5, 2020."
	good := textTokens(s)
	cases := map[string][]text.Token{
		"none":        nil,
		"dropped":     append(append([]text.Token{}, good[:3]...), good[4:]...),
		"overlap":     {{Start: 0, End: 9}, {Start: 4, End: 9}},
		"empty":       {{Start: 0, End: 0}},
		"backwards":   {{Start: 5, End: 3}},
		"past end":    {{Start: 0, End: len(s) + 5}},
		"negative":    {{Start: -3, End: 3}},
		"one big":     {{Start: 0, End: len(s)}},
		"merged pair": append([]text.Token{{Start: 0, End: 9}}, good[2:]...),
	}
	want := r.Find(s)
	for name, toks := range cases {
		got := r.FindTokens(&text.Sentence{Text: s, Tokens: toks})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %+v, want %+v", name, got, want)
		}
	}
}

// FuzzFindTokens: for any text, with text.Tokenize's tokens or a corrupted
// copy of them, FindTokens finds what Find finds and never panics.
func FuzzFindTokens(f *testing.F) {
	for _, s := range tokenSentences {
		f.Add(s, uint16(0), int8(0))
	}
	r, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, at uint16, shift int8) {
		toks := textTokens(s)
		if shift != 0 && len(toks) > 0 {
			k := int(at) % len(toks)
			if shift&1 != 0 {
				toks[k].Start += int(shift >> 1)
			} else {
				toks[k].End += int(shift >> 1)
			}
		}
		want := r.Find(s)
		got := r.FindTokens(&text.Sentence{Text: s, Tokens: toks})
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q with %v:\n got  %+v\n want %+v", s, toks, got, want)
		}
	})
}
