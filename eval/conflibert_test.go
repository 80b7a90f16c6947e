package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The rater columns are deliberately out of rater order, as in round 3.
const confliFixture = `ids,plain_text,sentences,Action1_CAMEO_1,relations_2,Action1_CAMEO_3,Action1_CAMEO_2,Action1_CAMEO_4
s1,x,"A suicide bomber killed five people, officials said.",4-18 Assualt,,4-18 Assault,4-19 Fight,
s2,x,Talks were held.,1-4 Consult,,0-1 Make Pub,,
s3,x,Nothing coded.,,,,,
s4,x,One rater only.,3-11 Disappr,,,,
s5,x,Two against two.,2-6 Engage,,2-6 Engage,1-4 Consult,1-4 Consult
s6,x,Garbage values.,P-18 x,,4-21 Bad,4-0 Zero,x
,x,No id.,4-18 Assault,,,,
`

func TestReadConfliBERT(t *testing.T) {
	recs, err := ReadConfliBERT(strings.NewReader(confliFixture), "r.csv")
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		ID, Text, Majority string
		Raters             []string
		SkipReason         string
	}
	var got []row
	for _, r := range recs {
		got = append(got, row{r.ID, r.Text, r.Majority, r.Raters, r.SkipReason})
	}
	want := []row{
		// Rater order 1,2,3: 18, 19, 18 → 18 by 2 of 3.
		{"s1", "A suicide bomber killed five people, officials said.", "18", []string{"18", "19", "18"}, ""},
		{"s2", "Talks were held.", "", []string{"04", "01"}, "no majority root"},
		{"s3", "Nothing coded.", "", nil, "no rater coded an action"},
		{"s4", "One rater only.", "11", []string{"11"}, ""},
		{"s5", "Two against two.", "", []string{"06", "04", "06", "04"}, "no majority root"},
		{"s6", "Garbage values.", "", nil, "no rater coded an action"},
		{"r.csv#8", "No id.", "18", []string{"18"}, ""},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
}

func TestReadConfliBERTErrors(t *testing.T) {
	if _, err := ReadConfliBERT(strings.NewReader("ids,text\n1,x\n"), "no-sentences"); err == nil {
		t.Error("missing sentences column: no error")
	}
	recs, err := ReadConfliBERT(strings.NewReader(""), "empty")
	if err != nil || len(recs) != 0 {
		t.Errorf("empty: %v %v", recs, err)
	}
}

func TestConfliBERTFiles(t *testing.T) {
	dir := t.TempDir()
	layout := map[string][]string{
		"training_round_1":  {"summary.csv", "summary_v2.csv"},
		"training_round_2":  {"summary.csv", "relevant_r2.csv"},
		"training_round_3":  {"summary_v1.csv", "summary_v2.csv"},
		"training_round_10": {"summary_v1.csv"},
		"other":             {"summary_v9.csv"},
	}
	for d, files := range layout {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if err := os.WriteFile(filepath.Join(dir, d, f), []byte("ids,sentences\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	got, err := ConfliBERTFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		filepath.Join(dir, "training_round_1", "summary_v2.csv"),
		filepath.Join(dir, "training_round_2", "summary.csv"),
		filepath.Join(dir, "training_round_3", "summary_v2.csv"),
		filepath.Join(dir, "training_round_10", "summary_v1.csv"),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
	// One round folder on its own.
	got, err = ConfliBERTFiles(filepath.Join(dir, "training_round_2"))
	if err != nil || len(got) != 1 || filepath.Base(got[0]) != "summary.csv" {
		t.Errorf("round folder: %v %v", got, err)
	}
	if _, err := ConfliBERTFiles(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing folder: no error")
	}
}

func FuzzReadConfliBERT(f *testing.F) {
	f.Add(confliFixture)
	f.Add("sentences,Action1_CAMEO_1\n\"unterminated,1-1 x\n")
	f.Add("\ufeffsentences,Action1_CAMEO_99999999999999999999\nx,4-18\n")
	f.Fuzz(func(t *testing.T, in string) {
		recs, err := ReadConfliBERT(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, r := range recs {
			if r.Majority != "" && majority(r.Raters) != r.Majority {
				t.Fatalf("majority %q of %v", r.Majority, r.Raters)
			}
			if !r.Skip && r.Majority == "" {
				t.Fatalf("scored record without majority: %+v", r)
			}
			for _, v := range r.Raters {
				if len(v) != 2 || v < "01" || v > "20" {
					t.Fatalf("bad root %q", v)
				}
			}
		}
	})
}
