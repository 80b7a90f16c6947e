package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata golden files")

// TestWriteTextGolden pins the text and JSON renderings of the hand-scored
// CAMEO case; run with -update after an intended change.
func TestWriteTextGolden(t *testing.T) {
	recs, c := cameoCase(t)
	rep, err := Evaluate(context.Background(), c, recs, Options{Misses: true, Explainer: explainer{}, Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	var txt bytes.Buffer
	if err := rep.WriteText(&txt, "cameo case"); err != nil {
		t.Fatal(err)
	}
	js, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []struct {
		file string
		got  []byte
	}{{"report.golden.txt", txt.Bytes()}, {"report.golden.json", append(js, '\n')}} {
		path := filepath.Join("testdata", g.file)
		if *update {
			if err := os.MkdirAll("testdata", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, g.got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(g.got, want) {
			t.Errorf("%s differs; got:\n%s", g.file, g.got)
		}
	}
}

func TestSniffAndLoadSets(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.xml":   validateFixture,
		"b.text":  tabariFixture,
		"c.json":  ploverFixture,
		"d.csv":   confliFixture,
		"e.xml":   gsrFixture,
		"f.bin":   "\x00\x01",
		"g.jsonl": `{"id":"x","event":"AID","text":"t"}`,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]string{"a.xml": FormatPetrarch, "b.text": FormatTabari, "c.json": FormatPLOVER,
		"d.csv": FormatConfliBERT, "e.xml": FormatPetrarch, "f.bin": "", "g.jsonl": FormatPLOVER}
	for name, f := range want {
		if got := Sniff(name, []byte(files[name])); got != f {
			t.Errorf("Sniff(%s) = %q, want %q", name, got, f)
		}
	}
	p := func(n string) string { return filepath.Join(dir, n) }
	sets, err := LoadSets(FormatAuto, []string{p("a.xml"), p("c.json"), p("e.xml"), p("d.csv")})
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		format string
		files  int
		recs   int
	}
	var got []row
	for _, s := range sets {
		got = append(got, row{s.Format, len(s.Files), len(s.Records)})
	}
	wantSets := []row{{FormatPetrarch, 2, 7 + 4}, {FormatPLOVER, 1, 5}, {FormatConfliBERT, 1, 7}}
	if len(got) != len(wantSets) {
		t.Fatalf("sets %+v, want %+v", got, wantSets)
	}
	for i := range got {
		if got[i] != wantSets[i] {
			t.Errorf("set %d = %+v, want %+v", i, got[i], wantSets[i])
		}
	}
	if sets[2].Records[0].Category != filepath.Base(dir) {
		t.Errorf("ConfliBERT category %q, want the folder name", sets[2].Records[0].Category)
	}
	for _, bad := range [][2]string{
		{FormatAuto, p("f.bin")},
		{FormatAuto, p("missing.xml")},
		{"nonsense", p("a.xml")},
		{FormatPetrarch, dir},
		{FormatPLOVER, p("a.xml")},
	} {
		if _, err := ReadFile(bad[0], bad[1]); err == nil {
			t.Errorf("ReadFile(%s, %s): no error", bad[0], filepath.Base(bad[1]))
		}
	}
}
