package when

import "time"

// Resolve turns an expression into a day range relative to the publication
// date pub (its calendar day, in its own location; results are midnight
// UTC). tense decides the expressions that do not say which way to look.
// It returns false when the expression names no real day (February 30) or
// falls outside years 1-9999; it never panics.
func (r *Resolver) Resolve(e Expr, pub time.Time, tense Tense) (Date, bool) {
	if e.future && tense != TenseFuture {
		return Date{}, false
	}
	if e.relYear && e.y1 == 0 {
		e.y1 = day(pub).Year() + e.rel
		e.rel = 0
	}
	d, ok := resolve(e, day(pub), tense)
	if !ok || d.Start.After(d.End) || d.Start.Year() < 1 || d.End.Year() > 9999 {
		return Date{}, false
	}
	return d, true
}

func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func ymd(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func daysIn(y, m int) int { return ymd(y, m+1, 0).Day() }

func valid(y, m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) }

func addDays(t time.Time, n int) time.Time { return t.AddDate(0, 0, n) }

// weekStart is the Monday of t's week (weeks run Monday to Sunday).
func weekStart(t time.Time) time.Time { return addDays(t, -((int(t.Weekday()) + 6) % 7)) }

func weekdayOf(v int8) time.Weekday { return time.Weekday(v) }

// chooseYear picks the year for an expression that names no year. span
// gives the expression's range in year y. Past takes the latest occurrence
// starting on or before pub; future the earliest ending on or after pub;
// unknown the nearest, ties going to the past. Candidates are the
// publication year and its neighbours, widened to four years either way
// only when none is valid (February 29).
func chooseYear(pub time.Time, tense Tense, span func(y int) (time.Time, time.Time, bool)) (int, bool) {
	py := pub.Year()
	for _, w := range [2]int{1, 4} {
		best, found := 0, false
		var bestDist time.Duration
		for y := py - w; y <= py+w; y++ {
			s, e, ok := span(y)
			if !ok {
				continue
			}
			switch tense {
			case TensePast:
				if !s.After(pub) {
					best, found = y, true
				}
			case TenseFuture:
				if !found && !e.Before(pub) {
					best, found = y, true
				}
			default:
				var dist time.Duration
				if pub.Before(s) {
					dist = s.Sub(pub)
				} else if pub.After(e) {
					dist = pub.Sub(e)
				}
				if !found || dist < bestDist {
					best, found, bestDist = y, true, dist
				}
			}
		}
		if found {
			return best, true
		}
	}
	return 0, false
}

func resolve(e Expr, p time.Time, tense Tense) (Date, bool) {
	switch e.kind {
	case kAbs:
		switch {
		case e.d1 > 0:
			return resolveDays(e, p, tense)
		case e.m1 > 0:
			return resolveMonths(e, p, tense)
		case e.y1 > 0:
			return resolveYears(e)
		}
	case kWeekday:
		back := (int(p.Weekday()) - int(e.wd) + 7) % 7
		fwd := (int(e.wd) - int(p.Weekday()) + 7) % 7
		var d time.Time
		switch {
		case e.rel < 0:
			if back == 0 {
				back = 7
			}
			d = addDays(p, -back)
		case e.rel > 0:
			if fwd == 0 {
				fwd = 7
			}
			d = addDays(p, fwd)
		case tense == TenseFuture:
			d = addDays(p, fwd)
		default:
			// Past and unknown: news mostly reports what happened.
			d = addDays(p, -back)
		}
		return Date{d, d, PrecisionDay}, true
	case kDeictic:
		d := addDays(p, e.n)
		return Date{d, d, PrecisionDay}, true
	case kRel:
		return resolveRel(e, p)
	case kAgo:
		return resolveAgo(e, p)
	case kSpan:
		n := e.n * e.rel
		var other time.Time
		prec := PrecisionDay
		switch e.unit {
		case unitHour:
			// "the past 24 hours": the days those hours touch.
			days := (e.n + 23) / 24
			other = addDays(p, days*e.rel)
		case unitDay:
			other = addDays(p, n)
		case unitWeek, unitWeekend:
			other, prec = addDays(p, 7*n), PrecisionWeek
		case unitMonth:
			other, prec = p.AddDate(0, n, 0), PrecisionMonth
		case unitYear:
			other, prec = p.AddDate(n, 0, 0), PrecisionYear
		default:
			return Date{}, false
		}
		if n < 0 {
			return Date{other, p, prec}, true
		}
		return Date{p, other, prec}, true
	case kSeason:
		return resolveSeason(e, p, tense)
	}
	return Date{}, false
}

func resolveDays(e Expr, p time.Time, tense Tense) (Date, bool) {
	m1, d1, m2, d2 := e.m1, e.d1, e.m2, e.d2
	y1, y2 := e.y1, e.y2
	if m2 == 0 {
		m2, d2, y2 = m1, d1, y1
	}
	wrap := m2 < m1 || m2 == m1 && d2 < d1 // "December 30 to January 2"
	carry := 0
	if wrap {
		carry = 1
	}
	switch {
	case y1 == 0 && y2 == 0:
		y, ok := chooseYear(p, tense, func(y int) (time.Time, time.Time, bool) {
			if !valid(y, m1, d1) || !valid(y+carry, m2, d2) {
				return time.Time{}, time.Time{}, false
			}
			return ymd(y, m1, d1), ymd(y+carry, m2, d2), true
		})
		if !ok {
			return Date{}, false
		}
		y1, y2 = y, y+carry
	case y1 == 0:
		y1 = y2 - carry
	case y2 == 0:
		y2 = y1 + carry
	}
	if !valid(y1, m1, d1) || !valid(y2, m2, d2) {
		return Date{}, false
	}
	return Date{ymd(y1, m1, d1), ymd(y2, m2, d2), PrecisionDay}, true
}

func resolveMonths(e Expr, p time.Time, tense Tense) (Date, bool) {
	m1, m2 := e.m1, e.m2
	y1, y2 := e.y1, e.y2
	if m2 == 0 {
		m2, y2 = m1, y1
	}
	if m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 {
		return Date{}, false
	}
	carry := 0
	if m2 < m1 {
		carry = 1
	}
	py := p.Year()
	switch {
	case y1 == 0 && y2 == 0:
		var y int
		switch {
		case e.this:
			y = py
		case e.rel < 0: // "last May": the latest May that is over
			y = py
			if !ymd(py, m1+1, 0).Before(p) {
				y = py - 1
			}
		case e.rel > 0: // "next May": the earliest May still to begin
			y = py
			if !ymd(py, m1, 1).After(p) {
				y = py + 1
			}
		default:
			var ok bool
			y, ok = chooseYear(p, tense, func(y int) (time.Time, time.Time, bool) {
				return ymd(y, m1, 1), ymd(y+carry, m2+1, 0), true
			})
			if !ok {
				return Date{}, false
			}
		}
		y1, y2 = y, y+carry
	case y1 == 0:
		y1 = y2 - carry
	case y2 == 0:
		y2 = y1 + carry
	}
	start, end := ymd(y1, m1, 1), ymd(y2, m2+1, 0)
	if e.m2 == 0 && e.part != partNone {
		return thirds(start, end, e.part, unitMonth), true
	}
	return Date{start, end, PrecisionMonth}, true
}

func resolveYears(e Expr) (Date, bool) {
	y2 := e.y2
	if y2 == 0 {
		y2 = e.y1
	}
	start, end := ymd(e.y1, 1, 1), ymd(y2, 12, 31)
	if e.part == partNone {
		return Date{start, end, PrecisionYear}, true
	}
	if e.decade {
		// early 1990s = 1990-1993, mid = 1994-1996, late = 1997-1999.
		switch e.part {
		case partEarly:
			return Date{start, ymd(e.y1+3, 12, 31), PrecisionYear}, true
		case partMid:
			return Date{ymd(e.y1+4, 1, 1), ymd(e.y1+6, 12, 31), PrecisionYear}, true
		default:
			return Date{ymd(e.y1+7, 1, 1), end, PrecisionYear}, true
		}
	}
	if y2 != e.y1 {
		return Date{start, end, PrecisionYear}, true
	}
	return thirds(start, end, e.part, unitYear), true
}

// thirds narrows a period to its early, mid or late third, or to the part
// before or after the publication day (applied by resolveRel). A year splits
// into Jan-Apr, May-Aug and Sep-Dec (precision season); a month into days
// 1-10, 11-20 and 21-end (precision week); a week into Mon-Tue, Wed-Thu and
// Fri-Sun (precision week).
func thirds(start, end time.Time, pt part, u unit) Date {
	switch u {
	case unitYear:
		y := start.Year()
		switch pt {
		case partEarly:
			return Date{ymd(y, 1, 1), ymd(y, 4, 30), PrecisionSeason}
		case partMid:
			return Date{ymd(y, 5, 1), ymd(y, 8, 31), PrecisionSeason}
		case partLate:
			return Date{ymd(y, 9, 1), ymd(y, 12, 31), PrecisionSeason}
		case partFirstHalf:
			return Date{ymd(y, 1, 1), ymd(y, 6, 30), PrecisionSeason}
		case partSecondHalf:
			return Date{ymd(y, 7, 1), ymd(y, 12, 31), PrecisionSeason}
		}
		return Date{start, end, PrecisionYear}
	case unitMonth:
		y, m := start.Year(), int(start.Month())
		switch pt {
		case partEarly:
			return Date{ymd(y, m, 1), ymd(y, m, 10), PrecisionWeek}
		case partMid:
			return Date{ymd(y, m, 11), ymd(y, m, 20), PrecisionWeek}
		case partLate:
			return Date{ymd(y, m, 21), end, PrecisionWeek}
		}
		return Date{start, end, PrecisionMonth}
	case unitWeek:
		switch pt {
		case partEarly:
			return Date{start, addDays(start, 1), PrecisionWeek}
		case partMid:
			return Date{addDays(start, 2), addDays(start, 3), PrecisionWeek}
		case partLate:
			return Date{addDays(start, 4), end, PrecisionWeek}
		}
	}
	return Date{start, end, PrecisionWeek}
}

func resolveRel(e Expr, p time.Time) (Date, bool) {
	var start, end time.Time
	var prec Precision
	switch e.unit {
	case unitWeek:
		start = addDays(weekStart(p), 7*e.rel)
		end, prec = addDays(start, 6), PrecisionWeek
	case unitWeekend:
		start = addDays(weekStart(p), 7*e.rel+5)
		end, prec = addDays(start, 1), PrecisionDay
	case unitMonth:
		start = ymd(p.Year(), int(p.Month())+e.rel, 1)
		end, prec = ymd(start.Year(), int(start.Month())+1, 0), PrecisionMonth
	case unitYear:
		start = ymd(p.Year()+e.rel, 1, 1)
		end, prec = ymd(start.Year(), 12, 31), PrecisionYear
	default:
		return Date{}, false
	}
	switch e.part {
	case partNone:
		return Date{start, end, prec}, true
	case partEarlier:
		// "earlier this month": from the start of the period to the day
		// before publication (the publication day itself if it is the
		// first day).
		end = addDays(p, -1)
		if end.Before(start) {
			end = start
		}
		return Date{start, end, prec}, true
	case partLater:
		start = addDays(p, 1)
		if start.After(end) {
			start = end
		}
		return Date{start, end, prec}, true
	}
	if e.unit == unitWeekend {
		return Date{start, end, prec}, true
	}
	return thirds(start, end, e.part, e.unit), true
}

func resolveAgo(e Expr, p time.Time) (Date, bool) {
	n := e.n * e.rel
	switch e.unit {
	case unitHour:
		d := addDays(p, n/24)
		return Date{d, d, PrecisionDay}, true
	case unitDay:
		d := addDays(p, n)
		return Date{d, d, PrecisionDay}, true
	case unitWeek:
		s := weekStart(addDays(p, 7*n))
		return Date{s, addDays(s, 6), PrecisionWeek}, true
	case unitMonth:
		s := ymd(p.Year(), int(p.Month())+n, 1)
		return Date{s, ymd(s.Year(), int(s.Month())+1, 0), PrecisionMonth}, true
	case unitYear:
		y := p.Year() + n
		return Date{ymd(y, 1, 1), ymd(y, 12, 31), PrecisionYear}, true
	}
	return Date{}, false
}

// seasonSpan is the meteorological (northern-hemisphere) season of year y;
// winter y runs from December y to February y+1.
func seasonSpan(s season, y int) (time.Time, time.Time, bool) {
	switch s {
	case seasonSpring:
		return ymd(y, 3, 1), ymd(y, 5, 31), true
	case seasonSummer:
		return ymd(y, 6, 1), ymd(y, 8, 31), true
	case seasonAutumn:
		return ymd(y, 9, 1), ymd(y, 11, 30), true
	case seasonWinter:
		return ymd(y, 12, 1), ymd(y+1, 3, 0), true
	}
	return time.Time{}, time.Time{}, false
}

func resolveSeason(e Expr, p time.Time, tense Tense) (Date, bool) {
	y := e.y1
	if y == 0 {
		py := p.Year()
		switch {
		case e.this:
			// The one containing pub, else the one of the publication year.
			y = py
			if s, en, ok := seasonSpan(e.season, py-1); ok && !p.Before(s) && !p.After(en) {
				y = py - 1
			}
		case e.rel < 0: // the latest that is over
			y = py
			for k := 0; k < 3; k++ {
				if _, en, ok := seasonSpan(e.season, y); ok && en.Before(p) {
					break
				}
				y--
			}
		case e.rel > 0: // the earliest still to begin
			y = py - 1
			for k := 0; k < 3; k++ {
				if s, _, ok := seasonSpan(e.season, y); ok && s.After(p) {
					break
				}
				y++
			}
		default:
			var ok bool
			y, ok = chooseYear(p, tense, func(y int) (time.Time, time.Time, bool) { return seasonSpan(e.season, y) })
			if !ok {
				return Date{}, false
			}
		}
	}
	s, en, ok := seasonSpan(e.season, y)
	if !ok {
		return Date{}, false
	}
	return Date{s, en, PrecisionSeason}, true
}
