package story

import (
	"errors"
	"strings"
	"testing"
)

func TestReadHTMLArticle(t *testing.T) {
	res := read(t, "testdata/article.html", nil, Options{Date: "1999-12-31"})
	if res.err != nil || len(res.errs) != 0 || len(res.stories) != 1 {
		t.Fatalf("err %v, errors %v, %d stories; want one story", res.err, res.errs, len(res.stories))
	}
	s := res.stories[0]
	checks := []struct{ field, got, want string }{
		{"id", s.ID, "article.html"},
		{"date (article:published_time wins over Options.Date)", s.Date, "2020-03-05"},
		{"title", s.Title, "Turkey and Russia agree Idlib ceasefire"},
		{"source", s.Source, "Levant Wire"},
		{"url", s.URL, ""},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	for _, want := range []string{
		"Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin agreed a ceasefire",
		"The United Nations welcomed the deal",
		".\n\nThe agreement sets up", // paragraphs stay apart
	} {
		if !strings.Contains(s.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, s.Text)
		}
	}
	for _, unwanted := range []string{"do not read me", "font-family", "Home | World", "All rights reserved"} {
		if strings.Contains(s.Text, unwanted) {
			t.Errorf("text keeps boilerplate %q", unwanted)
		}
	}
}

func TestReadHTMLHostile(t *testing.T) {
	tests := []struct {
		name string
		file string
		data string
		want string // expected text substring; "" means an error is expected
		is   error
	}{
		{name: "no body text", file: "a.html", data: "<!doctype html><html><head><title>T</title></head><body></body></html>", is: ErrEmpty},
		{name: "empty file", file: "b.html", data: "", is: ErrEmpty},
		{name: "NUL bytes", file: "c.htm", data: "<html>\x00\x00</html>", is: ErrBinary},
		{
			name: "unclosed tags still give text", file: "d.html",
			data: "<html><body><div><p>Egypt mediated between Israel and Hamas in Cairo on Monday, officials said, <b>after weeks of",
			want: "Egypt mediated between Israel and Hamas",
		},
		{
			name: "declared latin-1 is decoded", file: "e.html",
			data: "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Les forces fran\xe7aises ont quitt\xe9 le Mali apr\xe8s neuf ans de pr\xe9sence militaire.</p></body></html>",
			want: "françaises ont quitté",
		},
		{
			name: "sniffed without extension", file: "page",
			data: "  <!DOCTYPE html><html><body><p>Pakistan and India exchanged fire across the Line of Control.</p></body></html>",
			want: "Pakistan and India exchanged fire",
		},
		{
			name: "deep nesting", file: "f.html",
			data: "<html><body>" + strings.Repeat("<div>", 400) + "<p>Deep text about Chad and Sudan.</p>" + strings.Repeat("</div>", 400) + "</body></html>",
			want: "Chad and Sudan",
		},
		{
			// x/net/html refuses more than 512 open elements: a clear
			// error rather than a stack-deep recursion.
			name: "pathological nesting", file: "f2.html",
			data: "<html><body>" + strings.Repeat("<div>", 5000) + "<p>Chad.</p></body></html>",
			is:   ErrBadHTML,
		},
		{
			name: "only a script", file: "g.html",
			data: "<html><body><script>document.write('hi')</script></body></html>", is: ErrEmpty,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := read(t, writeFile(t, t.TempDir(), tc.file, []byte(tc.data)), nil, Options{})
			if res.err != nil {
				t.Fatal(res.err)
			}
			if tc.is != nil {
				if len(res.errs) != 1 || !errors.Is(res.errs[0], tc.is) || len(res.stories) != 0 {
					t.Fatalf("stories %+v errors %v; want one %v", res.stories, res.errs, tc.is)
				}
				return
			}
			if len(res.errs) != 0 || len(res.stories) != 1 {
				t.Fatalf("stories %+v errors %v; want one story", res.stories, res.errs)
			}
			if !strings.Contains(res.stories[0].Text, tc.want) {
				t.Errorf("text %q lacks %q", res.stories[0].Text, tc.want)
			}
		})
	}
}
