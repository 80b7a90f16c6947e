package eval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-events/parley/pipeline"
)

const tsvFixture = "# a comment\n" +
	"2019-03-04\tKenya and Somalia held talks in Nairobi.\tKEN\tSOM\t040\n" +
	"2019-03-04\tKenya and Somalia held talks in Nairobi.\tSOM\tKEN\t040\n" +
	"\n" +
	"2020-01-02\tOil prices rose on Monday.\t---\t---\t---\n" +
	"2020-01-02\tGunmen killed five villagers, police said.\t---\tNGA\t1823\r\n"

func TestReadTSV(t *testing.T) {
	recs, err := ReadTSV(strings.NewReader("\ufeff"+tsvFixture), "f.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 {
		t.Fatalf("%d records, want 3: %+v", len(recs), recs)
	}
	tests := []struct {
		id, date, text string
		gold           int
		noEvent        bool
	}{
		{"2", "2019-03-04", "Kenya and Somalia held talks in Nairobi.", 2, false},
		{"5", "2020-01-02", "Oil prices rose on Monday.", 0, true},
		{"6", "2020-01-02", "Gunmen killed five villagers, police said.", 1, false},
	}
	for i, tt := range tests {
		r := recs[i]
		if r.ID != tt.id || r.Date != tt.date || r.Text != tt.text || len(r.Gold) != tt.gold || r.NoEvent != tt.noEvent || r.Format != FormatTSV {
			t.Errorf("record %d = %+v, want %+v", i, r, tt)
		}
	}
	if g := recs[0].Gold[1]; g.Source != "SOM" || g.Target != "KEN" || g.Code != "040" {
		t.Errorf("second gold event %+v", g)
	}
	if g := recs[2].Gold[0]; g.Source != Unknown || g.Code != "1823" {
		t.Errorf("carriage return or unknown side mishandled: %+v", g)
	}
}

func TestReadTSVErrors(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"fields", "2019-03-04\tx\tKEN\t040\n", ":1: 4 tab-separated fields"},
		{"date", "2019-13-04\tx\tKEN\tSOM\t040\n", "date"},
		{"side", "2019-03-04\tx\tKenya\tSOM\t040\n", "sides"},
		{"lower side", "2019-03-04\tx\tken\tSOM\t040\n", "sides"},
		{"code", "2019-03-04\tx\tKEN\tSOM\t213\n", "CAMEO code"},
		{"code letters", "2019-03-04\tx\tKEN\tSOM\t04a\n", "CAMEO code"},
		{"no-event sides", "2019-03-04\tx\tKEN\t---\t---\n", "no-event line"},
		{"mixed", "2019-03-04\tx\tKEN\tSOM\t040\n2019-03-04\tx\t---\t---\t---\n", "both"},
		{"empty sentence", "2019-03-04\t \tKEN\tSOM\t040\n", "empty sentence"},
	} {
		_, err := ReadTSV(strings.NewReader(tt.in), "f.tsv")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	for _, in := range []string{"", "# only a comment\n", "\n\n"} {
		if recs, err := ReadTSV(strings.NewReader(in), "f.tsv"); err != nil || len(recs) != 0 {
			t.Errorf("ReadTSV(%q) = %d records, %v; want none and no error", in, len(recs), err)
		}
	}
	if _, err := ReadTSV(strings.NewReader(strings.Repeat("x", maxTSVLine+1)), "f.tsv"); err == nil {
		t.Error("a line over the limit gave no error")
	}
}

func TestSniffTSV(t *testing.T) {
	for _, tt := range []struct {
		path, body, want string
	}{
		{"gold.tsv", "anything", FormatTSV},
		{"gold.txt", tsvFixture, FormatTSV},
		{"gold.txt", "2019-03-04\tonly\tthree", ""},
		{"gold.txt", "date\tsentence\tsource\ttarget\tcode\n", ""},
	} {
		if got := Sniff(tt.path, []byte(tt.body)); got != tt.want {
			t.Errorf("Sniff(%s, %.20q) = %q, want %q", tt.path, tt.body, got, tt.want)
		}
	}
}

// TestEvaluateTSV scores the fixture end to end: the talks and the no-event
// line are easy for the coder; the root-only level ignores the sides.
func TestEvaluateTSV(t *testing.T) {
	path := filepath.Join(t.TempDir(), "own.tsv")
	if err := os.WriteFile(path, []byte(tsvFixture), 0o644); err != nil {
		t.Fatal(err)
	}
	recs, err := ReadFile(FormatAuto, path)
	if err != nil {
		t.Fatal(err)
	}
	c, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Evaluate(context.Background(), c, recs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	cs := rep.CAMEO
	if cs == nil || cs.Records != 3 {
		t.Fatalf("CAMEO section %+v", cs)
	}
	if cs.NoEvent.N != 1 || cs.NoEvent.Hits != 1 {
		t.Errorf("the market sentence was coded: %+v", cs.NoEvent)
	}
	if cs.Root.TP < 2 {
		t.Errorf("the two talks events were not both found: %+v", cs.Root)
	}
	if cs.RootOnly.TP+cs.RootOnly.FN != 2 || cs.RootOnly.TP < 1 {
		// Two distinct gold roots (04 in one record, 18 in another).
		t.Errorf("root-only level %+v, want 2 gold roots, the talks found", cs.RootOnly)
	}

	// The same talks with the wrong sides in the gold: a miss at root
	// level, a hit when only the root is compared.
	wrong := []Record{recs[0]}
	wrong[0].Gold = []GoldEvent{{Source: "KEN", Target: "ETH", Code: "040"}}
	rep, err = Evaluate(context.Background(), c, wrong, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if cs := rep.CAMEO; cs.Root.TP != 0 || cs.RootOnly.TP != 1 || cs.RootOnly.FN != 0 {
		t.Errorf("wrong sides: root %+v, root-only %+v; want a root miss and a root-only hit", cs.Root, cs.RootOnly)
	}
}

func FuzzReadTSV(f *testing.F) {
	f.Add(tsvFixture)
	f.Add("2019-03-04\tx\tKEN\tSOM\t040\n2019-03-04\tx\tKEN\tSOM\t0411\n")
	f.Add("2019-03-04\t\xff\xfe\tKEN\tSOM\t040")
	f.Fuzz(func(t *testing.T, in string) {
		recs, err := ReadTSV(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, r := range recs {
			if !validDate(r.Date) || r.Text == "" || !utf8.ValidString(r.Text) {
				t.Fatalf("bad record %+v", r)
			}
			if r.NoEvent != (len(r.Gold) == 0) {
				t.Fatalf("no-event flag and gold disagree: %+v", r)
			}
			for _, g := range r.Gold {
				if !tsvCode(g.Code) || !tsvSide(g.Source) || !tsvSide(g.Target) {
					t.Fatalf("bad gold %+v", g)
				}
			}
		}
	})
}
