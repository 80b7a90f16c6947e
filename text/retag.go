package text

import (
	"strings"

	"github.com/parley-events/parley/internal/wordset"
)

// Wire copy rarely starts a sentence with its subject: "On Tuesday,",
// "According to state media,", "In a statement," or "Officials said
// that" come first. The tagger's model reads a capitalised word in the
// middle of a sentence as a name, and its next word through that name:
// "On Tuesday, Iraqi/NNP troops/VBZ ambushed/JJ American positions"
// has no subject and no verb, where "Iraqi/JJ troops/NNS ambushed/VBD"
// alone is right. The clause after such an opener is a sentence of its
// own to the model, so it is tagged again as one; the opener keeps its
// tags.

// retagClauses tags again, as a sentence of its own, the clause after a
// fronted adverbial closed by a comma and the clause after a
// complementizer "that", when that clause opens with a capitalised word
// (a lower-case one reads the same to the model wherever it stands).
// It returns the index of the clause after a dateline or fronted
// adverbial it tagged again, or 0.
func (a *Analyzer) retagClauses(toks []Token, lead bool, that int) int {
	if len(toks) < 4 {
		return 0
	}
	// A dateline is a story's lead's first words only, so its lead is
	// tagged again whatever it opens with: after "(Reuters) -" the model
	// misreads even a determiner's noun ("The/DT Greek/JJ prime/JJ
	// minister/NN travelled" keeps its tags, "Peru/NN turned/VBD over/IN"
	// does not).
	c := 0
	if lead {
		c = datelineEnd(toks)
	}
	if c == 0 {
		// A chronology's entry reads like a dateline ("2014 - Russia
		// annexes/NNS Crimea", "Oct. 7, 2023: Hamas fighters storm"), in
		// any sentence of the story: the model misreads its opening after
		// the date as it does after a city's name.
		c = entryEnd(toks)
	}
	if c > 0 {
		if c+1 >= len(toks) {
			return 0
		}
		a.tagger.Tag(toks[c:])
	}
	if f := frontedClause(toks[c:]); f > 0 && a.misreadOpening(toks, c+f) {
		c += f
		a.tagger.Tag(toks[c:])
	}
	if that >= max(c, 1) {
		if k := a.complementStart(toks, that); k > 0 {
			a.tagger.Tag(toks[k:])
		}
	}
	return c
}

// complementStart returns the index of the clause after the
// complementizer "that" at i when the model may have misread its
// opening, or 0. Only a sentence's first "that" is looked at (the caller
// finds it while it reads the tokens): a clause inside that one rarely
// opens with a name, and each retag costs a tagging of the rest of the
// sentence.
func (a *Analyzer) complementStart(toks []Token, i int) int {
	if i+2 >= len(toks) || toks[i].Tag != "IN" {
		return 0
	}
	v := complementOf(toks, i)
	if v < 0 {
		return 0
	}
	if a.misreadOpening(toks, i+1) {
		return i + 1
	}
	// "said that Russian/NNP riot/VB police": a base form after a name
	// is a misreading unless the verb asks for a mandative ("demanded
	// that Iran stop/VB"), which misreadOpening leaves alone.
	// (Lemmas come after tagging: the verb's is looked up here.)
	if c := i + 1; startsUpperASCII(toks[c].Text) && toks[c].Tag == "NNP" && toks[c+1].Tag == "VB" && !mandativeVerbs.Has(a.lemma.Lemma(toks[v].Lower, toks[v].Tag)) {
		return c
	}
	return 0
}

// mandativeVerbs take a that-clause whose verb is a bare base form.
var mandativeVerbs = wordset.Of(
	"demand", "insist", "urge", "ask", "propose", "recommend", "suggest",
	"require", "request", "order", "stipulate", "move", "advise",
)

// misreadOpening: the clause at c opens with a capitalised word the
// model took for a name (NNP), and its next word is one the model may
// have read through that name: a plural or singular noun, a name, a
// present-tense verb, an adjective or an adverb. A clause that opens
// with a name and a verb or a possessive ("Iran said", "Iran's") reads
// the same anywhere in a sentence, and costs no second tagging; so does
// a base form, which after "that" is a demand's mandative ("demanded
// that Iran stop/VB sending arms", which alone would read stop/VBD); a past
// tag on a word that is its own lemma ("gang"/VBD) is a noun misread.
func (a *Analyzer) misreadOpening(toks []Token, c int) bool {
	if c+1 >= len(toks) {
		return false
	}
	if !startsUpperASCII(toks[c].Text) {
		return misreadLower(toks, c)
	}
	switch toks[c].Tag {
	case "NNP", "NNPS":
	default:
		return false
	}
	switch next := &toks[c+1]; next.Tag {
	case "NNS", "NN", "NNP", "NNPS", "VBZ", "VBP", "JJ", "RB":
		return true
	case "VBD":
		n := len(next.Lower)
		return n > 2 && next.Lower[n-2:] != "ed" && a.lemma.Lemma(next.Lower, "VBD") == next.Lower
	}
	return false
}

// misreadLower: a clause opening with a lower-case word reads the same
// to the model wherever it stands, except where the model made its
// subject a verb ("Late on Monday, talks/VBZ with the rebels were
// suspended", "said that police/VBZ lathi-charged") or an adjective
// before another past form ("police/JJ lathi-charged/JJ"): a clause
// opens with no finite verb.
func misreadLower(toks []Token, c int) bool {
	switch toks[c].Tag {
	case "VBZ", "VBP", "VBD", "VB":
		return true
	case "DT":
		// "that the Chinese/NNPS premier/JJR conveyed/JJ": a name after
		// the article read as the noun, and its noun as an adjective.
		if c+2 >= len(toks) || !startsUpperASCII(toks[c+1].Text) {
			return false
		}
		switch toks[c+1].Tag {
		case "NNP", "NNPS":
		default:
			return false
		}
		switch toks[c+2].Tag {
		case "JJR", "JJ", "VB":
			return true
		}
		return false
	case "JJ":
		n := &toks[c+1]
		l := len(n.Lower)
		return (n.Tag == "JJ" || n.Tag == "VBN") && l > 4 && n.Lower[l-2:] == "ed"
	}
	return false
}

// maxOpener is the longest fronted adverbial looked for, in tokens:
// "According to the state news agency KCNA," is eight.
const maxOpener = 12

// datelineEnd returns the index of the first token after an agency
// dateline ("BEIRUT, June 14 (Reuters) -", "KABUL --"), or 0: a dash
// among the first tokens of a sentence, with no verb before it, after a
// city in capitals, an agency in brackets or a date. A dash after a
// plain name ("Iran - not Iraq - ...") sets off an aside instead.
func datelineEnd(toks []Token) int {
	if !startsUpperASCII(toks[0].Text) {
		return 0
	}
	marked := allUpperASCII(toks[0].Text)
	for k := 1; k < len(toks) && k <= maxOpener; k++ {
		t := &toks[k]
		if len(t.Lower) <= 2 {
			switch t.Lower {
			case "-", "--":
				if marked {
					return k + 1
				}
				return 0
			case ")":
				marked = true
			}
		}
		if t.IsVerb() || t.Tag == "MD" {
			return 0
		}
		if t.Tag == "CD" {
			marked = true
		}
	}
	return 0
}

// entryEnd returns the index after the dash or colon that ends the date
// heading a chronology's entry ("2014 -", "March 2011 -", "Oct. 7, 2023:",
// "Feb 24, 2022 --"), or 0: only numbers, month names and the dots and
// commas between them come before it, and a number or a month among them.
func entryEnd(toks []Token) int {
	dated := false
	for k := 0; k < len(toks) && k <= 6; k++ {
		switch w := strings.TrimSuffix(toks[k].Lower, "."); {
		case w == "-" || w == "--" || w == ":" || w == "\u2013" || w == "\u2014":
			if dated && k+2 < len(toks) {
				return k + 1
			}
			return 0
		case w == "" || w == ",":
		case toks[k].Tag == "CD" && allDigits(w), monthName(w):
			dated = true
		default:
			return 0
		}
	}
	return 0
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// monthName: a month's name or its abbreviation, lower case, no dot.
func monthName(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// allUpperASCII: a word of two or more letters, all capitals ("BEIRUT").
func allUpperASCII(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// frontedClause returns the index of the first token after a fronted
// adverbial closed by a comma, or 0. The opener begins with a
// preposition, an adverb or a participle ("On", "According", "In",
// "Speaking", "Earlier") and holds no finite verb but inside a relative
// clause ("In a move that surprised analysts,"): "Iran said, ..." is a
// clause, not an opener.
func frontedClause(toks []Token) int {
	switch toks[0].Tag {
	case "IN", "RB", "RBR", "JJR", "VBG", "VBN", "TO":
	default:
		return 0
	}
	rel := false // a relative clause inside the opener may hold a verb
	for k := 1; k < len(toks) && k <= maxOpener; k++ {
		switch toks[k].Tag {
		case "WDT", "WP":
			rel = true
		case "VBD", "VBZ", "VBP", "MD":
			if !rel {
				return 0
			}
		case ",":
			return k + 1
		}
	}
	return 0
}

// complementOf: the "that" at i follows a verb within a few words ("said
// that", "said on Tuesday that"), so what follows it is a clause; it
// returns the verb's index, or -1. "That" as a determiner is tagged DT
// and never reaches here.
func complementOf(toks []Token, i int) int {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].IsVerb() {
			return k
		}
	}
	return -1
}

func startsUpperASCII(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }
