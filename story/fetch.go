package story

import (
	"bufio"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
)

// userAgent identifies parley to the sites it fetches.
const userAgent = "parley (+https://github.com/parley-events/parley)"

// readURL fetches one http(s) URL and reads it by kind: the URL path's
// extension first, then the Content-Type, then the content itself. Failing
// to fetch (network error, non-2xx status) is fatal for this path, like a
// file that cannot be opened.
func (r *reader) readURL(rawURL string) error {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return fmt.Errorf("story: bad URL %q", rawURL)
	}
	client := r.opt.HTTPClient
	if client == nil {
		client = &http.Client{Timeout: DefaultHTTPTimeout}
	}
	req, err := http.NewRequestWithContext(r.ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return fmt.Errorf("story: fetch %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, text/plain;q=0.8, */*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("story: fetch %s: %w", rawURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("story: fetch %s: HTTP %s", rawURL, resp.Status)
	}
	k := kindOfName(path.Base(u.Path))
	if k == kindAuto {
		k = kindOfContentType(resp.Header.Get("Content-Type"))
	}
	final := rawURL
	if resp.Request != nil && resp.Request.URL != nil {
		final = resp.Request.URL.String() // after redirects
	}
	r.readStream(bufio.NewReaderSize(resp.Body, sniffSize), rawURL, rawURL, k, &final)
	return nil
}

// kindOfContentType maps a Content-Type to a kind; kindAuto lets the content
// decide, since servers often label feeds text/xml or even text/plain.
func kindOfContentType(ct string) kind {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return kindAuto
	}
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return kindHTML
	case strings.Contains(mt, "rss") || strings.Contains(mt, "atom"):
		return kindFeed
	case mt == "application/x-ndjson" || mt == "application/jsonl" || mt == "application/x-jsonlines":
		return kindJSONL
	}
	return kindAuto
}
