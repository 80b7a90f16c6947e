package story

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
)

// readFeed turns each item of an RSS or Atom feed into a story. A feed that
// does not parse is one error for the whole file, but the complete items
// before the damage are still read (salvageFeed); an item without text is
// an error for that item only.
func (r *reader) readFeed(data []byte, source string) {
	feed, err := parseFeed(data)
	if err != nil {
		bad := fmt.Errorf("%w: %v", ErrBadFeed, err)
		cut := salvageFeed(data)
		if cut == nil {
			r.fail(source, "", bad)
			return
		}
		feed, err = parseFeed(cut)
		if err != nil || len(feed.Items) == 0 {
			r.fail(source, "", bad)
			return
		}
		if !r.fail(source, "", fmt.Errorf("%w; kept the %d complete item(s) before the damage", bad, len(feed.Items))) {
			return
		}
	}
	if len(feed.Items) == 0 {
		r.fail(source, "", fmt.Errorf("%w: the feed has no items", ErrEmpty))
		return
	}
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		s, cut, err := r.feedStory(feed, it, i, source)
		if cut != nil && !r.fail(source, s.ID, cut) {
			return
		}
		if err != nil {
			if !r.fail(source, s.ID, err) {
				return
			}
			continue
		}
		if !r.emit(s) {
			return
		}
	}
}

// parseFeed guards the caller against a panic inside the third-party
// parser: hostile input must end as an error, never as a crash.
func parseFeed(data []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, fmt.Errorf("feed parser failed: %v", p)
		}
	}()
	fp := gofeed.NewParser()
	// gofeed's RSS translator looks for an item's first image by building
	// each item's content and description into an HTML tree: an 18 MB feed
	// of short paragraphs took 800 MB that way. parley keeps no image, and
	// htmlText bounds its own rendering (fragmentText), so the scan is off.
	fp.RSSTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}
	return fp.Parse(bytes.NewReader(data))
}

// feedStory maps one item. The id is the item's guid, else its link, else
// "<feed>#<n>" (1-based): stable only while the feed keeps its order, but
// items with neither guid nor link offer nothing better. An item whose text
// is over the story limit is cut to it (cutText) and kept, and cut is the
// ErrCut warning that says so: the item is a story the feed holds, and its
// first 8 MiB code as well as any.
func (r *reader) feedStory(feed *gofeed.Feed, it *gofeed.Item, i int, source string) (s Story, cut, err error) {
	s = Story{
		ID:     strings.TrimSpace(it.GUID),
		Title:  htmlText(it.Title),
		URL:    strings.TrimSpace(it.Link),
		Source: htmlText(feed.Title),
	}
	if s.ID == "" {
		s.ID = s.URL
	}
	if s.ID == "" {
		base := source
		if !isURL(source) {
			base = filepath.Base(source)
		}
		s.ID = base + "#" + strconv.Itoa(i+1)
	}
	s.Date = r.opt.Date
	if d := feedDate(it.Published, it.PublishedParsed, it.Updated, it.UpdatedParsed); d != "" {
		s.Date = d
	}
	// Content is the full article when the feed has it; description is
	// often just a teaser.
	text := htmlText(it.Content)
	if strings.TrimSpace(text) == "" {
		text = htmlText(it.Description)
	}
	if max := r.opt.maxStory(); len(text) > max {
		short := cutText(text, max)
		cut = fmt.Errorf("%w: the item's text of %d bytes is over the %d-byte story limit; kept its first %d bytes", ErrCut, len(text), max, len(short))
		text = short
	}
	if strings.TrimSpace(text) == "" {
		return s, cut, fmt.Errorf("%w: the item has no description or content", ErrEmpty)
	}
	s.Text = text
	return s, cut, nil
}

// cutText cuts text to at most max bytes, at the last paragraph break
// before the limit, else the last line break, else the last space, else the
// last whole character, so no sentence is cut mid-word when a break exists.
func cutText(text string, max int) string {
	if len(text) <= max {
		return text
	}
	head := text[:max+1] // the byte after the limit may be the break itself
	for _, sep := range []string{"\n\n", "\n", " "} {
		if i := strings.LastIndex(head, sep); i > 0 {
			if t := strings.TrimSpace(text[:i]); t != "" {
				return t
			}
		}
	}
	i := max
	for i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	return strings.TrimSpace(text[:i])
}

// zonedLayouts are feed date forms with a numeric offset, which gofeed
// parses but then converts to UTC.
var zonedLayouts = [...]string{
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 -0700",
	time.RFC3339,
	time.RFC3339Nano,
}

// feedDate is the item's publication day, else its update day, as the
// publisher's calendar had it. gofeed converts times to UTC, which moves an
// evening story from New York to the next day, and with it the anchor of
// every "yesterday" in the text; so a raw timestamp with a numeric offset is
// re-read here, and only other forms use gofeed's UTC time.
func feedDate(published string, publishedParsed *time.Time, updated string, updatedParsed *time.Time) string {
	for _, c := range []struct {
		raw    string
		parsed *time.Time
	}{{published, publishedParsed}, {updated, updatedParsed}} {
		raw := strings.TrimSpace(c.raw)
		for _, layout := range zonedLayouts {
			if t, err := time.Parse(layout, raw); err == nil && firstTime(&t) != nil {
				return t.Format(DateLayout)
			}
		}
		if t := firstTime(c.parsed); t != nil {
			return t.Format(DateLayout)
		}
	}
	return ""
}

// firstTime returns the first non-nil, non-zero time. The date is kept in
// the time's own zone: the publisher's calendar day is what relative dates
// in the text count from.
func firstTime(ts ...*time.Time) *time.Time {
	for _, t := range ts {
		if t != nil && !t.IsZero() && t.Year() > 0 && t.Year() < 10000 {
			return t
		}
	}
	return nil
}

// htmlText renders an HTML fragment (feed descriptions and contents are
// usually HTML) as plain text, with paragraphs as blank-line-separated
// blocks. The result is derived text, so its offsets are those of the
// returned string, which becomes Story.Text. Bad UTF-8 left over by a
// mis-declared charset becomes U+FFFD.
func htmlText(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if strings.ContainsAny(s, "<&") {
		s = strings.TrimSpace(fragmentText(s))
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return normalize(s)
}
