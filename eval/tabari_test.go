package eval

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

const tabariFixture = `
##################################################################
#                   TABARI VALIDATION SUITE
##################################################################

000101  START-00
Validation suite banner.
/*\n------------------------------------------------------------------
\n[events that should be coded in {}]
\n{+++}  */

950101  TIME-Modify
Changing .options file command.
/*\n------------------------------------------------------------------
\n{ OPTION: SET: TIME SHIFT = FALSE } */

950103  DEMO-04
Dagolath's first Deputy Prime Minister Telemar left for
Minas Tirith on Wednesday.
/*\n------------------------------------------------------------------
\n[Paired events]
\n{ DAG / GON / 032 } 950103
\n{  GON /  DAG /  033 } 950103   */

950101  DEMO-05
Arnor is about to restore fxll diplomatic ties.
/*\n------------------------------------------------------------------
\n-{ARN / GON / 064  } */

950113  DEMO-13
Arnor on Thursday signed a trade protocol with Dagolath, officials said./*
\n{ ARN / ~DAG / 085 } 950113 */

950101  VERBEND-01c
Estonia departx from Libya.
/*\n------------------------------------------------------------------
\n[Check that invalid verb ending does not match: should not code]
\n{ --- } */

970102 MINWRD-ACTIVATE
Set the minimum.
/*\n------------------------------------------------------------------
\n{ OPTION: SET: MINIMUM WORDS = 4  */

950105  DISCARD-1
Gondor's hopes of success in their first World Cup soccer finals
have been shaken.
/*\n------------------------------------------------------------------
\n{###} */

990101  FINAL-01
This is the end of the standard validation records.

000102  FBIS-002-003  CEP20020711000013b
2. -- **
`

func TestReadTabari(t *testing.T) {
	recs, err := ReadTabari(strings.NewReader(tabariFixture), "v.text")
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		ID, Date, Text, Category string
		Gold                     []GoldEvent
		NoEvent                  bool
		SkipReason               string
	}
	var got []row
	for _, r := range recs {
		if r.Skip != (r.SkipReason != "") {
			t.Errorf("%s: Skip=%v with reason %q", r.ID, r.Skip, r.SkipReason)
		}
		got = append(got, row{r.ID, r.Date, r.Text, r.Category, r.Gold, r.NoEvent, r.SkipReason})
	}
	want := []row{
		{"START-00", "2000-01-01", "Validation suite banner.", "START", nil, true, "suite banner, not a test"},
		// TIME-Modify and MINWRD-ACTIVATE only set options: dropped.
		{"DEMO-04", "1995-01-03", "Dagolath's first Deputy Prime Minister Telemar left for Minas Tirith on Wednesday.", "DEMO",
			[]GoldEvent{{Source: "DAG", Target: "GON", Code: "032"}, {Source: "GON", Target: "DAG", Code: "033"}}, false, ""},
		{"DEMO-05", "1995-01-01", "Arnor is about to restore fxll diplomatic ties.", "DEMO", nil, false, "no gold coding"},
		{"DEMO-13", "1995-01-13", "Arnor on Thursday signed a trade protocol with Dagolath, officials said.", "DEMO",
			[]GoldEvent{{Source: "ARN", Target: "DAG", Code: "085"}}, false, ""},
		{"VERBEND-01c", "1995-01-01", "Estonia departx from Libya.", "VERBEND", nil, true, ""},
		{"DISCARD-1", "1995-01-05", "Gondor's hopes of success in their first World Cup soccer finals have been shaken.", "DISCARD", nil, true, ""},
		{"FINAL-01", "1999-01-01", "This is the end of the standard validation records.", "FINAL", nil, false, "no gold coding"},
		{"FBIS-002-003", "2000-01-02", "2. -- **", "FBIS", nil, false, "after FINAL-01: needs non-default options"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
}

func TestReadTabariHostile(t *testing.T) {
	for name, in := range map[string]string{
		"empty":        "",
		"header only":  "950101  X-1",
		"open comment": "950101  X-1\ntext\n/* { A / B / 010 }",
		"open brace":   "950101  X-1\ntext\n/*\n{ A / B */",
		"four parts":   "950101  X-1\ntext\n/* { A / B / C / D } */",
		"bad date":     "999999  X-1\ntext\n/* { A / B / 010 } */",
		"latin1":       "950101  X-1\ncaf\xe9\n/* { A\xff / B / 010 } */",
		"crlf":         "950101  X-1\r\ntext\r\n/*\r\n{ A / B / 010 }\r\n*/\r\n",
		"header no id": "950101 \n",
		"many braces":  "950101  X\nt\n/* {{{{}}}} {-{ */",
	} {
		t.Run(name, func(t *testing.T) {
			recs, err := ReadTabari(strings.NewReader(in), name)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range recs {
				if !utf8.ValidString(r.Text) || !utf8.ValidString(r.ID) {
					t.Errorf("invalid UTF-8 in %+v", r)
				}
				for _, g := range r.Gold {
					if !utf8.ValidString(g.Source) {
						t.Errorf("invalid UTF-8 in %+v", g)
					}
				}
			}
		})
	}
}

func FuzzReadTabari(f *testing.F) {
	f.Add(tabariFixture)
	f.Add("950101  X-1\ntext\n/* { A / B / 010 } */")
	f.Add("950101  X-1\ntext /*\n-{ A / B / 010 } {---} */\n#\n")
	f.Fuzz(func(t *testing.T, in string) {
		recs, err := ReadTabari(strings.NewReader(in), "fuzz")
		if err != nil {
			return // only over-long lines fail, and they must fail cleanly
		}
		for _, r := range recs {
			if !utf8.ValidString(r.Text) || !utf8.ValidString(r.ID) {
				t.Fatalf("invalid UTF-8 in %+v", r)
			}
			if r.Date != "" && !validDate(r.Date) {
				t.Fatalf("bad date %q", r.Date)
			}
			if r.NoEvent && len(r.Gold) > 0 {
				t.Fatalf("noevent record with gold: %+v", r)
			}
			if !r.Skip && len(r.Gold) == 0 && !r.NoEvent {
				t.Fatalf("scored record without gold: %+v", r)
			}
		}
	})
}
