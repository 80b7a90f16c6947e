package story

import (
	"codeberg.org/readeck/go-readability/v2/render"
	"fmt"
	"golang.org/x/net/html"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFlatText checks the token-stream reading used for fragments the tree
// parser refuses: words kept, tags dropped, block elements as breaks.
func TestFlatText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>Rebels shelled the port.</p><p>Two died.</p>", "Rebels shelled the port.\n\nTwo died."},
		{"<b>Mini</b>sters met <i>in</i> Quito.", "Ministers met in Quito."},
		{"Talks ended.<br>Envoys left.", "Talks ended.\nEnvoys left."},
		{"<div>one</div><div>two</div>", "one\ntwo"},
		{"<ul><li>a</li><li>b</li></ul>", "a\nb"},
		{"x <script>var a = '<p>';</script> y", "x y"},
		{"<svg><text>chart</text></svg>Budget cut &amp; aid frozen", "Budget cut & aid frozen"},
		{"  \n <p> </p>  ", ""},
		{"<td>a</td><td>b</td>", "a b"},
		// A block's end breaks too (the tree renderer breaks only at its
		// start and would run "Head" into "Body").
		{"<h2>Head</h2>Body", "Head\n\nBody"},
	}
	for _, tt := range tests {
		if got := flatText(tt.in); got != tt.want {
			t.Errorf("flatText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFlatTextAgreesWithTree checks that ordinary fragments read flat give
// the tree renderer's text, so a fragment that falls back reads the same.
func TestFlatTextAgreesWithTree(t *testing.T) {
	for _, in := range []string{
		"Plain words.", "<p>One.</p><p>Two.</p>", "A &amp; B &lt;C&gt;", "Line<br>break",
		"<script>evil()</script><style>p{}</style>Text", "a < b and c > d", "<p>unclosed <b>bold",
		"Body <em>text</em> here.<div>Next</div>", "<ul><li>a</li><li>b</li></ul>",
	} {
		doc, err := html.Parse(strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		if tree, flat := strings.TrimSpace(render.InnerText(doc)), flatText(in); tree != flat {
			t.Errorf("%q: tree %q, flat %q", in, tree, flat)
		}
	}
}

// TestFragmentTextDeepNesting checks that a description nested far past
// the tree parser's 512 open elements gives its words, not its raw markup
// (which the coder would read as one sentence of tags), and that reading it
// costs memory in proportion to its size, not to its depth.
func TestFragmentTextDeepNesting(t *testing.T) {
	const want = "Police detained six journalists in Minsk."
	for _, tag := range []string{"b", "div", "p", "span"} {
		for _, n := range []int{600, 5000, 100_000} {
			in := strings.Repeat("<"+tag+">", n) + want + strings.Repeat("</"+tag+">", n)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			got := htmlText(in)
			runtime.ReadMemStats(&after)
			if got != want {
				t.Errorf("<%s>×%d: got %q, want %q", tag, n, trunc(got), want)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > uint64(20*len(in))+1<<20 {
				t.Errorf("<%s>×%d: %d bytes allocated for %d bytes of input", tag, n, alloc, len(in))
			}
		}
	}
}

// TestFragmentTextManyTags checks that a shallow fragment with more tags
// than maxFragmentTags is read flat, with the same words.
func TestFragmentTextManyTags(t *testing.T) {
	in := strings.Repeat("<i>ok</i> ", maxFragmentTags) + "<p>Troops withdrew.</p>"
	got := fragmentText(in)
	if !strings.HasSuffix(got, "ok ok\n\nTroops withdrew.") || strings.Count(got, "ok") != maxFragmentTags {
		t.Errorf("got %q", trunc(got))
	}
}

// TestReadFeedDeeplyNested reads a whole feed whose items' descriptions are
// nested thousands deep, escaped and as CDATA: each keeps its text.
func TestReadFeedDeeplyNested(t *testing.T) {
	inner := strings.Repeat("<b>", 3000) + "Guards fired on strikers." + strings.Repeat("</b>", 3000)
	esc := strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace(inner)
	feed := fmt.Sprintf(`<rss version="2.0"><channel><title>T</title>
<item><guid>a</guid><description>%s</description></item>
<item><guid>b</guid><description><![CDATA[%s]]></description></item>
</channel></rss>`, esc, inner)
	res := read(t, writeFile(t, t.TempDir(), "deep.xml", []byte(feed)), nil, Options{})
	if len(res.stories) != 2 || len(res.errs) != 0 {
		t.Fatalf("got %d stories, errors %v", len(res.stories), res.errs)
	}
	for _, s := range res.stories {
		if s.Text != "Guards fired on strikers." {
			t.Errorf("%s: text %q", s.ID, trunc(s.Text))
		}
	}
}

func trunc(s string) string {
	if len(s) > 120 {
		return s[:60] + "…" + s[len(s)-60:]
	}
	return s
}

func FuzzFragmentText(f *testing.F) {
	for _, s := range []string{
		"<p>a</p>", "<b>" + strings.Repeat("<i>", 700) + "x", "&amp;<br/>&#0;", "<script>x</script",
		strings.Repeat("<div>", 600) + "Rebels withdrew." + strings.Repeat("</div>", 600),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := flatText(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Errorf("flatText(%q) = %q: invalid UTF-8", s, got)
		}
		if strings.TrimSpace(got) != got {
			t.Errorf("flatText(%q) = %q: untrimmed", s, got)
		}
		_ = fragmentText(s)
	})
}
