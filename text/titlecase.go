package text

// Title-Case headlines ("Rebels Seize Town In Northern Mali") defeat the
// tagger: it learnt capitals as the mark of a proper noun, so every word
// comes out NNP and the sentence has no verb. For such a sentence the
// tagger is shown each capitalised word it would know in lower case, the
// form it learnt them in; the tokens keep their text.

// wordLister is what a Lemmatizer may also offer: whether a lower-case
// word is an English word. Without it no sentence is recased.
type wordLister interface {
	Known(lower string) bool
}

// Known reports whether golem's dictionary lists the lower-case word.
func (g *GolemLemmatizer) Known(lower string) bool {
	return g.lemma.Contains(lower)
}

// titleCase reports whether the sentence is written in Title Case: at
// least three capitalised words of three or more letters and no
// lower-case word of that length other than the small words headline
// styles leave in lower case. One pass that stops at the first
// lower-case content word, which in running text comes within a few
// tokens, so ordinary sentences pay next to nothing.
func titleCase(toks []Token) bool { return lineCase(toks) == titleLine }

// Kinds of line lineCase tells apart.
const (
	runningLine = iota // ordinary case, or too short to tell
	titleLine          // "Rebels Seize Town In Northern Mali"
	shoutedLine        // "UN CONDEMNS COUP IN NIGER"
)

// lineCase is titleCase's one pass, which also tells a line in capitals
// ("NIGER JUNTA EXPELS FRENCH AMBASSADOR": three capitalised words of
// three letters or more, none of them mixed case and no lower-case
// content word). The model reads every word of such a line as a name and
// finds no verb in it.
func lineCase(toks []Token) int {
	caps, mixed := 0, 0
	for i := range toks {
		w := toks[i].Text
		if len(w) < 3 {
			continue
		}
		switch c := w[0]; {
		case 'a' <= c && c <= 'z':
			if !minorWord(toks[i].Lower) {
				return runningLine
			}
		case 'A' <= c && c <= 'Z':
			caps++
			if i > 0 && !allCaps(w) {
				mixed++
			}
		}
	}
	switch {
	case caps < 3:
		return runningLine
	case mixed > 0:
		return titleLine
	}
	return shoutedLine
}

// minorWord: the articles, conjunctions and prepositions that some
// headline styles leave in lower case ("Rebels Seize Town in Northern
// Mali", "Talks with Iran"); words under three letters are not checked.
func minorWord(w string) bool {
	switch w {
	case "the", "and", "but", "for", "nor", "yet", "with", "from", "into",
		"onto", "over", "upon", "amid", "after", "than", "via", "per",
		"off", "out", "near", "till", "until", "about", "against", "says":
		return true
	}
	return false
}

// allCaps: a word with no lower-case ASCII letter ("US", "NATO", "U.N."),
// which stays as written: its capitals are the acronym, not the style.
func allCaps(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// recase shows the tagger, in a Title-Case sentence, each capitalised
// word after the first in lower case where the dictionary knows it as a
// word, and returns whether it changed any; the caller restores Text
// from the sentence after tagging. Names the dictionary does not list
// ("Mali", "Sethi") keep their capitals and stay proper nouns. The first
// word is left as written: the model learnt sentence-initial capitals.
func recase(toks []Token, known wordLister) bool {
	changed := false
	for i := 1; i < len(toks); i++ {
		w := toks[i].Text
		if w == "" || w[0] < 'A' || w[0] > 'Z' || allCaps(w) {
			continue
		}
		if known.Known(toks[i].Lower) || minorWord(toks[i].Lower) || smallWord(toks[i].Lower) {
			toks[i].Text = toks[i].Lower
			changed = true
		}
	}
	return changed
}

// smallWord: the two-letter function words of a Title-Case headline
// ("Seize Town In Mali", "Vote To Leave"), which the dictionary of
// content words does not list.
func smallWord(w string) bool {
	switch w {
	case "in", "on", "at", "to", "of", "by", "as", "up", "is", "be", "an", "or", "a":
		return true
	}
	return false
}

// recaseShouted shows the tagger a line in capitals as running text: the
// words the dictionary knows, and the small words, in lower case (the
// first one capitalised, as a sentence opens), the rest (names, acronyms:
// "NIGER", "UN", "IMF") as written, which the model reads as names. Words
// under three letters the dictionary may know ("US", "UN", "EU") are left
// unless they are function words. Like recase, it returns whether it
// changed any word; the caller restores Text after tagging. Lines in
// capitals are rare, so the one string the first word needs is no cost.
func recaseShouted(toks []Token, known wordLister) bool {
	changed := false
	for i := range toks {
		w, lw := toks[i].Text, toks[i].Lower
		if w == "" || w[0] < 'A' || w[0] > 'Z' || len(lw) != len(w) {
			continue
		}
		if !smallWord(lw) && !minorWord(lw) && (len(lw) < 3 || !known.Known(lw)) {
			continue
		}
		if i == 0 {
			toks[i].Text = w[:1] + lw[1:]
		} else {
			toks[i].Text = lw
		}
		changed = true
	}
	return changed
}
