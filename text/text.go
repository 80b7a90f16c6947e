// Package text turns a story into sentences of tokens with byte offsets,
// part-of-speech tags and lemmas. Every later stage reads these and nothing
// else, so the analyzers behind it can be swapped for faster ones.
package text

// Token is one word or punctuation mark. Start and End are byte offsets into
// the sentence text (not the story), so sentence[Start:End] == Text.
type Token struct {
	Text  string // surface form
	Lower string // lower-cased, quotes and dashes folded to ASCII
	Lemma string // dictionary form, lower case
	Tag   string // Penn Treebank tag
	Start int
	End   int
}

// Sentence is one sentence of a story. Start and End are byte offsets of the
// sentence in the story text.
type Sentence struct {
	Index  int
	Text   string
	Start  int
	End    int
	Tokens []Token
}

// IsVerb reports whether the tag is a Penn verb tag.
func (t Token) IsVerb() bool { return len(t.Tag) >= 2 && t.Tag[:2] == "VB" }

// IsNoun reports whether the tag is a Penn noun tag (common or proper).
func (t Token) IsNoun() bool { return len(t.Tag) >= 2 && t.Tag[:2] == "NN" }

// IsProper reports whether the tag is a proper-noun tag.
func (t Token) IsProper() bool { return t.Tag == "NNP" || t.Tag == "NNPS" }
