package eval

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

// TestReaderNotes checks that each lenient reader says what it left out of
// a record (Record.Notes, reported by Warnings) instead of dropping it
// silently, and still reads the rest of the record and of the file.
func TestReaderNotes(t *testing.T) {
	tests := []struct {
		name, format, data string
		wantRecs           int
		warn               []string // substrings, one per expected warning, in order
	}{
		{
			name: "TABARI gold group with two fields", format: FormatTabari, wantRecs: 1,
			data: "230412  CASE-01\nGondor expelled envoys.\n/* { GON / 111 }\n{ GON / ARN / 1212 } */\n",
			warn: []string{`x.txt: record "CASE-01": gold group {GON / 111} is not { SOURCE / TARGET / CODE }; ignored`},
		},
		{
			name: "TABARI comment cut off at end of file", format: FormatTabari, wantRecs: 2,
			data: "230412  CASE-01\nGondor met Arnor.\n/* { GON / ARN / 040 } */\n230413  CASE-02\nArnor shelled Rhun.\n/* { ARN / RHU / 19",
			warn: []string{`x.txt: record "CASE-02" is cut off at the end of the file (no closing */); not scored`},
		},
		{
			name: "PLOVER ill-typed fields", format: FormatPLOVER, wantRecs: 2,
			data: `[{"id":"p1","event":"ASSAULT","text":42,"date":"12/05/2021","source":[{"code":"RUS"},7],"target":{"code":"UKR"},"eventLoc":"Kyiv"},
			       {"id":"p2","event":"CONSULT","text":"Envoys met.","date":"2021-05-12","source":"diplomats","target":null}]`,
			warn: []string{
				`record "p1": field "text" is a number, not a string; ignored`,
				`record "p1": date "12/05/2021" is not YYYY-MM-DD; the record is undated`,
				`record "p1": source actor 2, 7, is not an actor (an object of actorText, code and sector strings); ignored`,
				`record "p1": field "target" is an object, not a list of actors; ignored`,
				`record "p1": field "eventLoc" is a string, not an object; ignored`,
			},
		},
		{
			name: "ConfliBERT bad rater value and short row", format: FormatConfliBERT, wantRecs: 2,
			data: "ids,sentences,Action1_CAMEO_1,Action1_CAMEO_2,Action1_CAMEO_3\n" +
				"c1,Troops shelled the town.,4-19 Fight,4-99 Bogus,4-19 Fight\n" +
				"c2,Police arrested a reporter.\n",
			warn: []string{
				`record "c1": rater 2's action "4-99 Bogus" is not "P-R Name" with a CAMEO root 1-20; ignored`,
				`record "c2": row 3 has 2 fields, the header 5; the missing columns are read as empty`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var recs []Record
			var err error
			r := strings.NewReader(tt.data)
			switch tt.format {
			case FormatTabari:
				recs, err = ReadTabari(r, "x.txt")
			case FormatPLOVER:
				recs, err = ReadPLOVER(r, "x.json")
			case FormatConfliBERT:
				recs, err = ReadConfliBERT(r, "x.csv")
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != tt.wantRecs {
				t.Fatalf("%d records, want %d: %+v", len(recs), tt.wantRecs, recs)
			}
			got := Warnings(recs)
			if len(got) != len(tt.warn) {
				t.Fatalf("warnings %q, want %d", got, len(tt.warn))
			}
			for i, w := range tt.warn {
				if !strings.Contains(got[i], w) {
					t.Errorf("warning %d = %q, want it to contain %q", i, got[i], w)
				}
			}
		})
	}
}

// TestReaderNotesKeepTheRest checks what the damaged records above still
// give: the well-formed gold group, the good rater votes, the other record.
func TestReaderNotesKeepTheRest(t *testing.T) {
	recs, err := ReadTabari(strings.NewReader("230412  CASE-01\nGondor expelled envoys.\n/* { GON / 111 }\n{ GON / ARN / 1212 } */\n"), "x.txt")
	if err != nil || len(recs) != 1 || len(recs[0].Gold) != 1 || recs[0].Gold[0].Code != "1212" || recs[0].Skip {
		t.Errorf("TABARI: %+v, %v", recs, err)
	}
	recs, err = ReadConfliBERT(strings.NewReader("ids,sentences,Action1_CAMEO_1,Action1_CAMEO_2,Action1_CAMEO_3\nc1,Troops shelled the town.,4-19 Fight,4-99 Bogus,4-19 Fight\n"), "x.csv")
	if err != nil || len(recs) != 1 || recs[0].Majority != "19" || len(recs[0].Raters) != 2 {
		t.Errorf("ConfliBERT: %+v, %v", recs, err)
	}
	recs, err = ReadPLOVER(strings.NewReader(`[{"id":"p1","event":"ASSAULT","text":"Shelling hit Kharkiv.","source":[{"code":"RUS"},7]}]`), "x.json")
	if err != nil || len(recs) != 1 || len(recs[0].Gold) != 1 || recs[0].Gold[0].Source != "RUS" {
		t.Errorf("PLOVER: %+v, %v", recs, err)
	}
}

// TestReaderNotesCleanInput checks that well-formed input, including the
// shapes the readers accept on purpose (a prose string or null side, a
// missing field, an empty rater cell, a disabled or option group), gives
// no warning.
func TestReaderNotesCleanInput(t *testing.T) {
	recs, err := ReadTabari(strings.NewReader(tabariFixture), "v.txt")
	if err != nil {
		t.Fatal(err)
	}
	if w := Warnings(recs); len(w) != 0 {
		t.Errorf("TABARI fixture: %q", w)
	}
	recs, err = ReadPLOVER(strings.NewReader(`[{"id":"a","event":"CONSULT","text":"Envoys met.","source":"diplomats","target":null,"eventLoc":null},{"event":"DOCUMENT"}]`), "p.json")
	if err != nil {
		t.Fatal(err)
	}
	if w := Warnings(recs); len(w) != 0 {
		t.Errorf("PLOVER: %q", w)
	}
	recs, err = ReadConfliBERT(strings.NewReader("ids,sentences,Action1_CAMEO_1,Action1_CAMEO_2\nc1,Troops shelled the town.,4-19 Fight,\n"), "c.csv")
	if err != nil {
		t.Fatal(err)
	}
	if w := Warnings(recs); len(w) != 0 {
		t.Errorf("ConfliBERT: %q", w)
	}
}

// TestCapReader checks that a streamed gold file over the limit is an error,
// not a file silently cut at the limit (io.LimitReader's behaviour).
func TestCapReader(t *testing.T) {
	for _, tt := range []struct {
		in   string
		left int64
		ok   bool
	}{{"abcdef", 6, true}, {"abcdef", 10, true}, {"abcdef", 5, false}, {"abcdef", 0, false}, {"", 0, true}} {
		got, err := io.ReadAll(&capReader{r: iotest.OneByteReader(strings.NewReader(tt.in)), left: tt.left, name: "g.csv"})
		if tt.ok != (err == nil) || tt.ok && string(got) != tt.in {
			t.Errorf("%q with %d left: %q, %v", tt.in, tt.left, got, err)
		}
		if err != nil && !strings.Contains(err.Error(), "g.csv is larger than") {
			t.Errorf("error %v", err)
		}
	}
}

// TestReadFileTooLarge: a gold file over the limit is refused with an error
// naming it (by its size, before it is read); one at the limit is read.
func TestReadFileTooLarge(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		size int64
		ok   bool
	}{{maxFileBytes + 1, false}, {maxFileBytes, true}} {
		path := filepath.Join(dir, fmt.Sprintf("gold-%d.tsv", tt.size))
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		// Sparse: blank lines, no disk.
		if err := f.Truncate(tt.size); err != nil {
			t.Fatal(err)
		}
		f.Close()
		_, err = ReadFile(FormatTSV, path)
		if tooLarge := err != nil && strings.Contains(err.Error(), path+" is larger than"); tooLarge == tt.ok {
			t.Errorf("%d bytes: error %v", tt.size, err)
		}
	}
}
