package story

import (
	"codeberg.org/readeck/go-readability/v2/render"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// maxFragmentTags bounds the markup of one feed description or content
// that is built into a tree. A news item has tens or hundreds of tags; a
// tree costs about a hundred bytes a node, so an 18 MB description of
// empty tags would take a gigabyte. Past this many '<' the fragment is read
// flat (flatText) instead.
const maxFragmentTags = 20_000

// fragmentText is the plain text of a feed's HTML fragment. The tree parser
// gives the best text but refuses more than 512 nested elements (its open
// stack is bounded), and its tree grows with the number of tags; either
// way the fragment is then read by flatText, whose memory is the text's own
// whatever the nesting, so a hostile description still yields its words
// rather than its raw markup.
func fragmentText(s string) string {
	if strings.Count(s, "<") <= maxFragmentTags {
		if doc, err := html.Parse(strings.NewReader(s)); err == nil {
			return render.InnerText(doc)
		}
	}
	return flatText(s)
}

// flatText reads an HTML fragment as a stream of tokens, keeping the text
// and turning block elements into line breaks the way the tree renderer
// does (a paragraph or heading: a blank line; a div or list item: a line
// break; br: a line break). Elements whose content is not prose (script,
// style, svg, ...) are skipped. No tree is built, so nesting depth costs
// nothing but a counter.
func flatText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	pending := 0 // 0 nothing, 1 a space, 2 a line break, 3 a blank line
	skip := 0    // depth inside elements whose content is dropped
	brk := func(n int) {
		if b.Len() > 0 && n > pending {
			pending = n
		}
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return strings.TrimSpace(b.String())
		case html.TextToken:
			if skip > 0 {
				continue
			}
			t := string(z.Text())
			if t != "" && startsSpace(t) {
				brk(1)
			}
			for i, w := range strings.FieldsFunc(t, unicode.IsSpace) {
				if i > 0 {
					pending = 1
				}
				switch {
				case b.Len() == 0 || pending == 0:
				case pending >= 3:
					b.WriteString("\n\n")
				case pending == 2:
					b.WriteByte('\n')
				default:
					b.WriteByte(' ')
				}
				b.WriteString(w)
				pending = 0
			}
			if r, _ := utf8.DecodeLastRuneInString(t); t != "" && unicode.IsSpace(r) {
				brk(1)
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "head", "style", "script", "iframe", "audio", "video", "canvas", "svg", "math", "map", "template":
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case "br":
				brk(2)
			case "hr", "p", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "pre":
				brk(3)
			case "th", "td":
				brk(1)
			case "div", "figure", "figcaption", "li", "dt", "dd", "header", "footer", "main", "section",
				"article", "aside", "nav", "address", "details", "summary", "caption", "thead", "tbody", "tfoot", "tr":
				brk(2)
			}
		}
	}
}

func startsSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}
