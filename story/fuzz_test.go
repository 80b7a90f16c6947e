package story

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzMax keeps fuzz inputs able to cross the story limit.
const fuzzMax = 4 << 10

// fuzzReader returns a reader whose yield checks what every story reader
// promises: errors are *StoryError naming their source, and stories have an
// id, a valid date or none, and non-empty valid UTF-8 text within the limit,
// already normalised.
func fuzzReader(t *testing.T) *reader {
	return &reader{
		ctx: t.Context(),
		opt: Options{Date: "2024-10-26", MaxStoryBytes: fuzzMax, MaxDocumentBytes: 1 << 20},
		yield: func(s Story, err error) bool {
			if err != nil {
				var se *StoryError
				if !errors.As(err, &se) || se.Source == "" || se.Err == nil || err.Error() == "" {
					t.Fatalf("bad error %T %#v", err, err)
				}
				return true
			}
			switch {
			case strings.TrimSpace(s.ID) == "":
				t.Fatalf("story without id: %+v", s)
			case strings.TrimSpace(s.Text) == "":
				t.Fatalf("story without text: %+v", s)
			case !utf8.ValidString(s.Text) || !utf8.ValidString(s.ID) || !utf8.ValidString(s.Title):
				t.Fatalf("invalid UTF-8 in %+q", s)
			case len(s.Text) > fuzzMax:
				t.Fatalf("text of %d bytes passed the %d limit", len(s.Text), fuzzMax)
			case strings.Contains(s.Text, "\r\n") || strings.HasPrefix(s.Text, "\uFEFF"):
				t.Fatalf("text not normalised: %q", s.Text)
			}
			if s.Date != "" {
				if _, err := time.Parse(DateLayout, s.Date); err != nil {
					t.Fatalf("bad date %q", s.Date)
				}
			}
			return true
		},
	}
}

func addSeeds(f *testing.F, files ...string) {
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzReadJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","date":"2024-01-02","text":"Text."}`,
		`{"id":1,"text":"x\r\ny","title":"t","extra":[1,{"b":null}]}` + "\n\n" + `not json`,
		`{"id":"a","date":"2020-03-05T23:30:00-05:00","text":"\ufeffA\u0000"}`,
		"\xEF\xBB\xBF{\"id\":\"b\",\"text\":\"caf\xe9\"}\r\n",
		`{"id":"` + strings.Repeat("x", 100) + `","text":"` + strings.Repeat("\\u003c", 800) + `"}`,
		"[]\nnull\n{\"id\":{}}\n{\"id\":\"x\",\"date\":\"2024-02-30\",\"text\":\"t\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := fuzzReader(t)
		r.readJSONL(bufio.NewReaderSize(bytes.NewReader(data), sniffSize), "fuzz.jsonl")
	})
}

func FuzzReadFeed(f *testing.F) {
	addSeeds(f, "testdata/rss.xml", "testdata/atom.xml")
	for _, s := range []string{
		`<rss><channel><item><description>&lt;p&gt;x&lt;/p&gt;</description></item></channel></rss>`,
		`<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><guid>g</guid><description>caf` + "\xe9" + `</description></item></channel></rss>`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div>a</div></content></entry></feed>`,
		`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>t</title></item></rdf:RDF>`,
		`{"version":"https://jsonfeed.org/version/1","items":[{"id":"1","content_text":"x"}]}`,
		`<rss><channel><item><pubDate>Mon, 99 Foo 0000 99:99:99 +9999</pubDate><description>x</description></item>`,
		// A description nested past the HTML parser's 512 open elements.
		`<rss><channel><item><guid>d</guid><description><![CDATA[` + strings.Repeat("<b>", 600) + `Guards fired.` + strings.Repeat("</b>", 600) + `]]></description></item></channel></rss>`,
		`<rss><channel><item><guid>e</guid><description>` + strings.Repeat("<div>", 600) + `Guards fired.` + strings.Repeat("</div>", 600) + `</description></item></channel></rss>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := fuzzReader(t)
		if doc, ok := r.readDocument(bytes.NewReader(data), "fuzz.xml"); ok {
			r.readFeed(doc, "fuzz.xml")
		}
	})
}

func FuzzReadHTML(f *testing.F) {
	addSeeds(f, "testdata/article.html", "testdata/empty-article.html")
	for _, s := range []string{
		`<p>Short`,
		`<html><head><meta property="article:published_time" content="not a date"></head><body><article><p>Text here.</p></article></body></html>`,
		`<html><head><meta charset="shift_jis"></head><body><p>` + "\x82\xa0\x82\xa2" + `</p></body></html>`,
		`<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01","headline":"h"}</script></head><body><p>x</p></body></html>`,
		`<table><tr><td><pre>  keep
  spaces</pre></td></tr></table><math><annotation encoding="application/x-tex">x^2</annotation></math>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := fuzzReader(t)
		if doc, ok := r.readDocument(bytes.NewReader(data), "fuzz.html"); ok {
			r.readHTML(doc, "fuzz.html", "fuzz.html", "")
		}
	})
}

// FuzzReadAuto covers sniffing and the plain-text path, the default for
// any file parley is given.
func FuzzReadAuto(f *testing.F) {
	for _, s := range []string{
		"Plain text story.", "", "\xEF\xBB\xBF\r\n", "<rss><channel></channel></rss>", "<!doctype html><p>x",
		"\xff\xfeK\x00", "caf\xe9", strings.Repeat("a", fuzzMax+1),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := fuzzReader(t)
		r.readStream(bufio.NewReaderSize(bytes.NewReader(data), sniffSize), "fuzz", "fuzz", kindAuto, nil)
	})
}
