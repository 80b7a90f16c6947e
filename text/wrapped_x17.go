package text

import (
	"unicode"
	"unicode/utf8"
)

// Text hard-wrapped at a fixed width (mail, wire archives, copied PDF)
// breaks its lines inside sentences: "The Kenyan government on Tuesday
// expelled two\nSomali diplomats accused of spying." A newline ends a
// headline or a paragraph, which has no final period, so every newline
// broke a sentence, and each half lost its subject or its verb. A single
// newline goes on with the sentence when what follows cannot open one (a
// lower-case word) or what precedes cannot close one (a comma, or a word
// that needs a complement: an article, a preposition, a conjunction, an
// auxiliary). A blank line, and a newline after a word that can end a
// headline before a capital ("Kenya expels Somali envoy\nNAIROBI"),
// still break.

// wrappedLine: the newline at text[i] continues the sentence begun at
// start.
func wrappedLine(text string, start, i int) bool {
	if start < 0 {
		return false
	}
	// The next line: a blank line (paragraph) or the story's end breaks.
	k := i + 1
	for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
		k++
	}
	if k >= len(text) || text[k] == '\n' {
		return false
	}
	// The end of this line.
	e := i
	for e > start && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r') {
		e--
	}
	if e <= start {
		return false
	}
	if text[e-1] == ',' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	if unicode.IsLower(r) {
		return true
	}
	w := e
	for w > start && (text[w-1] >= 'a' && text[w-1] <= 'z' || text[w-1] >= 'A' && text[w-1] <= 'Z') {
		w--
	}
	if w == e || w > start && text[w-1] != ' ' && text[w-1] != '\t' {
		return false
	}
	return openWords[text[w:e]] // lower case only: "The" alone is a headline's word
}

// openWords need what follows them: a line that ends with one goes on.
var openWords = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"of": true, "to": true, "in": true, "on": true, "at": true, "for": true, "from": true,
	"with": true, "by": true, "into": true, "over": true, "against": true, "between": true,
	"and": true, "or": true, "but": true, "that": true, "which": true, "who": true,
	"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true,
	"will": true, "would": true, "could": true, "should": true, "be": true, "been": true,
}
