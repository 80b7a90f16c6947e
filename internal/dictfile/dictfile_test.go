package dictfile

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	src := "# header\n@kind country\nKAZ  Kazakhstan | Kazakh   # the adjective too\n    ex: The Kazakh Foreign Ministry said. => KAZGOV\n    ex!: Kazakh cuisine is good.\nTUR\tTurkey | Türkiye\n"
	es, err := Parse("countries.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 {
		t.Fatalf("got %d entries", len(es))
	}
	if es[0].Code != "KAZ" || es[0].Body != "Kazakhstan | Kazakh" || es[0].Directives["kind"] != "country" || es[0].Pos() != "countries.txt:3" {
		t.Errorf("entry 0 = %+v", es[0])
	}
	if len(es[0].Examples) != 2 || es[0].Examples[0].Want != "KAZGOV" || !es[0].Examples[1].Negative {
		t.Errorf("examples = %+v", es[0].Examples)
	}
	if es[1].Code != "TUR" || es[1].Body != "Turkey | Türkiye" {
		t.Errorf("entry 1 = %+v", es[1])
	}
}

func TestParseErrors(t *testing.T) {
	for _, src := range []string{
		"ex: orphan example\n",
		"KAZ\n",
		"KAZ  Kazakhstan\n  stray indented\n",
		"\xff\xfe",
		"@\n",
		"KAZ  x\n    ex:   => KAZ\n",
		"\r  00", // found by FuzzParse: no code before the body
	} {
		_, err := Parse("f.txt", []byte(src))
		if err == nil {
			t.Errorf("Parse(%q): no error", src)
		} else if !strings.HasPrefix(err.Error(), "f.txt:") {
			t.Errorf("error %q lacks position", err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("KAZ  Kazakhstan\n    ex: a => b\n")
	f.Add("@kind x\n\tex: y")
	f.Fuzz(func(t *testing.T, s string) {
		es, err := Parse("f", []byte(s))
		if err == nil {
			for _, e := range es {
				if e.Body == "" || e.Code == "" {
					t.Fatalf("empty entry accepted: %+v", e)
				}
			}
		}
	})
}
