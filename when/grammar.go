package when

// The grammar: a set of hand-written recognisers over tokens. Each form is
// a method that takes a token index and returns the expression and the
// index after it, or false. Forms are tried in a fixed order at each
// position and the first match wins; the scan then resumes after it, so
// expressions never overlap.

type kind uint8

const (
	kNone    kind = iota
	kAbs          // explicit day, month or year fields (maybe without a year)
	kWeekday      // "Friday", "last Tuesday"
	kDeictic      // "yesterday", "today", "last night": day offset n
	kRel          // "last week", "earlier this month": unit, rel, part
	kAgo          // "two days ago" (rel -1), "in two weeks" (rel +1)
	kSpan         // "the past two weeks" (rel -1), "the coming days" (rel +1)
	kSeason       // "the spring of 2019", "last summer"
)

// Year ranges. Bare years need a preposition and a plausible modern year;
// years inside a full date may be anything with four digits.
const (
	minYear     = 1000
	maxYear     = 2999
	minBareYear = 1800
	maxBareYear = 2199
	maxCount    = 9999 // largest n in "n days ago"
)

// parser holds only the tokens: keeping the sentence out of it lets the
// token buffer stay on the caller's stack (escape analysis is not
// field-sensitive, and the sentence escapes into Expr.Text).
type parser struct {
	t []token
}

// dpart is one side of a date or a range: any of year, month, day.
type dpart struct {
	y, m, d int
	end     int // token index after the part
}

func (p *parser) word(i int) (lexEntry, bool) {
	if i < 0 || i >= len(p.t) || p.t[i].kind != tkWord {
		return lexEntry{}, false
	}
	return p.t[i].lex, true
}

func (p *parser) fn(i int) fn {
	if e, ok := p.word(i); ok && e.kind == lxFn {
		return fn(e.val)
	}
	return fnNone
}

func (p *parser) punct(i int, ch byte) bool {
	return i >= 0 && i < len(p.t) && p.t[i].kind == tkPunct && p.t[i].ch == ch
}

// glued reports whether token i touches the token before it ("mid-2017").
func (p *parser) glued(i int) bool { return i < len(p.t) && !p.t[i].sp }

// quantityAfter reports whether token i makes the number before it a
// quantity: a count noun or a percent sign.
func (p *parser) quantityAfter(i int) bool {
	if p.punct(i, '%') {
		return true
	}
	e, ok := p.word(i)
	return ok && e.kind == lxCount
}

func (p *parser) plainNum(i int) (*token, bool) {
	if i < 0 || i >= len(p.t) || p.t[i].kind != tkNum || p.t[i].nflag&(nfQuantity|nfDecade) != 0 || p.t[i].val < 0 {
		return nil, false
	}
	return &p.t[i], true
}

// day reads a day-of-month number (1-31, "9th").
func (p *parser) day(i int) (int, bool) {
	t, ok := p.plainNum(i)
	if !ok || t.nd > 2 || t.val < 1 || t.val > 31 || p.quantityAfter(i+1) || p.unitAt(i+1) != unitNone {
		return 0, false
	}
	return int(t.val), true
}

// year reads a four-digit year in [lo, hi] that is not a count.
func (p *parser) year(i, lo, hi int) (int, bool) {
	t, ok := p.plainNum(i)
	if !ok || t.nd != 4 || t.nflag != 0 || int(t.val) < lo || int(t.val) > hi || p.quantityAfter(i+1) || p.unitAt(i+1) != unitNone {
		return 0, false
	}
	return int(t.val), true
}

// optYear reads an optional ", 2020" or " 2020" after a day or month.
func (p *parser) optYear(i int) (int, int) {
	j := i
	if p.punct(j, ',') {
		j++
	}
	if y, ok := p.year(j, minYear, maxYear); ok {
		return y, j + 1
	}
	return 0, i
}

// month reads a month name. Abbreviations may take a full stop and are only
// months when a number follows, so "Jan Egeland" is not January.
func (p *parser) month(i int) (m, next int, abbr bool) {
	e, ok := p.word(i)
	if !ok || e.kind != lxMonth || (e.cap && !p.t[i].cap) {
		return 0, i, false
	}
	j := i + 1
	if e.abbr {
		if p.punct(j, '.') && p.glued(j) {
			j++
		}
		if j >= len(p.t) || p.t[j].kind != tkNum {
			return 0, i, false
		}
	}
	return int(e.val), j, e.abbr
}

// monthLed reads "October 9", "Oct. 9th, 2024", "May 2017", "May of 2017"
// and, when bare is set, a month alone.
func (p *parser) monthLed(i int, bare bool) (dpart, bool) {
	m, j, _ := p.month(i)
	if m == 0 {
		return dpart{}, false
	}
	if d, ok := p.day(j); ok {
		y, k := p.optYear(j + 1)
		return dpart{y: y, m: m, d: d, end: k}, true
	}
	k := j
	if p.fn(k) == fnOf || p.punct(k, ',') {
		k++
	}
	if y, ok := p.year(k, minYear, maxYear); ok {
		return dpart{y: y, m: m, end: k + 1}, true
	}
	if bare && j == i+1 {
		return dpart{m: m, end: j}, true
	}
	return dpart{}, false
}

// dayLed reads "9 October", "9th of October 2024", "the 9th of October".
func (p *parser) dayLed(i int) (dpart, bool) {
	j := i
	the := p.fn(j) == fnThe
	if the {
		j++
	}
	d, ok := p.day(j)
	if !ok {
		return dpart{}, false
	}
	ordinal := p.t[j].nflag&nfOrdinal != 0
	j++
	of := p.fn(j) == fnOf
	if of {
		j++
	}
	if the && !ordinal && !of {
		// "the 7 October attack": the article belongs to the noun; the
		// scan moves on and finds "7 October" alone.
		return dpart{}, false
	}
	e, ok := p.word(j)
	if !ok || e.kind != lxMonth || (e.cap && !p.t[j].cap) {
		return dpart{}, false
	}
	j++
	if e.abbr && p.punct(j, '.') && p.glued(j) {
		j++
	}
	y, k := p.optYear(j)
	return dpart{y: y, m: int(e.val), d: d, end: k}, true
}

// bareDay reads a day number standing for a day of a month named on the
// other side of a range ("November 11 and 12", "11-12 November").
func (p *parser) bareDay(i int) (dpart, bool) {
	d, ok := p.day(i)
	if !ok {
		return dpart{}, false
	}
	y, k := p.optYear(i + 1)
	return dpart{y: y, d: d, end: k}, true
}

// connector reads a range word: a dash, to, through, until, or (when and
// is set) "and". It returns the index after it.
func (p *parser) connector(i int, and bool) (int, bool) {
	if p.punct(i, '-') {
		return i + 1, true
	}
	switch p.fn(i) {
	case fnTo, fnThrough, fnUntil:
		return i + 1, true
	case fnAnd:
		if and {
			return i + 1, true
		}
	}
	return i, false
}

// combine joins two sides of a range, filling what one side leaves out
// from the other, and rejects mixed or backwards ranges.
func combine(a, b dpart) (dpart, dpart, bool) {
	switch {
	case a.d > 0 || b.d > 0:
		if a.d == 0 || b.d == 0 {
			return a, b, false
		}
		if a.m == 0 {
			a.m = b.m
		}
		if b.m == 0 {
			b.m = a.m
		}
		if a.m == 0 {
			return a, b, false
		}
	case a.m > 0 || b.m > 0:
		if a.m == 0 || b.m == 0 {
			return a, b, false
		}
	default:
		if a.y == 0 || b.y == 0 || a.y > b.y {
			return a, b, false
		}
		return a, b, true
	}
	if a.y != 0 && b.y != 0 {
		if a.y > b.y || a.y == b.y && (a.m > b.m || a.m == b.m && a.d > b.d) {
			return a, b, false
		}
	} else if a.m == b.m && a.d > b.d {
		return a, b, false
	}
	return a, b, true
}

func absExpr(a, b dpart, isRange bool) Expr {
	e := Expr{kind: kAbs, y1: a.y, m1: a.m, d1: a.d}
	if isRange {
		e.y2, e.m2, e.d2 = b.y, b.m, b.d
	}
	return e
}

// find scans the tokens and returns every expression, in order, with
// Start and End as byte offsets (Text is left to the caller).
func (p *parser) find(out []Expr) []Expr {
	yearList, yearPrep := false, fnNone
	for i := 0; i < len(p.t); {
		if !yearList && !p.canStart(i) {
			i++
			continue
		}
		e, next, ok := p.expr(i)
		if !ok && yearList {
			// "in 2000 and 2004": a year listed after a year that had its
			// preposition.
			if f := p.fn(i); (f == fnAnd || p.punct(i, ',')) && p.t[i].kind != tkNum {
				if y, ok2 := p.year(i+1, minBareYear, maxBareYear); ok2 && !p.punct(i+2, '-') {
					e, next, ok = Expr{kind: kAbs, y1: y, prep: yearPrep, Start: i + 1}, i+2, true
				}
			}
		}
		yearList = ok && e.kind == kAbs && e.m1 == 0 && e.y2 == 0 && e.part == partNone && e.prep != fnNone
		if yearList {
			yearPrep = e.prep
		}
		if ok {
			e.Start, e.End = int(p.t[e.Start].start), int(p.t[next-1].end)
			out = append(out, e)
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	return out
}

// canStart is a quick test that token i can begin an expression (or the
// preposition before one); most words and all punctuation cannot, so most
// tokens never reach the forms.
func (p *parser) canStart(i int) bool {
	if i >= len(p.t) {
		return false
	}
	t := &p.t[i]
	switch t.kind {
	case tkNum:
		return true
	case tkWord:
		switch t.lex.kind {
		case lxMonth, lxWeekday, lxSeason, lxDeictic:
			return true
		case lxNumber:
			return p.unitAt(i+1) != unitNone
		case lxFn:
			switch fn(t.lex.val) {
			case fnLast, fnNext, fnThis, fnPrevious, fnPast, fnComing, fnEarlier, fnLater,
				fnEarly, fnMid, fnLate, fnFrom, fnBetween:
				return true
			case fnEra:
				return p.era(i) == fnEra && i+1 < len(p.t) && p.t[i+1].kind == tkNum // "AD 70" (K19)
			case fnThe:
				n, ok := p.word(i + 1)
				if !ok {
					return i+1 < len(p.t) && p.t[i+1].kind == tkNum
				}
				if n.kind == lxSeason {
					return true
				}
				switch fn(n.val) {
				case fnPrevious, fnPast, fnLast, fnNext, fnComing, fnEarly, fnMid, fnLate, fnEnd, fnStart, fnFirst, fnSecond:
					return n.kind == lxFn
				}
				return false
			case fnIn, fnOn, fnAt, fnSince, fnUntil, fnBy, fnOf, fnDuring, fnBefore, fnAfter, fnThrough, fnWithin:
				return p.canStart(i + 1)
			}
		}
	}
	return false
}

// expr tries every form at token i. On success Expr.Start holds the first
// token index of the span (find turns it into a byte offset).
func (p *parser) expr(i int) (Expr, int, bool) {
	prep := p.fn(i)
	switch prep {
	case fnFrom:
		// "from 3 to 5 May" is a range form; "from 2015" alone is a year
		// after a preposition.
		if e, next, ok := p.try(i, fnNone); ok {
			return e, next, true
		}
		return p.try(i+1, prep)
	case fnIn, fnOn, fnAt, fnSince, fnUntil, fnBy, fnOf, fnDuring, fnBefore, fnAfter, fnThrough, fnWithin:
		return p.try(i+1, prep)
	}
	return p.try(i, fnNone)
}

func (p *parser) try(s int, prep fn) (Expr, int, bool) {
	// A plain sequence rather than a table of method values, which would
	// allocate closures on every call.
	e, next, ok := p.numeric(s, prep)
	if !ok {
		e, next, ok = p.weekday(s, prep)
	}
	if !ok {
		e, next, ok = p.deictic(s, prep)
	}
	if !ok {
		e, next, ok = p.relative(s, prep)
	}
	if !ok {
		e, next, ok = p.ago(s, prep)
	}
	if !ok {
		e, next, ok = p.partOf(s, prep)
	}
	if !ok {
		e, next, ok = p.dates(s, prep)
	}
	if !ok {
		e, next, ok = p.years(s, prep)
	}
	if !ok {
		e, next, ok = p.seasons(s, prep)
	}
	if !ok {
		// Everything that matches without the preposition also matches
		// with it, so the preposition token need not be tried again.
		return Expr{}, s, false
	}
	e.prep = prep
	e.Start = s
	return e, next, true
}

// numeric reads ISO dates (2024-01-25, 2024/01/25) and day/month/year
// dates with slashes when the order is unambiguous (25/01/2024).
func (p *parser) numeric(i int, _ fn) (Expr, int, bool) {
	a, ok := p.plainNum(i)
	if !ok || !p.glued(i+1) || !p.glued(i+2) || !p.glued(i+3) || !p.glued(i+4) {
		return Expr{}, i, false
	}
	sep := byte('-')
	if p.punct(i+1, '/') {
		sep = '/'
	} else if !p.punct(i+1, '-') {
		return Expr{}, i, false
	}
	b, ok1 := p.plainNum(i + 2)
	c, ok2 := p.plainNum(i + 4)
	if !ok1 || !ok2 || !p.punct(i+3, sep) || b.nflag != 0 || c.nflag != 0 || a.nflag != 0 {
		return Expr{}, i, false
	}
	// A digit right after would make this part of a longer number string
	// such as a phone number or an identifier.
	if i+5 < len(p.t) && p.glued(i+5) && (p.t[i+5].kind == tkNum || p.punct(i+5, sep)) {
		return Expr{}, i, false
	}
	var y, m, d int
	switch {
	case a.nd == 4 && b.nd <= 2 && c.nd <= 2:
		y, m, d = int(a.val), int(b.val), int(c.val)
	case sep == '/' && a.nd <= 2 && b.nd <= 2 && c.nd == 4:
		y = int(c.val)
		switch x, z := int(a.val), int(b.val); {
		case x > 12 || x == z:
			d, m = x, z
		case z > 12:
			m, d = x, z
		default:
			return Expr{}, i, false // 05/06/2024: day-first or month-first?
		}
	default:
		return Expr{}, i, false
	}
	if y < minYear || y > maxYear || m < 1 || m > 12 || d < 1 || d > 31 {
		return Expr{}, i, false
	}
	return Expr{kind: kAbs, y1: y, m1: m, d1: d}, i + 5, true
}

// weekday reads "Friday", "last Tuesday", "next Wednesday", "this Monday",
// and "Friday, October 25" (where the full date wins).
func (p *parser) weekday(i int, _ fn) (Expr, int, bool) {
	rel := 0
	j := i
	switch p.fn(j) {
	case fnLast, fnPrevious:
		rel, j = -1, j+1
	case fnNext, fnComing:
		rel, j = 1, j+1
	case fnThis:
		j++
	}
	e, ok := p.word(j)
	if !ok || e.kind != lxWeekday {
		return Expr{}, i, false
	}
	j++
	k := j
	if p.punct(k, ',') {
		k++
	}
	if d, next, ok := p.dates(k, fnNone); ok && d.d1 > 0 {
		return d, next, true
	}
	return Expr{kind: kWeekday, wd: weekdayOf(e.val), rel: rel}, j, true
}

// deictic reads "yesterday", "today", "tomorrow", "tonight", "last night",
// "this morning" and "the previous day".
func (p *parser) deictic(i int, _ fn) (Expr, int, bool) {
	if e, ok := p.word(i); ok && e.kind == lxDeictic {
		return Expr{kind: kDeictic, n: int(e.val)}, i + 1, true
	}
	switch p.fn(i) {
	case fnLast:
		if p.fn(i+1) == fnNight {
			return Expr{kind: kDeictic, n: -1}, i + 2, true
		}
	case fnThis:
		if p.fn(i+1) == fnMorning {
			return Expr{kind: kDeictic, n: 0}, i + 2, true
		}
	case fnThe:
		if p.fn(i+1) == fnPrevious {
			if e, ok := p.word(i + 2); ok && e.kind == lxUnit && unit(e.val) == unitDay {
				return Expr{kind: kDeictic, n: -1}, i + 3, true
			}
		}
	}
	return Expr{}, i, false
}

// count reads a number of units: digits ("3") or a number word ("three").
func (p *parser) count(i int) (int, bool) {
	if t, ok := p.plainNum(i); ok && t.nflag == 0 && t.nd <= 4 && t.val >= 1 && t.val <= maxCount {
		return int(t.val), true
	}
	if e, ok := p.word(i); ok && e.kind == lxNumber {
		return int(e.val), true
	}
	return 0, false
}

func (p *parser) unitAt(i int) unit {
	if e, ok := p.word(i); ok && e.kind == lxUnit {
		return unit(e.val)
	}
	return unitNone
}

// relative reads "last week", "this month", "next year", "the previous
// week", "earlier this month", "later this year", "last May", "next
// spring" and "the past two weeks".
func (p *parser) relative(i int, _ fn) (Expr, int, bool) {
	j := i
	the := p.fn(j) == fnThe
	if the {
		j++
	}
	pt := partNone
	switch p.fn(j) {
	case fnEarlier:
		pt, j = partEarlier, j+1
	case fnLater:
		pt, j = partLater, j+1
	}
	rel := 0
	span := false
	switch p.fn(j) {
	case fnLast:
		rel, span = -1, the // "the last year" is a span, "last year" a calendar year
	case fnPrevious:
		rel = -1
	case fnPast:
		rel, span = -1, true
	case fnNext, fnComing:
		rel = 1
	case fnThis:
		if the {
			return Expr{}, i, false
		}
	default:
		return Expr{}, i, false
	}
	r := p.fn(j)
	j++
	if pt != partNone && r != fnThis {
		return Expr{}, i, false // "earlier last week" is not English
	}
	// "the past two weeks", "the last three months", "the next few" (no).
	if n, ok := p.count(j); ok && r != fnThis && r != fnPrevious {
		if u := p.unitAt(j + 1); u != unitNone && u != unitWeekend {
			return Expr{kind: kSpan, rel: rel, n: n, unit: u}, j + 2, true
		}
		return Expr{}, i, false
	}
	if e, ok := p.word(j); ok {
		switch e.kind {
		case lxUnit:
			u := unit(e.val)
			if e.plural {
				// "the coming months", "recent weeks": too vague to date.
				return Expr{}, i, false
			}
			if span {
				if u == unitWeekend {
					u = unitWeek
				}
				return Expr{kind: kSpan, rel: rel, n: 1, unit: u}, j + 1, true
			}
			if u == unitDay || u == unitHour {
				// "the previous day" is a deictic; "next day" is relative
				// to some other event, not to publication.
				return Expr{}, i, false
			}
			return Expr{kind: kRel, rel: rel, unit: u, part: pt}, j + 1, true
		case lxMonth:
			if pt != partNone || span || e.abbr || (e.cap && !p.t[j].cap) {
				return Expr{}, i, false
			}
			return Expr{kind: kAbs, m1: int(e.val), rel: rel, this: r == fnThis}, j + 1, true
		case lxSeason:
			if pt != partNone || span {
				return Expr{}, i, false
			}
			return Expr{kind: kSeason, season: season(e.val), rel: rel, this: r == fnThis}, j + 1, true
		}
	}
	return Expr{}, i, false
}

// ago reads "two days ago", "a week ago" and, after "in" or "within",
// "in two weeks" / "within three days".
func (p *parser) ago(i int, prep fn) (Expr, int, bool) {
	n, ok := p.count(i)
	if !ok {
		return Expr{}, i, false
	}
	u := p.unitAt(i + 1)
	if u == unitNone || u == unitWeekend {
		return Expr{}, i, false
	}
	if p.fn(i+2) == fnAgo {
		return Expr{kind: kAgo, rel: -1, n: n, unit: u}, i + 3, true
	}
	if p.fn(i+2) == fnOf {
		return Expr{}, i, false // "in six days of fighting" is a duration
	}
	// "in two weeks" is ahead only in a future clause; "the worst drought
	// in 40 years" is not a date at all, so these resolve only when the
	// tense is future.
	switch prep {
	case fnIn:
		return Expr{kind: kAgo, rel: 1, n: n, unit: u, future: true}, i + 2, true
	case fnWithin:
		return Expr{kind: kSpan, rel: 1, n: n, unit: u, future: true}, i + 2, true
	}
	return Expr{}, i, false
}

// partOf reads the early/mid/late and start/end forms: "early 2017",
// "mid-2017", "late May", "the early 1990s", "late last year", "the end of
// 2019", "the beginning of the year".
func (p *parser) partOf(i int, prep fn) (Expr, int, bool) {
	j := i
	if p.fn(j) == fnThe {
		j++
	}
	var pt part
	switch p.fn(j) {
	case fnEarly:
		pt = partEarly
	case fnMid:
		pt = partMid
	case fnLate:
		pt = partLate
	case fnFirst, fnSecond:
		// "the first half of 2019", "the second half of the year".
		pt = partFirstHalf
		if p.fn(j) == fnSecond {
			pt = partSecondHalf
		}
		if p.fn(j+1) != fnHalf || p.fn(j+2) != fnOf {
			return Expr{}, i, false
		}
		j += 2
	case fnEnd, fnStart:
		pt = partLate
		if p.fn(j) == fnStart {
			pt = partEarly
		}
		if p.fn(j+1) != fnOf {
			return Expr{}, i, false
		}
		j++
	default:
		return Expr{}, i, false
	}
	j++
	if pt == partMid && p.punct(j, '-') && p.glued(j) {
		j++
	}
	if t, ok := p.plainDecade(j); ok && pt != partFirstHalf && pt != partSecondHalf {
		return Expr{kind: kAbs, y1: t, y2: t + 9, decade: true, part: pt}, j + 1, true
	}
	if y, ok := p.year(j, minYear, maxYear); ok {
		return Expr{kind: kAbs, y1: y, part: pt}, j + 1, true
	}
	if d, ok := p.monthLed(j, true); ok && d.d == 0 && pt != partFirstHalf && pt != partSecondHalf {
		return Expr{kind: kAbs, y1: d.y, m1: d.m, part: pt}, d.end, true
	}
	// "late last year", "early next month", "the end of the year".
	k := j
	rel := 0
	switch p.fn(k) {
	case fnLast, fnPrevious:
		rel = -1
	case fnNext, fnComing:
		rel = 1
	case fnThis, fnThe:
	default:
		return Expr{}, i, false
	}
	k++
	if u := p.unitAt(k); u == unitWeek || u == unitMonth || u == unitYear {
		if (pt == partFirstHalf || pt == partSecondHalf) && u != unitYear {
			return Expr{}, i, false
		}
		return Expr{kind: kRel, rel: rel, unit: u, part: pt}, k + 1, true
	}
	return Expr{}, i, false
}

// plainDecade reads "1990s".
func (p *parser) plainDecade(i int) (int, bool) {
	if i >= len(p.t) || p.t[i].kind != tkNum {
		return 0, false
	}
	t := p.t[i]
	if t.nflag != nfDecade || t.nd != 4 || t.val%10 != 0 || t.val < minYear || t.val > maxYear {
		return 0, false
	}
	return int(t.val), true
}

// dates reads day- and month-level dates and their ranges: "October 9",
// "9 October", "November 11 and 12", "11-12 November", "from 3 to 5 May",
// "between May 3 and May 5", "May 2017", "from May to July 2017" and, after
// a preposition, a month alone ("in May").
func (p *parser) dates(i int, prep fn) (Expr, int, bool) {
	if f := p.fn(i); f == fnFrom || f == fnBetween {
		a, ok := p.anyPart(i + 1)
		if ok {
			j, ok := p.connector(a.end, f == fnBetween)
			if ok && (f == fnBetween) == (p.fn(a.end) == fnAnd) {
				if b, ok := p.anyPart(j); ok {
					if a2, b2, ok := combine(a, b); ok && (a.m > 0 || a.d > 0) {
						return absExpr(a2, b2, true), b.end, true
					}
				}
			}
		}
		return Expr{}, i, false
	}
	a, ok := p.dayLed(i)
	if !ok {
		a, ok = p.monthLed(i, false)
	}
	if !ok {
		// "11-12 November", "11 and 12 November", "3 to 5 May".
		if d, ok := p.bareDay(i); ok && d.y == 0 {
			if j, ok := p.connector(d.end, true); ok {
				if b, ok := p.dayLed(j); ok {
					if a2, b2, ok := combine(d, b); ok {
						return absExpr(a2, b2, true), b.end, true
					}
				}
			}
		}
		// A month alone, or a month range "May-June 2017".
		if m, ok := p.monthLed(i, true); ok && m.y == 0 {
			if j, ok := p.connector(m.end, false); ok {
				if b, ok := p.monthLed(j, true); ok && b.d == 0 {
					if a2, b2, ok := combine(m, b); ok {
						return absExpr(a2, b2, true), b.end, true
					}
				}
			}
			if e, next := p.relYear(absExpr(m, dpart{}, false), m.end); next > m.end {
				return e, next, true
			}
			switch prep {
			case fnIn, fnSince, fnUntil, fnBy, fnDuring, fnBefore, fnAfter, fnThrough:
				return absExpr(m, dpart{}, false), m.end, true
			}
		}
		return Expr{}, i, false
	}
	if a.y == 0 || a.d == 0 {
		if j, ok := p.connector(a.end, true); ok {
			b, ok := p.bareDay(j)
			if bb, ok2 := p.dayLed(j); ok2 {
				b, ok = bb, true
			} else if bb, ok2 := p.monthLed(j, false); ok2 {
				b, ok = bb, true
			}
			// "and" joins a range only within one month: "November 11 and
			// 12", not "May 3 and June 10", which are two dates.
			if ok && p.fn(a.end) == fnAnd && b.m != 0 && b.m != a.m {
				ok = false
			}
			if ok && (a.d > 0) == (b.d > 0) {
				if a2, b2, ok := combine(a, b); ok {
					return absExpr(a2, b2, true), b.end, true
				}
			}
		}
	}
	e := absExpr(a, dpart{}, false)
	next := a.end
	if a.y == 0 {
		e, next = p.relYear(e, a.end)
	}
	return e, next, true
}

// relYear reads "last year", "of last year", "this year", "next year"
// after a date without a year ("in August last year", "June of last
// year"), which fixes the year relative to publication.
func (p *parser) relYear(e Expr, i int) (Expr, int) {
	j := i
	if p.fn(j) == fnOf {
		j++
	}
	if p.unitAt(j+1) != unitYear || p.t[j+1].lex.plural {
		return e, i
	}
	switch p.fn(j) {
	case fnLast, fnPrevious:
		e.rel = -1
	case fnThis:
		e.rel = 0
	case fnNext, fnComing:
		e.rel = 1
	default:
		return e, i
	}
	e.relYear = true
	return e, j + 2
}

// anyPart reads one side of a from/between range: a date, a month, a bare
// day or a year.
func (p *parser) anyPart(i int) (dpart, bool) {
	if d, ok := p.dayLed(i); ok {
		return d, true
	}
	if d, ok := p.monthLed(i, true); ok {
		return d, true
	}
	if d, ok := p.bareDay(i); ok {
		return d, true
	}
	if y, ok := p.year(i, minBareYear, maxBareYear); ok {
		return dpart{y: y, end: i + 1}, true
	}
	return dpart{}, false
}

// years reads year-level forms: "the 1990s", "2015-2018", "from 2015 to
// 2018", "between 2015 and 2018", and a bare year after a preposition
// ("in 2020", "since 2011"), but not "the 1990 agreement".
func (p *parser) years(i int, prep fn) (Expr, int, bool) {
	j := i
	if p.fn(j) == fnThe {
		j++
	}
	if y, ok := p.plainDecade(j); ok {
		return Expr{kind: kAbs, y1: y, y2: y + 9, decade: true}, j + 1, true
	}
	f := p.fn(i)
	if f == fnFrom || f == fnBetween {
		a, ok := p.year(i+1, minBareYear, maxBareYear)
		if !ok {
			return Expr{}, i, false
		}
		k, ok := p.connector(i+2, f == fnBetween)
		if !ok || (f == fnBetween) != (p.fn(i+2) == fnAnd) {
			return Expr{}, i, false
		}
		if b, ok := p.year(k, minBareYear, maxBareYear); ok && b > a {
			return Expr{kind: kAbs, y1: a, y2: b}, k + 1, true
		}
		return Expr{}, i, false
	}
	if f == fnThe {
		return p.episodeYear(i, prep)
	}
	if y, next, ok := p.eraYear(i); ok {
		return Expr{kind: kAbs, y1: y}, next, true
	}
	if p.era(i+1) == fnEraBC {
		return Expr{}, i, false // "in 1200 BC": no date this resolver spells
	}
	y, ok := p.year(i, minBareYear, maxBareYear)
	if !ok {
		if y, ok := p.earlyYear(i, prep); ok {
			return Expr{kind: kAbs, y1: y}, i + 1, true
		}
		return Expr{}, i, false
	}
	// "2015-2018", "2015–16".
	if p.punct(i+1, '-') && p.glued(i+1) && p.glued(i+2) {
		if t, ok := p.plainNum(i + 2); ok && t.nflag == 0 {
			y2 := int(t.val)
			if t.nd == 2 {
				y2 += y / 100 * 100
			}
			if (t.nd == 2 || t.nd == 4) && y2 > y && y2-y <= 100 && !p.quantityAfter(i+3) {
				return Expr{kind: kAbs, y1: y, y2: y2}, i + 3, true
			}
		}
	}
	switch prep {
	case fnIn, fnSince, fnUntil, fnBy, fnDuring, fnBefore, fnAfter, fnThrough, fnFrom:
	case fnNone:
		// "1998 - India and Pakistan carry out nuclear tests", "2014:
		// Russia annexes Crimea": a year heading a chronology's entry,
		// before a dash set apart by a space or a colon, dates it.
		if !p.entryStart(i) || !(p.punct(i+1, '-') && !p.glued(i+1) && !p.glued(i+2) || p.punct(i+1, ':')) || i+2 < len(p.t) && p.t[i+2].kind == tkNum {
			// ("2000 - 3000 people marched" is a range of numbers.)
			return Expr{}, i, false
		}
		return Expr{kind: kAbs, y1: y}, i + 1, true
	case fnOf:
		// "the elections of 2020", but not "a total of 2000".
		if e, ok := p.word(i - 2); ok && e.kind == lxMeasure {
			return Expr{}, i, false
		}
	default:
		return Expr{}, i, false
	}
	// "in 2020-21 budget" and the like are handled above; a following
	// hyphenated number ("in 2020-555") is an identifier.
	if p.punct(i+1, '-') && p.glued(i+1) {
		return Expr{}, i, false
	}
	return Expr{kind: kAbs, y1: y}, i + 1, true
}

// entryStart: only punctuation (a bullet, a quote) comes before token i,
// so i opens the line.
func (p *parser) entryStart(i int) bool {
	for k := 0; k < i; k++ {
		if p.t[k].kind != tkPunct {
			return false
		}
	}
	return true
}

// episodeYear reads "the 2006 war" and "the 2011 Libyan uprising" (token i
// is "the") after a preposition of time: what is done in or during a
// bounded episode happens in its year. A document outlives its year ("under
// the 2015 agreement"), so only the lexicon's episode nouns count, and only
// one or two plain words may stand between the year and the noun.
func (p *parser) episodeYear(i int, prep fn) (Expr, int, bool) {
	switch prep {
	case fnIn, fnDuring, fnSince, fnUntil, fnBefore, fnAfter, fnThrough:
	default:
		return Expr{}, i, false
	}
	y, ok := p.year(i+1, minBareYear, maxBareYear)
	if !ok || p.glued(i+2) {
		return Expr{}, i, false // "the 2015-16 season", "the 2006's"
	}
	for k := i + 2; k < i+5; k++ {
		e, ok := p.word(k)
		if !ok {
			return Expr{}, i, false
		}
		switch e.kind {
		case lxEpisode:
			return Expr{kind: kAbs, y1: y}, k + 1, true
		case lxNone:
		default:
			return Expr{}, i, false
		}
	}
	return Expr{}, i, false
}

// seasons reads "the spring of 2019", "spring 2019", "in the summer" and
// "during winter". "fall" needs a year (else it is "the fall of Aleppo").
func (p *parser) seasons(i int, prep fn) (Expr, int, bool) {
	j := i
	the := p.fn(j) == fnThe
	if the {
		j++
	}
	e, ok := p.word(j)
	if !ok || e.kind != lxSeason {
		return Expr{}, i, false
	}
	j++
	k := j
	if p.fn(k) == fnOf {
		k++
	}
	if y, ok := p.year(k, minYear, maxYear); ok {
		return Expr{kind: kSeason, season: season(e.val), y1: y}, k + 1, true
	}
	if e.needYear {
		return Expr{}, i, false
	}
	switch prep {
	case fnIn, fnDuring, fnSince, fnUntil, fnBy, fnBefore, fnAfter, fnThrough:
		return Expr{kind: kSeason, season: season(e.val)}, j, true
	}
	return Expr{}, i, false
}

// era is the era word at i ("AD", "CE", "BC", "BCE"), written in
// capitals, or fnNone.
func (p *parser) era(i int) fn {
	if f := p.fn(i); (f == fnEra || f == fnEraBC) && p.t[i].cap {
		return f
	}
	return fnNone
}

// eraYear reads a year of the era of any length, "43 AD", "AD 43", "1066
// CE" (K19): the era word makes the number a year, with or without a
// preposition.
func (p *parser) eraYear(i int) (int, int, bool) {
	num := func(k int) (int, bool) {
		t, ok := p.plainNum(k)
		if !ok || t.nflag != 0 || t.nd > 4 || t.val < 1 || int(t.val) > maxYear {
			return 0, false
		}
		return int(t.val), true
	}
	if y, ok := num(i); ok && p.era(i+1) == fnEra {
		return y, i + 2, true
	}
	if p.era(i) == fnEra {
		if y, ok := num(i + 1); ok {
			return y, i + 2, true
		}
	}
	return 0, i, false
}

// earlyYear reads a year before the bare years' range after a preposition
// of time, "In 1066, William invaded England", "invaded Russia in 1571"
// (K19). A number there is a year only when no lower-case word follows
// that it could count ("in 1500 villages"): a comma, the sentence's end,
// a capitalised word or a grammar word ("in 1453 and") must.
func (p *parser) earlyYear(i int, prep fn) (int, bool) {
	switch prep {
	case fnIn, fnSince, fnUntil, fnBy, fnDuring, fnBefore, fnAfter, fnThrough:
	default:
		return 0, false
	}
	y, ok := p.year(i, minYear, minBareYear-1)
	if !ok {
		return 0, false
	}
	if p.punct(i+1, '-') && p.glued(i+1) {
		return 0, false // an identifier, or a range the caller reads
	}
	if i+1 < len(p.t) && p.t[i+1].kind == tkWord && !p.t[i+1].cap {
		if e, _ := p.word(i + 1); e.kind != lxFn {
			return 0, false
		}
	}
	return y, true
}
