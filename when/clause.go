package when

import "time"

// NeedsTense reports whether the resolution of e depends on the tense
// passed to Resolve: bare weekdays, month-days and months without a year,
// seasons without a year, and the future-only "in two weeks".
func (e Expr) NeedsTense() bool {
	switch e.kind {
	case kWeekday:
		return e.rel == 0
	case kAbs:
		return e.y1 == 0 && e.y2 == 0 && !e.relYear && e.rel == 0 && !e.this
	case kSeason:
		return e.y1 == 0 && e.rel == 0 && !e.this
	case kAgo, kSpan:
		return e.future
	}
	return false
}

// Strings formats d as the event contract's date, date_end and
// date_precision fields.
func (d Date) Strings() (date, end, precision string) {
	return d.Start.Format(time.DateOnly), d.End.Format(time.DateOnly), string(d.Precision)
}

// ForEvent picks the expression that dates the event whose anchor (its
// verb, usually) spans bytes [anchorStart, anchorEnd) of the sentence: the
// nearest expression in the same clause. Clauses are cut at ";", ":" and at
// the words but, while, whereas, although, though, that, which, who,
// whom, whose and because, so in "The ministry stated on Friday that the
// meeting will take place on November 11" the statement takes Friday and
// the meeting November 11. It returns false when the anchor's clause holds
// no expression: the event then takes Default(pub), not a date borrowed
// from another clause.
func ForEvent(sentence string, exprs []Expr, anchorStart, anchorEnd int) (Expr, bool) {
	lo, hi := clauseAround(sentence, anchorStart, anchorEnd)
	best, found, bestDist := Expr{}, false, 0
	for _, e := range exprs {
		if e.Start < lo || e.End > hi {
			continue
		}
		dist := e.Start - anchorEnd
		if e.End <= anchorStart {
			dist = anchorStart - e.End
		}
		if dist < 0 {
			dist = 0
		}
		if !found || dist < bestDist {
			best, found, bestDist = e, true, dist
		}
	}
	return best, found
}

// clauseAround returns the byte range of the clause holding [start, end).
func clauseAround(s string, start, end int) (int, int) {
	if start < 0 {
		start = 0
	}
	if end > len(s) {
		end = len(s)
	}
	if start > end {
		start = end
	}
	lo := 0
	for i := start - 1; i >= 0; i-- {
		if n := boundaryAt(s, i); n > 0 {
			lo = i + n
			break
		}
	}
	hi := len(s)
	for i := end; i < len(s); i++ {
		if boundaryAt(s, i) > 0 {
			hi = i
			break
		}
	}
	return lo, hi
}

// boundaryAt returns the length of a clause boundary starting at s[i], or
// 0: a ";" or ":", or a boundary word standing alone.
func boundaryAt(s string, i int) int {
	if s[i] == ';' || s[i] == ':' {
		return 1
	}
	if i > 0 && isLetter(s[i-1]) {
		return 0
	}
	for _, w := range clauseWords {
		n := len(w)
		if i+n <= len(s) && eqFold(s[i:i+n], w) && (i+n == len(s) || !isLetter(s[i+n])) {
			return n
		}
	}
	return 0
}

var clauseWords = [...]string{"but", "while", "whereas", "although", "though", "that", "which", "who", "whom", "whose", "because"}

// Absolute reports whether e names its dates in full, so that it resolves
// the same way whatever the publication date: "March 5, 2020", "in 2019",
// "the spring of 2019". A story without a publication date can still date
// its events by these.
func (e Expr) Absolute() bool {
	switch e.kind {
	case kAbs:
		// One year is enough for a range: "March 3 to April 5, 2020".
		return (e.y1 != 0 || e.y2 != 0) && !e.relYear && !e.this && e.rel == 0
	case kSeason:
		return e.y1 != 0 && e.rel == 0 && !e.this
	}
	return false
}
