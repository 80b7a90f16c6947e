package when

import (
	"strings"

	"github.com/parley-events/parley/text"
)

// Tense cue words. Future wins over past in TenseOf because the future
// marker is the rarer and more specific signal ("announced that it will
// meet on Friday" is about the meeting when the caller passes that clause).
var (
	futureCues = map[string]bool{
		"will": true, "shall": true, "'ll": true, "wo": true, "going": true,
		"scheduled": true, "planned": true, "upcoming": true, "expected": true,
		"due": true, "plans": true, "plan": true, "intends": true, "set": true,
		"next": true, "tomorrow": true, "coming": true,
	}
	pastCues = map[string]bool{
		"was": true, "were": true, "had": true, "did": true, "has": true, "have": true,
		"ago": true, "last": true, "yesterday": true, "previous": true, "earlier": true,
		"said": true, "met": true, "held": true, "took": true, "began": true, "came": true,
		"went": true, "made": true, "gave": true, "told": true, "saw": true, "won": true,
		"lost": true, "fought": true, "struck": true, "left": true, "sent": true,
		"brought": true, "spoke": true, "wrote": true, "led": true, "fled": true,
		"rose": true, "fell": true, "broke": true, "shot": true, "built": true,
		"sought": true, "thought": true, "stood": true, "signed": true,
	}
)

// pastVerb guesses a regular past tense ("announced", "stated") from the
// spelling; good enough when no tags are available.
func pastVerb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

func cue(w string) Tense {
	w = strings.ToLower(w)
	switch {
	case futureCues[w]:
		return TenseFuture
	case pastCues[w] || pastVerb(w):
		return TensePast
	}
	return TenseUnknown
}

// TenseOf is the tense of a clause given its words: future if it holds a
// future cue (will, shall, scheduled, next, ...), else past if it holds a
// past cue (was, said, a verb in -ed, ...), else unknown.
func TenseOf(words []string) Tense {
	t := TenseUnknown
	for _, w := range words {
		switch cue(w) {
		case TenseFuture:
			return TenseFuture
		case TensePast:
			t = TensePast
		}
	}
	return t
}

// TenseAt is the tense governing a date expression that covers words
// [first, last] of a sentence: the nearest tense cue to the left ("will
// take place on November 11", "stated on Friday"), up to twelve words, or
// failing that the nearest to the right ("On Friday, ... announced"), up
// to eight; ";" and ":" stop the search.
func TenseAt(words []string, first, last int) Tense {
	return nearest(len(words), first, last,
		func(i int) bool { return words[i] == ";" || words[i] == ":" },
		func(i int) Tense {
			t := cue(words[i])
			if t == TensePast && futurePassive(words, i) {
				return TenseFuture
			}
			return t
		})
}

// futurePassive reports whether the past participle at words[i] follows
// "will be", "shall be" or "to be" ("will be held", "is to be signed"),
// which is future although the verb looks past.
func futurePassive(words []string, i int) bool {
	if i < 2 || !strings.EqualFold(words[i-1], "be") {
		return false
	}
	switch strings.ToLower(words[i-2]) {
	case "will", "shall", "'ll", "to":
		return true
	}
	return false
}

// TenseNear is TenseAt for a tagged sentence, with the expression given by
// its byte offsets [start, end). Tags decide when present: MD will/shall
// is future, VBD past, VBN after a form of have or be past.
func TenseNear(tokens []text.Token, start, end int) Tense {
	first, last := len(tokens), -1
	for i, t := range tokens {
		if t.End > start && t.Start < end {
			if i < first {
				first = i
			}
			last = i
		}
	}
	if last < 0 {
		// Not on a token boundary: search around the insertion point.
		first = len(tokens)
		for i, t := range tokens {
			if t.Start >= end {
				first = i
				break
			}
		}
		last = first - 1
	}
	return nearest(len(tokens), first, last,
		func(i int) bool { return stop(tokens[i]) },
		func(i int) Tense { return tokenCue(tokens, i) })
}

// nearest looks left of the expression first, up to twelve words, because
// the verb an English adverbial modifies usually comes before it ("will
// evacuate all 21 settlements in the Gaza Strip in mid-August, said a
// spokesman" is future, not the attribution's past). Only when the left
// holds no cue does it look right, up to eight words ("On Friday, the
// envoys announced").
func nearest(n, first, last int, stop func(int) bool, cue func(int) Tense) Tense {
	const leftWindow, rightWindow = 12, 8
	for i := first - 1; i >= 0 && i >= first-leftWindow && i < n; i-- {
		if stop(i) {
			break
		}
		if t := cue(i); t != TenseUnknown {
			return t
		}
	}
	for i := last + 1; i >= 0 && i < n && i <= last+rightWindow; i++ {
		if stop(i) {
			break
		}
		if t := cue(i); t != TenseUnknown {
			return t
		}
	}
	return TenseUnknown
}

func stop(t text.Token) bool { return t.Text == ";" || t.Text == ":" }

func tokenCue(tokens []text.Token, i int) Tense {
	t := tokens[i]
	w := t.Lower
	if w == "" {
		w = strings.ToLower(t.Text)
	}
	switch t.Tag {
	case "MD":
		if w == "will" || w == "shall" || w == "'ll" || w == "wo" {
			return TenseFuture
		}
		return TenseUnknown
	case "VBD":
		return TensePast
	case "VBN":
		if i >= 2 && tokens[i-1].Lower == "be" {
			switch tokens[i-2].Lower {
			case "will", "shall", "'ll", "to":
				return TenseFuture // "will be held", "is to be signed"
			}
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			switch tokens[k].Lower {
			case "has", "have", "had", "was", "were":
				return TensePast
			}
		}
		return TenseUnknown
	case "":
		return cue(w)
	}
	if futureCues[w] {
		return TenseFuture
	}
	// Tagged present-tense verbs say nothing about the direction; other
	// cue words (last, ago, yesterday) do whatever their tag.
	if pastCues[w] && !strings.HasPrefix(t.Tag, "VB") {
		return TensePast
	}
	return TenseUnknown
}

// TenseIn is TenseAt for an untagged sentence: the words are the
// whitespace-separated fields with surrounding punctuation trimmed, and the
// expression is e (from Find on the same sentence).
func TenseIn(sentence string, e Expr) Tense {
	var words []string
	first, last := -1, -1
	for i := 0; i < len(sentence); {
		for i < len(sentence) && isSpace(sentence[i]) {
			i++
		}
		j := i
		for j < len(sentence) && !isSpace(sentence[j]) {
			j++
		}
		if j == i {
			break
		}
		if j > e.Start && i < e.End {
			if first < 0 {
				first = len(words)
			}
			last = len(words)
		}
		w := strings.Trim(sentence[i:j], ",.;:!?\"'()“”‘’")
		if strings.ContainsAny(sentence[i:j], ";:") {
			words = append(words, w, ";")
		} else {
			words = append(words, w)
		}
		i = j
	}
	if first < 0 {
		return TenseUnknown
	}
	return TenseAt(words, first, last)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
