package story

import (
	"bytes"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
)

// maxHTMLElements bounds the DOM readability will score. Its scoring is
// superlinear, and a news page has a few thousand elements; a page with far
// more is generated junk and would only burn time.
const maxHTMLElements = 200_000

// readHTML extracts the main article of an HTML page. Readability detects
// the page's declared charset itself, so invalid UTF-8 is not checked on the
// raw bytes here, only NUL/binary data (by readDocument).
func (r *reader) readHTML(data []byte, source, id, pageURL string) {
	s, err := r.htmlStory(data, source, id, pageURL)
	if err != nil {
		r.fail(source, s.ID, err)
		return
	}
	r.emit(s)
}

func (r *reader) htmlStory(data []byte, source, id, pageURL string) (Story, error) {
	s := Story{ID: id, Date: r.opt.Date, URL: pageURL}
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	}
	if u == nil {
		// Readability resolves relative links against the page URL; a file
		// URL keeps it from dereferencing nothing.
		abs, err := filepath.Abs(source)
		if err != nil {
			abs = source
		}
		u = &url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	}
	art, err := parseArticle(data, u)
	if err != nil {
		return s, fmt.Errorf("%w: %v", ErrBadHTML, err)
	}
	if art.Node == nil {
		return s, fmt.Errorf("%w: no article text found", ErrEmpty)
	}
	text := htmlDerived(render.InnerText(art.Node))
	if max := r.opt.maxStory(); len(text) > max {
		return s, fmt.Errorf("story %w: text of %d bytes, more than %d", ErrTooLong, len(text), max)
	}
	if strings.TrimSpace(text) == "" {
		return s, fmt.Errorf("%w: no article text found", ErrEmpty)
	}
	s.Text = text
	s.Title = htmlDerived(art.Title())
	s.Source = htmlDerived(art.SiteName())
	if t, err := art.PublishedTime(); err == nil && firstTime(&t) != nil {
		s.Date = t.Format(DateLayout)
	}
	return s, nil
}

// parseArticle runs readability, turning a panic inside it into an error.
func parseArticle(data []byte, u *url.URL) (art readability.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			art, err = readability.Article{}, fmt.Errorf("readability failed: %v", p)
		}
	}()
	p := readability.NewParser()
	p.MaxElemsToParse = maxHTMLElements
	return p.Parse(bytes.NewReader(data), u)
}

// htmlDerived cleans text that came out of an HTML parser: trimmed, valid
// UTF-8, LF line ends.
func htmlDerived(s string) string {
	return normalize(strings.ToValidUTF8(strings.TrimSpace(s), "\uFFFD"))
}
