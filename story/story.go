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
	t, err := time.Parse(DateLayout, s.Date)
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}
