// Package when finds date expressions in a sentence and resolves them to a
// day range relative to the story's publication date, with a precision that
// says how much the text really told us.
//
// It is a hand-written scanner, not a regular-expression engine: a cheap
// pre-filter rejects sentences with no digit, month, weekday or relative
// word, and a small grammar over word tokens handles the rest. Every form it
// supports is listed in docs/dates.md.
//
// Finding and resolving are separate steps because the tense that decides
// "on Friday" (last Friday or next Friday) belongs to the clause around the
// expression, which the caller knows and this package does not.
package when

import (
	_ "embed"
	"fmt"
	"time"
)

// Tense is the grammatical direction of the clause a date expression sits
// in. It decides expressions that do not say which way to look: weekdays,
// month-days and months without a year, seasons without a year.
type Tense int

const (
	// TenseUnknown picks the nearest candidate, ties going to the past
	// (news mostly reports what happened).
	TenseUnknown Tense = iota
	TensePast
	TenseFuture
)

func (t Tense) String() string {
	switch t {
	case TensePast:
		return "past"
	case TenseFuture:
		return "future"
	}
	return "unknown"
}

// Precision is how fine-grained a resolved date is. Values are the
// `date_precision` strings of the event contract.
type Precision string

const (
	PrecisionDay     Precision = "day"
	PrecisionWeek    Precision = "week"
	PrecisionMonth   Precision = "month"
	PrecisionSeason  Precision = "season"
	PrecisionYear    Precision = "year"
	PrecisionUnknown Precision = "unknown"
)

// Date is a resolved date: the inclusive day range [Start, End], both at
// midnight UTC, and its precision.
type Date struct {
	Start, End time.Time
	Precision  Precision
}

// String formats the date as "2024-11-11..2024-11-12 (day)".
func (d Date) String() string {
	s := d.Start.Format(time.DateOnly)
	if !d.End.Equal(d.Start) {
		s += ".." + d.End.Format(time.DateOnly)
	}
	return s + " (" + string(d.Precision) + ")"
}

// Expr is one date expression found in a sentence, parsed but not resolved.
// Start and End are byte offsets into the sentence, so
// sentence[Start:End] == Text. A leading preposition ("on", "in", "since")
// is not part of the span; range words ("from", "between") are.
type Expr struct {
	Text       string
	Start, End int

	kind    kind
	prep    fn // preposition before the span, fnNone if none
	y1, m1  int
	d1      int
	y2, m2  int
	d2      int
	part    part // early/mid/late/earlier/later
	wd      time.Weekday
	rel     int  // -1 last/previous, 0 this/bare, +1 next/coming
	n       int  // count for "two days ago", day offset for deictics
	unit    unit // day/week/weekend/month/year
	season  season
	decade  bool
	this    bool // "this May", "this summer": the one in the publication year
	future  bool // "in two weeks": a date only in a future clause
	relYear bool // "in August last year": year = publication year + rel
}

// Default is the date of an event with no date expression of its own: the
// publication day, with Precision "unknown" so nobody mistakes it for a
// date the text stated.
func Default(pub time.Time) Date {
	d := day(pub)
	return Date{Start: d, End: d, Precision: PrecisionUnknown}
}

//go:embed lexicon.txt
var lexiconText string

// Resolver finds and resolves date expressions. It is immutable after New
// and safe for concurrent use.
type Resolver struct {
	lex lexTable
	// trig[c-'a'][e-'a'] has bit L set when a trigger word of length L
	// starts with c and ends with e, so the pre-filter hashes only words
	// that could be one.
	trig [26][26]uint32
	// word is trig for every lexicon word: the tokenizer looks up only
	// the words that could be one, most words of a sentence are not.
	// (Keyed by the first letter alone, four words in five passed, and
	// three in five of those were no date word: "said", "that", "was".)
	word [26][26]uint32
}

// New builds a Resolver from the embedded English lexicon.
func New() (*Resolver, error) {
	lex, err := parseLexicon(lexiconText)
	if err != nil {
		return nil, fmt.Errorf("when: lexicon.txt: %w", err)
	}
	r := &Resolver{}
	if err := r.lex.build(lex); err != nil {
		return nil, fmt.Errorf("when: lexicon.txt: %w", err)
	}
	for w, e := range lex {
		// lexicon words are lower-case ASCII letters (parseLexicon)
		if len(w) == 0 || len(w) >= 32 || !isLetter(w[0]) || !isLetter(w[len(w)-1]) {
			continue
		}
		c, z := (w[0]|0x20)-'a', (w[len(w)-1]|0x20)-'a'
		r.word[c][z] |= 1 << len(w)
		if e.trigger() {
			r.trig[c][z] |= 1 << len(w)
		}
	}
	return r, nil
}

// maxStackTokens sizes the token buffer Find keeps on the stack; longer
// sentences spill to the heap.
const maxStackTokens = 80

// Find returns every date expression in the sentence, in order and
// non-overlapping. Sentences with no digit and no month, weekday, unit,
// season or deictic word are rejected without tokenising.
func (r *Resolver) Find(sentence string) []Expr {
	return r.AppendFind(nil, sentence)
}

// AppendFind is Find appending to dst, so a worker can reuse one slice
// across sentences and find without allocating.
func (r *Resolver) AppendFind(dst []Expr, sentence string) []Expr {
	if !r.mayHaveDate(sentence) {
		return dst
	}
	var buf [maxStackTokens]token
	p := parser{t: r.tokenize(sentence, buf[:0])}
	n := len(dst)
	dst = p.find(dst)
	for i := n; i < len(dst); i++ {
		dst[i].Text = sentence[dst[i].Start:dst[i].End]
	}
	return dst
}
