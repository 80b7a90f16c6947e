// Package story defines the unit of input, a news story, and its readers.
package story

import "time"

// DateLayout is the only date form stories carry: the publication day.
const DateLayout = "2006-01-02"

// Story is one news article. Date is the publication date (YYYY-MM-DD) and
// anchors every relative date expression in the text.
type Story struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Text   string `json:"text"`
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`
}

// PubDate parses Date; the zero time is returned when Date is empty or bad,
// so callers can decide what an undated story means for them.
func (s Story) PubDate() (time.Time, bool) {
	if s.Date == "" {
		return time.Time{}, false
	}
	if t, ok := parseDay(s.Date); ok {
		return t, true
	}
	t, err := time.Parse(DateLayout, s.Date)
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// parseDay reads a plain YYYY-MM-DD without time.Parse's layout machinery
// (it ran once per story); anything else, or a day the month does not
// have, is left to time.Parse.
func parseDay(d string) (time.Time, bool) {
	if len(d) != 10 || d[4] != '-' || d[7] != '-' {
		return time.Time{}, false
	}
	num := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, true
	}
	y, ok1 := num(d[:4])
	m, ok2 := num(d[5:7])
	day, ok3 := num(d[8:])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || day < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return time.Time{}, false // February 30th and the like
	}
	return t, true
}
