package event_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/store/storetest"
)

// csvView is an event reduced to what the CSV carries: actor byte offsets
// and evidence spans other than the verb text are not columns.
func csvView(e event.Event) event.Event {
	strip := func(as []event.Actor) []event.Actor {
		if len(as) == 0 {
			return nil
		}
		out := make([]event.Actor, len(as))
		for i, a := range as {
			a.Start, a.End = 0, 0
			out[i] = a
		}
		return out
	}
	e.Source, e.Target, e.Participants = strip(e.Source), strip(e.Target), strip(e.Participants)
	if len(e.PLOVER.Context) == 0 {
		e.PLOVER.Context = nil
	}
	if e.Location != nil {
		l := *e.Location
		l.Start, l.End = 0, 0
		e.Location = &l
	}
	e.Evidence = event.Evidence{Verb: event.Span{Text: e.Evidence.Verb.Text}, Pattern: e.Evidence.Pattern}
	return e
}

func fixtureWithOddities() []event.Event {
	evs := storetest.Events()
	// Quotes, commas, newlines and non-ASCII must survive the CSV.
	evs[0].Sentence = "He said, \"no\",\nthen left — Zürich."
	evs[0].Modality.Historical = true
	evs[1].Goldstein = -3.3333333333333335
	return evs
}

func TestCSVRoundTrip(t *testing.T) {
	evs := fixtureWithOddities()
	var b bytes.Buffer
	w := event.NewCSVWriter(&b)
	for i := range evs {
		if err := w.Write(&evs[i], event.Citation{URL: "https://x.org/" + evs[i].StoryID}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	var got []event.Event
	var urls []string
	if err := event.ReadCSV(bytes.NewReader(b.Bytes()), func(e event.Event, c event.Citation) bool {
		got = append(got, e)
		urls = append(urls, c.URL)
		return true
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(evs) {
		t.Fatalf("read %d events, wrote %d", len(got), len(evs))
	}
	for i := range evs {
		if want := csvView(evs[i]); !reflect.DeepEqual(got[i], want) {
			gj, _ := json.Marshal(got[i])
			wj, _ := json.Marshal(want)
			t.Errorf("event %d:\n got %s\nwant %s", i, gj, wj)
		}
		if urls[i] != "https://x.org/"+evs[i].StoryID {
			t.Errorf("url %q", urls[i])
		}
	}
	// Every row has the header's width, so pandas.read_csv needs no options.
	recs, err := csv.NewReader(bytes.NewReader(b.Bytes())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(recs[0], event.CSVHeader()) {
		t.Errorf("header %v", recs[0])
	}
}

func TestCSVEmptyExportHasHeader(t *testing.T) {
	var b bytes.Buffer
	w := event.NewCSVWriter(&b)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(b.String()); got != strings.Join(event.CSVHeader(), ",") {
		t.Errorf("empty export = %q", got)
	}
}

func TestReadCSVRejectsBadInput(t *testing.T) {
	h := strings.Join(event.CSVHeader(), ",")
	row := func(mod func([]string)) string {
		cells := make([]string, len(event.CSVHeader()))
		for i, name := range event.CSVHeader() {
			switch name {
			case "sentence_index", "quad_class", "goldstein":
				cells[i] = "1"
			}
		}
		mod(cells)
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.Write(cells)
		w.Flush()
		return b.String()
	}
	idx := func(name string) int {
		for i, n := range event.CSVHeader() {
			if n == name {
				return i
			}
		}
		t.Fatalf("no column %s", name)
		return -1
	}
	cases := map[string]string{
		"empty":          "",
		"missing column": "id,story_id\n",
		"bad quad":       h + "\n" + row(func(c []string) { c[idx("quad_class")] = "x" }),
		"bad goldstein":  h + "\n" + row(func(c []string) { c[idx("goldstein")] = "" }),
		"bad bool":       h + "\n" + row(func(c []string) { c[idx("negated")] = "maybe" }),
		"ragged actors":  h + "\n" + row(func(c []string) { c[idx("source_text")] = "a;b"; c[idx("source_code")] = "A" }),
		"bad lat":        h + "\n" + row(func(c []string) { c[idx("location_name")] = "X"; c[idx("location_lat")] = "north" }),
	}
	for name, in := range cases {
		err := event.ReadCSV(strings.NewReader(in), func(event.Event, event.Citation) bool { return true })
		if err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestJSONLRoundTripIsExact(t *testing.T) {
	evs := fixtureWithOddities()
	var b bytes.Buffer
	w := event.NewJSONLWriter(&b)
	for i := range evs {
		if err := w.Write(&evs[i], event.Citation{}); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	var got []event.Event
	if err := event.ReadJSONL(bytes.NewReader(b.Bytes()), func(e event.Event) bool { got = append(got, e); return true }); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, evs) {
		t.Fatalf("JSONL round trip changed events")
	}
	// Re-encoding gives the same bytes: the export is a fixed point.
	var again bytes.Buffer
	w2 := event.NewJSONLWriter(&again)
	for i := range got {
		w2.Write(&got[i], event.Citation{})
	}
	w2.Flush()
	if !bytes.Equal(again.Bytes(), b.Bytes()) {
		t.Fatalf("re-encoded JSONL differs")
	}
}

func TestGDELTColumns(t *testing.T) {
	evs := storetest.Events()
	var b bytes.Buffer
	w := event.NewGDELTWriter(&b)
	for i := range evs {
		if err := w.Write(&evs[i], event.Citation{URL: "https://example.org/" + evs[i].StoryID}); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(evs)+1 {
		t.Fatalf("%d lines", len(lines))
	}
	head := strings.Split(lines[0], "\t")
	if len(head) != 61 || head[0] != "GLOBALEVENTID" || head[60] != "SOURCEURL" {
		t.Fatalf("header %v", head)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	// s1:1:0: TUR, RUS -> SYRREB, 0871 at Idlib.
	var row []string
	for _, l := range lines[1:] {
		if c := strings.Split(l, "\t"); c[0] == "s1:1:0" {
			row = c
		}
	}
	if len(row) != 61 {
		t.Fatalf("row has %d cells", len(row))
	}
	want := map[string]string{
		"SQLDATE": "20200306", "MonthYear": "202003", "Year": "2020", "Actor1Code": "TUR", "Actor1Name": "TURKEY",
		"Actor1CountryCode": "TUR", "Actor2Code": "SYRREB", "Actor2CountryCode": "SYR", "Actor2Type1Code": "REB",
		"IsRootEvent": "0", "EventCode": "0871", "EventBaseCode": "087", "EventRootCode": "08", "QuadClass": "2",
		"GoldsteinScale": "9", "ActionGeo_Type": "4", "ActionGeo_FullName": "Idlib", "ActionGeo_CountryCode": "SYR",
		"ActionGeo_Lat": "35.93", "ActionGeo_Long": "36.63", "ActionGeo_FeatureID": "169389", "SOURCEURL": "https://example.org/s1",
	}
	for k, v := range want {
		if row[col[k]] != v {
			t.Errorf("%s = %q, want %q", k, row[col[k]], v)
		}
	}
}

func TestGDELTKeepsOneLinePerEvent(t *testing.T) {
	e := storetest.Events()[0]
	e.Source[0].Text = "tab\there\nnewline"
	var b bytes.Buffer
	w := event.NewGDELTWriter(&b)
	w.Write(&e, event.Citation{})
	w.Flush()
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 2 || len(strings.Split(lines[1], "\t")) != 61 {
		t.Fatalf("got %q", b.String())
	}
}

func TestPLOVER(t *testing.T) {
	evs := storetest.Events()
	var b bytes.Buffer
	w := event.NewPLOVERWriter(&b)
	for i := range evs {
		if err := w.Write(&evs[i], event.Citation{URL: "u", Title: "t", Source: "s"}); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(evs) {
		t.Fatalf("%d lines", len(lines))
	}
	recs := map[string]map[string]any{}
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		// The manual's required fields.
		for _, f := range []string{"id", "date", "actor", "event"} {
			if _, ok := m[f]; !ok {
				t.Errorf("record lacks required %q: %s", f, l)
			}
		}
		recs[m["id"].(string)] = m
	}
	check := func(id, path string, want any) {
		t.Helper()
		var cur any = recs[id]
		for _, p := range strings.Split(path, ".") {
			switch c := cur.(type) {
			case map[string]any:
				cur = c[p]
			case []any:
				var i int
				for _, ch := range p {
					i = i*10 + int(ch-'0')
				}
				cur = c[i]
			}
		}
		if got, _ := json.Marshal(cur); string(got) != mustJSON(want) {
			t.Errorf("%s %s = %s, want %s", id, path, got, mustJSON(want))
		}
	}
	check("s1:1:0", "event", []string{"RETREAT"})
	check("s1:1:0", "mode", []string{"ceasefire", "future"})
	check("s1:1:0", "context", []string{"military"})
	check("s1:1:0", "actor.1.code", "RUS")
	check("s1:1:0", "recipient.0.code", "SYR")
	check("s1:1:0", "recipient.0.sector", "REB")
	check("s1:1:0", "recipient.0.actor_code", "SYRREB")
	check("s1:1:0", "event_loc.resolved_place", "Idlib")
	check("s1:1:0", "event_loc.resolution", 4)
	check("s1:1:0", "event_loc.country_code", "SYR")
	check("s1:1:0", "quad_code", 2)
	check("s1:1:0", "event_scale", 9)
	check("s1:1:0", "cite_info.url", "u")
	check("s1:2:0", "actor.0.code", "IGO") // no country: the IGO code's first three letters
	check("s1:2:0", "actor.1.role", "observer")
	check("s1:2:0", "reported_by", "Reuters")
	check("s2:0:0", "mode", []string{"negation"})
	check("s2:0:1", "mode", []string{"hypothetical"})
	check("s2:3:0", "enddate", "2021-06-30")
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestPLOVERListsParticipantsOnce(t *testing.T) {
	e := storetest.Events()[0]
	e.Participants = append([]event.Actor{e.Source[0]}, event.Actor{Role: "mediator", Text: "Qatar", Code: "QAT", Country: "QAT"})
	e.Participants[0].Role = "host"
	r := event.ToPLOVER(&e, event.Citation{})
	if len(r.Actor) != 2 || r.Actor[1].Code != "QAT" || r.Actor[1].Role != "mediator" {
		t.Fatalf("actors %+v", r.Actor)
	}
}

func TestNewWriter(t *testing.T) {
	for _, f := range event.Formats() {
		if _, err := event.NewWriter(f, &bytes.Buffer{}); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	if _, err := event.NewWriter("xml", &bytes.Buffer{}); err == nil {
		t.Error("xml accepted")
	}
}

func FuzzReadCSV(f *testing.F) {
	var b bytes.Buffer
	w := event.NewCSVWriter(&b)
	evs := storetest.Events()
	w.Write(&evs[0], event.Citation{})
	w.Flush()
	f.Add(b.String())
	f.Add("")
	f.Add("id\n\"")
	f.Fuzz(func(t *testing.T, in string) {
		event.ReadCSV(strings.NewReader(in), func(e event.Event, _ event.Citation) bool {
			// Whatever parses must write back without error.
			var out bytes.Buffer
			cw := event.NewCSVWriter(&out)
			if err := cw.Write(&e, event.Citation{}); err != nil {
				t.Fatal(err)
			}
			return true
		})
	})
}

func FuzzReadJSONL(f *testing.F) {
	f.Add(`{"id":"a","date":"2020-01-01"}` + "\n\n")
	f.Add("{")
	f.Fuzz(func(t *testing.T, in string) {
		event.ReadJSONL(strings.NewReader(in), func(event.Event) bool { return true })
	})
}
