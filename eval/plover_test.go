package eval

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

const ploverFixture = `[
 {"id": "PLOVER-GSR01-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "docs"},
 {"id": "G-1", "date": "2000-01-01", "event": "AGREE",
  "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"}, {"actorText": "Romanian", "code": "ROU"}],
  "target": "", "text": "Senior Hungarian and  Romanian officials agreed."},
 {"id": "G-2", "date": "2000-01-01", "event": "DEMAND",
  "source": [{"actorText": "Greece", "code": "GRC"}], "target": [{"actorText": "EC", "code": "IGO"}],
  "text": "Greece demanded.", "eventLoc": {"name": "Geneva", "country code": "CH"}},
 {"id": "G-3", "event": "FIGHT", "target": "diplomatic", "text": "Fighting broke out.",
  "eventLoc": {"name": "Kabul", "lat": 34.5, "lon": "69.2"}},
 {"id": "G-4", "date": "not a date", "event": "INVESTIGATE", "source": [{"code": 12}, {"code": "jap"}],
  "target": null, "text": 7},
 {"id": "G-5", "event": "disapprove", "text": "x", "eventLoc": {"lat": 95, "lon": 0}}
]`

func TestReadPLOVER(t *testing.T) {
	recs, err := ReadPLOVER(strings.NewReader(ploverFixture), "p.json")
	if err != nil {
		t.Fatal(err)
	}
	want := []Record{
		{Format: FormatPLOVER, File: "p.json", ID: "G-1", Date: "2000-01-01", Category: "AGREE",
			Text: "Senior Hungarian and Romanian officials agreed.",
			Gold: []GoldEvent{{Source: "HUN", PloverType: "AGREE"}, {Source: "ROU", PloverType: "AGREE"}}},
		{Format: FormatPLOVER, File: "p.json", ID: "G-2", Date: "2000-01-01", Category: "REQUEST",
			Text: "Greece demanded.",
			Gold: []GoldEvent{{Source: "GRC", Target: "IGO", PloverType: "REQUEST"}},
			Loc:  &GoldLoc{Name: "Geneva", CountryCode: "CH"}},
		{Format: FormatPLOVER, File: "p.json", ID: "G-3", Category: "ASSAULT", Text: "Fighting broke out.",
			Gold: []GoldEvent{{PloverType: "ASSAULT"}},
			Loc:  &GoldLoc{Name: "Kabul", Lat: 34.5, Lon: 69.2, HasCoord: true}},
		{Format: FormatPLOVER, File: "p.json", ID: "G-4", Category: "ACCUSE",
			Gold: []GoldEvent{{Source: "JAP", PloverType: "ACCUSE"}},
			Skip: true, SkipReason: "no text",
			Notes: []string{`field "text" is a number, not a string; ignored`,
				`date "not a date" is not YYYY-MM-DD; the record is undated`,
				`source actor 1, {"code": 12}, is not an actor (an object of actorText, code and sector strings); ignored`}},
		{Format: FormatPLOVER, File: "p.json", ID: "G-5", Category: "ACCUSE", Text: "x",
			Gold: []GoldEvent{{PloverType: "ACCUSE"}}},
	}
	if !reflect.DeepEqual(recs, want) {
		t.Errorf("got\n%+v\nwant\n%+v", recs, want)
	}
}

func TestReadPLOVERJSONLines(t *testing.T) {
	in := `{"id":"a","event":"PROTEST","text":"They marched."}
{"id":"b","event":"AID","text":"Aid arrived."}`
	recs, err := ReadPLOVER(strings.NewReader(in), "p.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[1].Category != "AID" {
		t.Errorf("got %+v", recs)
	}
}

func TestReadPLOVERErrors(t *testing.T) {
	for name, in := range map[string]string{
		"truncated":  `[{"id": "a"`,
		"not object": `[1, 2]`,
		"garbage":    `{"id": "a"} nonsense`,
	} {
		if _, err := ReadPLOVER(strings.NewReader(in), name); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	for name, in := range map[string]string{"empty": "", "empty list": "[]", "nulls": "[null]"} {
		if _, err := ReadPLOVER(strings.NewReader(in), name); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func FuzzReadPLOVER(f *testing.F) {
	f.Add(ploverFixture)
	f.Add(`{"id":"a","event":"PROTEST","text":"x","source":"s","target":[{"code":"USA"}]}`)
	f.Add(`[{"eventLoc":{"name":"\u00e9","lat":"1e400","lon":null}}]`)
	f.Fuzz(func(t *testing.T, in string) {
		recs, err := ReadPLOVER(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, r := range recs {
			if r.Category == "DOCUMENT" || r.Category == "DEMAND" || r.Category == "FIGHT" {
				t.Fatalf("unmapped type %q", r.Category)
			}
			if len(r.Gold) == 0 {
				t.Fatalf("record without a gold event: %+v", r)
			}
			if r.Date != "" && !validDate(r.Date) {
				t.Fatalf("bad date %q", r.Date)
			}
			if !utf8.ValidString(r.Text) {
				t.Fatalf("invalid UTF-8 %q", r.Text)
			}
		}
	})
}
