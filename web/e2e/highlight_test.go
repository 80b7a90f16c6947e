package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

type jsSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
	Label string `json:"label"`
}

type jsSegment struct {
	Text  string   `json:"text"`
	Kinds []string `json:"kinds"`
}

// span builds a span over the first occurrence of sub, by byte offsets as
// the Go coder computes them.
func span(s, sub, kind string) jsSpan {
	i := strings.Index(s, sub)
	if i < 0 {
		panic(fmt.Sprintf("%q not in %q", sub, s))
	}
	return jsSpan{Start: i, End: i + len(sub), Kind: kind, Label: kind}
}

func seg(text string, kinds ...string) jsSegment {
	if kinds == nil {
		kinds = []string{}
	}
	return jsSegment{text, kinds}
}

// checkHighlight runs the UI's byte-offset highlighter
// (static/js/highlight.js) in the browser on tricky sentences.
func checkHighlight(t *testing.T, ctx context.Context, base string) {
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/")); err != nil {
		t.Fatal(err)
	}
	const erdogan = "Erdoğan met Putin in Sochi."
	const quotes = "related to the Idlib “de-escalation” zone"
	const flag = "🇹🇷 Turkey shelled Tal Rifaat"
	tests := []struct {
		name     string
		sentence string
		spans    []jsSpan
		want     []jsSegment
	}{
		{"ascii", "Turkey met Russia", []jsSpan{span("Turkey met Russia", "Turkey", "actor source"), span("Turkey met Russia", "Russia", "actor target")},
			[]jsSegment{seg("Turkey", "actor", "source"), seg(" met "), seg("Russia", "actor", "target")}},
		{"two-byte letter before spans", erdogan, []jsSpan{span(erdogan, "Erdoğan", "actor source"), span(erdogan, "Putin", "actor target"), span(erdogan, "Sochi", "place")},
			[]jsSegment{seg("Erdoğan", "actor", "source"), seg(" met "), seg("Putin", "actor", "target"), seg(" in "), seg("Sochi", "place"), seg(".")}},
		{"curly quotes", quotes, []jsSpan{span(quotes, "“de-escalation”", "verb"), span(quotes, "zone", "place")},
			[]jsSegment{seg("related to the Idlib "), seg("“de-escalation”", "verb"), seg(" "), seg("zone", "place")}},
		{"astral plane emoji", flag, []jsSpan{span(flag, "Turkey", "actor source"), span(flag, "Tal Rifaat", "place")},
			[]jsSegment{seg("🇹🇷 "), seg("Turkey", "actor", "source"), seg(" shelled "), seg("Tal Rifaat", "place")}},
		{"overlap keeps both kinds", "Idlib governor spoke", []jsSpan{{0, 14, "actor source", ""}, {0, 5, "place", ""}},
			[]jsSegment{seg("Idlib", "actor", "place", "source"), seg(" governor", "actor", "source"), seg(" spoke")}},
		{"span out of range dropped", "short", []jsSpan{{2, 99, "verb", ""}, {-1, 2, "verb", ""}},
			[]jsSegment{seg("short")}},
		{"empty and reversed spans dropped", "abc", []jsSpan{{1, 1, "verb", ""}, {2, 1, "verb", ""}},
			[]jsSegment{seg("abc")}},
		{"boundary inside a character widens", "Erdoğan", []jsSpan{{0, 5, "actor source", ""}}, // byte 5 is inside ğ
			[]jsSegment{seg("Erdoğ", "actor", "source"), seg("an")}},
		{"empty sentence", "", []jsSpan{{0, 3, "verb", ""}}, []jsSegment{}},
		{"markup stays text", "<b>Turkey</b> & <i>Russia</i>", []jsSpan{span("<b>Turkey</b> & <i>Russia</i>", "Turkey", "actor source")},
			[]jsSegment{seg("<b>"), seg("Turkey", "actor", "source"), seg("</b> & <i>Russia</i>")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := json.Marshal(tt.sentence)
			sp, _ := json.Marshal(tt.spans)
			expr := fmt.Sprintf(`import('/static/js/highlight.js').then((m) => m.segments(%s, %s).map((x) => ({text: x.text, kinds: x.kinds.sort()})))`, s, sp)
			got, err := chromedp.Run(ctx, chromedp.Evaluate[[]jsSegment](expr, chromedp.EvalAwaitPromise))
			if err != nil {
				t.Fatal(err)
			}
			if got == nil {
				got = []jsSegment{}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("segments(%q)\n got %q\nwant %q", tt.sentence, got, tt.want)
			}
		})
	}

	// Rendering goes through text nodes: markup in a sentence never becomes
	// elements.
	html := `<img src=x onerror="document.title='pwned'"><b>Turkey</b>`
	expr := fmt.Sprintf(`import('/static/js/highlight.js').then((m) => {
		const p = m.highlighted(%q, [{start: 0, end: 5, kind: 'actor source', label: 'x'}]);
		return {elements: [...p.querySelectorAll('*')].map((e) => e.tagName), text: p.textContent};
	})`, html)
	got, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
		Elements []string
		Text     string
	}](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Elements, []string{"MARK"}) || got.Text != html {
		t.Errorf("highlighted(markup) made elements %v, text %q", got.Elements, got.Text)
	}
}
