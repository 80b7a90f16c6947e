package story

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

func TestReadFeedFiles(t *testing.T) {
	tests := []struct {
		path   string
		want   []Story
		errIDs []string
	}{
		{
			path: "testdata/rss.xml",
			want: []Story{
				{
					ID: "levant-2024-0001", Date: "2024-10-26",
					Text:  "Russia, Turkey and Iran held the 21st round of talks in Astana on Friday.\n\nDelegations from the Syrian government & opposition attended.",
					Title: "Guarantor states meet in Astana", URL: "https://example.org/astana-21", Source: "Levant Wire",
				},
				{
					// No guid: the link is the id. 23:30 at -0500 is still
					// the 5th where it was published (the 6th in UTC).
					ID: "https://example.org/idlib-ceasefire", Date: "2020-03-05",
					Text:  "Turkey and Russia agreed a ceasefire in Idlib on Thursday.",
					Title: "Ceasefire holds in Idlib", URL: "https://example.org/idlib-ceasefire", Source: "Levant Wire",
				},
				{
					// Neither guid nor link: the feed's name and position;
					// no date: Options.Date.
					ID: "rss.xml#3", Date: "1999-12-31",
					Text:  "Jordan called for restraint.",
					Title: "No identifiers here", Source: "Levant Wire",
				},
			},
			errIDs: []string{"https://example.org/gallery"}, // an image and no text
		},
		{
			path: "testdata/atom.xml",
			want: []Story{
				{
					// Content wins over the teaser summary; the title's
					// double-escaped entity decodes once per layer.
					ID: "urn:caucasus:2023-0042", Date: "2023-09-19",
					Text:  "Armenia and Azerbaijan held talks in Brussels.\n\nThe EU mediated.",
					Title: "Armenia & Azerbaijan talk", URL: "https://example.net/2023/0042", Source: "Caucasus Desk",
				},
				{
					ID: "urn:caucasus:2023-0043", Date: "2023-09-21",
					Text:  "Georgia protested the border move.",
					Title: "Updated only", Source: "Caucasus Desk",
				},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			res := read(t, tc.path, nil, Options{Date: "1999-12-31"})
			if res.err != nil {
				t.Fatal(res.err)
			}
			if !reflect.DeepEqual(res.stories, tc.want) {
				t.Errorf("stories:\n got %+v\nwant %+v", res.stories, tc.want)
			}
			var ids []string
			for _, e := range res.errs {
				ids = append(ids, e.ID)
				if !errors.Is(e, ErrEmpty) {
					t.Errorf("error %v is not ErrEmpty", e)
				}
			}
			if !reflect.DeepEqual(ids, tc.errIDs) {
				t.Errorf("error ids %q, want %q", ids, tc.errIDs)
			}
		})
	}
}

func TestReadBrokenFeeds(t *testing.T) {
	tests := []struct {
		name string
		file string
		data string
		is   error
		has  string
	}{
		{"truncated XML", "a.xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>x</title><description>`, ErrBadFeed, "bad RSS/Atom feed"},
		{"XML that is no feed", "b.xml", `<?xml version="1.0"?><note>hello</note>`, ErrBadFeed, ""},
		{"feed without items", "c.rss", `<rss version="2.0"><channel><title>T</title></channel></rss>`, ErrEmpty, "no items"},
		{"empty feed file", "d.atom", "", ErrEmpty, "empty story"},
		{"binary with feed extension", "e.xml", "<rss>\x00\x00\x00", ErrBinary, "NUL"},
		{"plain text with feed extension", "f.rss", "Just some words.", ErrBadFeed, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := read(t, writeFile(t, t.TempDir(), tc.file, []byte(tc.data)), nil, Options{})
			if res.err != nil {
				t.Fatal(res.err)
			}
			if len(res.stories) != 0 || len(res.errs) != 1 {
				t.Fatalf("got %d stories, errors %v; want one error", len(res.stories), res.errs)
			}
			if e := res.errs[0]; !errors.Is(e, tc.is) || !strings.Contains(e.Error(), tc.has) {
				t.Errorf("error %q, want %v containing %q", e, tc.is, tc.has)
			}
		})
	}
}

// TestReadFeedItemTooLong checks that a feed item over the story limit is
// not lost: its text is cut at a break before the limit, a warning
// (ErrCut, story.Warning) names it, and the story itself follows.
func TestReadFeedItemTooLong(t *testing.T) {
	para := strings.Repeat("Rebels shelled the town. ", 3) // 75 bytes
	for _, tc := range []struct {
		name, desc, want string
	}{
		{"paragraphs", "<p>" + para + "</p><p>" + para + "</p>", strings.TrimSpace(para)},
		{"one paragraph", strings.Repeat("Rebels shelled the town. ", 6), strings.TrimSpace(strings.Repeat("Rebels shelled the town. ", 4))},
		{"mid-word", "Rebels" + strings.Repeat(" shelled", 20), "Rebels" + strings.Repeat(" shelled", 11)},
		{"no space", strings.Repeat("x", 200), strings.Repeat("x", 100)},
		{"no space, multibyte", strings.Repeat("é", 100), strings.Repeat("é", 50)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			feed := fmt.Sprintf(`<rss version="2.0"><channel><title>T</title>
<item><guid>long</guid><description>%s</description></item>
<item><guid>short</guid><description>Short.</description></item></channel></rss>`, tc.desc)
			res := read(t, writeFile(t, t.TempDir(), "f.rss", []byte(feed)), nil, Options{MaxStoryBytes: 100})
			if len(res.stories) != 2 || res.stories[0].ID != "long" || res.stories[1].ID != "short" {
				t.Fatalf("stories %+v, want 'long' then 'short'", res.stories)
			}
			if got := res.stories[0].Text; got != tc.want {
				t.Errorf("text %q, want %q", got, tc.want)
			}
			if len(res.errs) != 1 || !errors.Is(res.errs[0], ErrCut) || !Warning(res.errs[0]) || res.errs[0].ID != "long" ||
				!strings.Contains(res.errs[0].Error(), "over the 100-byte story limit") {
				t.Errorf("errors %v, want one ErrCut warning for 'long'", res.errs)
			}
		})
	}
}

// TestReadFeedManyTagsMemory checks that reading a feed item of many short
// elements costs memory in proportion to its text. gofeed's RSS
// translator built each item's content and description into an HTML tree
// to find an image (some 800 MB for an 18 MB feed of short paragraphs);
// parseFeed turns that scan off.
func TestReadFeedManyTagsMemory(t *testing.T) {
	desc := strings.Repeat("<p>a</p>", 100_000) // 800 KB, 200,000 tags
	feed := []byte(`<rss version="2.0"><channel><title>T</title><item><guid>g</guid><description><![CDATA[` +
		desc + `]]></description></item></channel></rss>`)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f, err := parseFeed(feed)
	runtime.ReadMemStats(&after)
	if err != nil || len(f.Items) != 1 {
		t.Fatalf("parseFeed: %v", err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > uint64(20*len(feed)) {
		t.Errorf("%d bytes allocated to parse a feed of %d bytes", alloc, len(feed))
	}
}

func TestReadFeedDocumentLimit(t *testing.T) {
	data := mustRead(t, "testdata/rss.xml")
	res := read(t, writeFile(t, t.TempDir(), "f.xml", data), nil, Options{MaxDocumentBytes: len(data) - 1})
	if len(res.errs) != 1 || !errors.Is(res.errs[0], ErrTooLong) || !strings.Contains(res.errs[0].Error(), "document too long") {
		t.Errorf("errors %v, want document too long", res.errs)
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Plain words.", "Plain words."},
		{"  padded  ", "padded"},
		{"<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
		{"A &amp; B &lt;C&gt;", "A & B <C>"},
		{"Line<br>break", "Line\nbreak"},
		{"<script>evil()</script><style>p{}</style>Text", "Text"},
		{"a < b and c > d", "a < b and c > d"},
		{"<p>unclosed <b>bold", "unclosed bold"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"<p>x</p>\r\n<p>y</p>", "x\n\ny"},
	}
	for _, tc := range tests {
		if got := htmlText(tc.in); got != tc.want {
			t.Errorf("htmlText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFeedDate(t *testing.T) {
	tests := []struct {
		published, updated string
		want               string
	}{
		{"Thu, 05 Mar 2020 23:30:00 -0500", "", "2020-03-05"},
		{"Thu, 5 Mar 2020 23:30:00 +0000", "", "2020-03-05"},
		{"2020-03-05T23:30:00-05:00", "", "2020-03-05"},
		{"", "2021-01-02T01:00:00+03:00", "2021-01-02"},
		{"garbage", "", ""},
		{"", "", ""},
	}
	for _, tc := range tests {
		if got := feedDate(tc.published, nil, tc.updated, nil); got != tc.want {
			t.Errorf("feedDate(%q, %q) = %q, want %q", tc.published, tc.updated, got, tc.want)
		}
	}
}

func TestReadURL(t *testing.T) {
	rss := mustRead(t, "testdata/rss.xml")
	article := mustRead(t, "testdata/article.html")
	mux := http.NewServeMux()
	serve := func(path, ctype string, body []byte) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			if ctype != "" {
				w.Header().Set("Content-Type", ctype)
			}
			w.Write(body)
		})
	}
	serve("/feed", "application/rss+xml; charset=utf-8", rss)
	serve("/mislabelled-feed", "text/plain", rss)
	serve("/news/idlib", "text/html; charset=utf-8", article)
	serve("/story.txt", "text/plain; charset=utf-8", []byte("Iraq condemned the strike."))
	serve("/stories.jsonl", "", []byte(`{"id":"u1","text":"One."}`+"\nbad\n"))
	serve("/empty", "text/plain", nil)
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/idlib", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	opt := Options{Date: "2024-10-26", HTTPClient: srv.Client()}

	tests := []struct {
		path      string
		wantIDs   []string
		wantURL   string // URL of the first story
		wantErrs  int
		wantFatal string
	}{
		{path: "/feed", wantIDs: []string{"levant-2024-0001", "https://example.org/idlib-ceasefire", "feed#3"}, wantURL: "https://example.org/astana-21", wantErrs: 1},
		{path: "/mislabelled-feed", wantIDs: []string{"levant-2024-0001", "https://example.org/idlib-ceasefire", "mislabelled-feed#3"}, wantURL: "https://example.org/astana-21", wantErrs: 1},
		{path: "/news/idlib", wantIDs: []string{"/news/idlib"}, wantURL: "/news/idlib"},
		{path: "/moved", wantIDs: []string{"/moved"}, wantURL: "/news/idlib"},
		{path: "/story.txt", wantIDs: []string{"/story.txt"}, wantURL: "/story.txt"},
		{path: "/stories.jsonl", wantIDs: []string{"u1"}, wantErrs: 1},
		{path: "/empty", wantErrs: 1},
		{path: "/missing", wantFatal: "HTTP 404"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			res := read(t, srv.URL+tc.path, nil, opt)
			if tc.wantFatal != "" {
				if res.err == nil || !strings.Contains(res.err.Error(), tc.wantFatal) {
					t.Fatalf("fatal error %v, want %q", res.err, tc.wantFatal)
				}
				return
			}
			if res.err != nil {
				t.Fatal(res.err)
			}
			var ids []string
			for _, s := range res.stories {
				ids = append(ids, strings.TrimPrefix(s.ID, srv.URL))
			}
			// Fallback feed ids carry the whole URL; compare by suffix.
			for i := range ids {
				if i < len(tc.wantIDs) && strings.HasSuffix(ids[i], tc.wantIDs[i]) {
					ids[i] = tc.wantIDs[i]
				}
			}
			if !reflect.DeepEqual(ids, tc.wantIDs) {
				t.Errorf("ids %q, want %q", ids, tc.wantIDs)
			}
			if tc.wantURL != "" && len(res.stories) > 0 {
				if got := strings.TrimPrefix(res.stories[0].URL, srv.URL); got != tc.wantURL {
					t.Errorf("url %q, want %q", got, tc.wantURL)
				}
			}
			if len(res.errs) != tc.wantErrs {
				t.Errorf("errors %v, want %d", res.errs, tc.wantErrs)
			}
		})
	}
	if err := Read(t.Context(), "http://", nil, opt, func(Story, error) bool { return true }); err == nil {
		t.Error("URL without host: want an error")
	}
}

// A feed cut short (a dropped connection, a full disk) or damaged after
// some items keeps its complete items; the damage is still one ErrBadFeed
// error for the file, so the caller's exit status reports it.
func TestReadDamagedFeedKeepsCompleteItems(t *testing.T) {
	tests := []struct {
		name, file, data string
		ids              []string
	}{
		{"RSS cut inside the second item", "cut.rss",
			`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title>
<item><guid>one</guid><dc:creator>A</dc:creator><description>Chile recalled its ambassador from Peru.</description></item>
<item><guid>two</guid><description>Norway hosted ta`, []string{"one"}},
		{"Atom with a broken tag after two entries", "bad.atom",
			`<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>
<entry><id>e1</id><content>Kenya praised Uganda.</content></entry>
<entry><id>e2</id><content>Ghana met Togo.</content></entry>
<entry><id>e3</id><content>Mali <<< broken</content></entry></feed>`, []string{"e1", "e2"}},
		{"RDF cut after its first item", "cut.xml",
			`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>T</title></channel>
<item><title>t</title><description>Brazil criticised Paraguay.</description></item><item><title>u`, []string{"1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := read(t, writeFile(t, t.TempDir(), tc.file, []byte(tc.data)), nil, Options{})
			if res.err != nil {
				t.Fatal(res.err)
			}
			var ids []string
			for _, s := range res.stories {
				ids = append(ids, strings.TrimPrefix(s.ID, tc.file+"#"))
			}
			if !reflect.DeepEqual(ids, tc.ids) {
				t.Errorf("story ids %q, want %q", ids, tc.ids)
			}
			if len(res.errs) != 1 || !errors.Is(res.errs[0], ErrBadFeed) || !strings.Contains(res.errs[0].Error(), "before the damage") {
				t.Errorf("errors %v, want one ErrBadFeed naming the kept items", res.errs)
			}
		})
	}
}
