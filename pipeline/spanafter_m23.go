package pipeline

import (
	"strconv"
	"time"

	"github.com/parley-events/parley/text"
	"github.com/parley-events/parley/when"
)

// spanAfterDate dates the act of a time clause that a span measures back
// from the main clause's date: "recalled its ambassador on Tuesday, a day
// after Israeli troops killed 12 Palestinians" (the killing is Monday's),
// "struck Iran on April 19, six days after Iran fired missiles" (April
// 13), "hours after police declared the rally unlawful" (the main act's
// day). The clause has no date of its own (date() asks only then), and the
// main clause's date is the nearest expression before the span, resolved
// in the tense of the verb before it; only a day-precise one is counted
// back from, since "in March, two days after" names no day. Without such a
// span, or with a vague one ("days after", "weeks after"), false (M23).
func (p *Pipeline) spanAfterDate(sa *SentenceAnalysis, head int, pub time.Time) (when.Date, bool) {
	toks := sa.Sentence.Tokens
	if head <= 0 || head >= len(toks) {
		return when.Date{}, false
	}
	// The span's "after": the clause opener before the head with no
	// clause boundary between.
	k := head - 1
	for ; k > 0 && head-k <= 12; k-- {
		w := toks[k].Lower
		if w == "after" {
			break
		}
		if w == "," || w == ";" || w == "and" || w == "before" || w == "when" || w == "since" || w == "which" || w == "who" {
			return when.Date{}, false
		}
	}
	if k < 2 || toks[k].Lower != "after" {
		return when.Date{}, false
	}
	unit := toks[k-1].Lower
	n, from := 1, k-1
	switch unit {
	case "hours", "hour":
		n = 0
		if c := spanCount(toks[k-2].Lower); c > 0 {
			from = k - 2
		}
	case "day", "days", "week", "weeks":
		c := spanCount(toks[k-2].Lower)
		if c <= 0 || c > 60 {
			return when.Date{}, false // "days after": no count
		}
		n, from = c, k-2
		if unit == "week" || unit == "weeks" {
			n *= 7
		}
	default:
		return when.Date{}, false
	}
	spanByte := toks[from].Start
	best := -1
	for i, e := range sa.Dates {
		if e.End <= spanByte && (best < 0 || e.End > sa.Dates[best].End) {
			best = i
		}
	}
	if best < 0 {
		return when.Date{}, false
	}
	anchor, ok := p.Dates.Resolve(sa.Dates[best], pub, tenseBefore(toks, tokenAt(toks, sa.Dates[best].Start)))
	if !ok || anchor.Precision != when.PrecisionDay && n != 0 {
		return when.Date{}, false
	}
	if n == 0 {
		return anchor, true // "hours after": the main act's day
	}
	d := anchor.Start.AddDate(0, 0, -n)
	if unit == "week" || unit == "weeks" {
		// a week back is a week's time, not a day
		return when.Date{Start: d.AddDate(0, 0, -3), End: d.AddDate(0, 0, 3), Precision: when.PrecisionWeek}, true
	}
	return when.Date{Start: d, End: d, Precision: when.PrecisionDay}, true
}

// spanCount: the count a span word gives ("a day", "two days", "12
// days"), or 0.
func spanCount(w string) int {
	switch w {
	case "a", "an", "one":
		return 1
	case "two":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	case "six":
		return 6
	case "seven":
		return 7
	case "eight":
		return 8
	case "nine":
		return 9
	case "ten":
		return 10
	case "eleven":
		return 11
	case "twelve":
		return 12
	}
	if len(w) > 0 && len(w) <= 2 && w[0] >= '0' && w[0] <= '9' {
		if c, err := strconv.Atoi(w); err == nil {
			return c
		}
	}
	return 0
}

// tenseBefore: the tense of the nearest verb before token k ("recalled
// its ambassador on Tuesday": past; "will visit Kyiv on Friday": future),
// past when none is near, as the acts before "after" mostly are.
func tenseBefore(toks []text.Token, k int) when.Tense {
	for j := k - 1; j >= 0 && k-j <= 12; j-- {
		t := &toks[j]
		switch {
		case t.Lower == "will" || t.Lower == "shall":
			return when.TenseFuture
		case t.Tag == "VBD" || t.Tag == "VBN":
			return when.TensePast
		case t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD":
			return when.TenseUnknown
		}
	}
	return when.TensePast
}
