package event

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"
)

func stdJSON(t testing.TB, e *Event) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(e); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

func sampleEvents() []Event {
	full := Event{
		ID: "s1:0:0", StoryID: "s1", SentenceIndex: 3, Sentence: "Russia \"shelled\" <Kyiv> & more\n\t\x01\u2028\xff é 😀",
		CAMEO: "190", CAMEORoot: "19", QuadClass: 4, Goldstein: -10,
		PLOVER: PLOVER{Type: "ASSAULT", Mode: "", Context: []string{"military", "b\\s"}},
		Source: []Actor{{Text: "Russia", Code: "RUS", Country: "RUS", Start: 0, End: 6}},
		Target: []Actor{}, Participants: []Actor{{Role: "host", Text: "x", Code: "---"}},
		Date: "2024-01-02", DateEnd: "2024-01-03", DatePrecision: "day",
		Location: &Location{Name: "Kyiv", Lat: 50.4501, Lon: 30.5234, Country: "UKR", Admin1: "Kyiv City", Precision: "city", GeonameID: 703448, Start: 3, End: 7},
		Modality: Modality{Negated: true, ReportedBy: "UKRMED", Historical: true},
		Evidence: Evidence{Verb: Span{Text: "shelled", Start: 7, End: 14}, Pattern: "verbs/19.txt:1", Date: &Span{Text: "Tuesday"}, Place: &Span{Text: "Kyiv", Start: 1, End: 2}},
		Mirror:   "s1:0:1",
	}
	tiny := Event{Goldstein: 1e-7, Location: &Location{Lat: -1e21, Lon: 1.5e-300}}
	return []Event{{}, full, tiny, {Goldstein: 2.5, Location: &Location{}}, {Goldstein: 123456789012345678901234.0}}
}

func TestAppendJSONMatchesEncoding(t *testing.T) {
	for i, e := range sampleEvents() {
		got, err := AppendJSON(nil, &e)
		if err != nil {
			t.Fatal(err)
		}
		if want := stdJSON(t, &e); !bytes.Equal(got, want) {
			t.Errorf("event %d:\n got %s\nwant %s", i, got, want)
		}
	}
	bad := Event{Goldstein: math.NaN()}
	if _, err := AppendJSON(nil, &bad); err == nil {
		t.Error("NaN encoded")
	}
}

// An Encoder reuses the last sentence's encoding: a run over events of
// repeated and changing sentences must give AppendJSON's bytes, event by
// event.
func TestEncoderMatchesAppendJSON(t *testing.T) {
	var enc Encoder
	evs := sampleEvents()
	for round := 0; round < 3; round++ {
		for i := range evs {
			for k := 0; k < 2; k++ { // the same sentence twice running
				e := evs[i]
				if k == 1 {
					e.ID += "-mirror"
				}
				got, err := enc.AppendJSON(nil, &e)
				if err != nil {
					t.Fatal(err)
				}
				want, _ := AppendJSON(nil, &e)
				if !bytes.Equal(got, want) {
					t.Fatalf("round %d, event %d/%d:\n got %s\nwant %s", round, i, k, got, want)
				}
			}
		}
	}
	// Same length, other text: the cache must not be fooled.
	a, b := Event{Sentence: "Iran met Iraq."}, Event{Sentence: "Iraq met Iran."}
	enc.AppendJSON(nil, &a)
	got, _ := enc.AppendJSON(nil, &b)
	if want, _ := AppendJSON(nil, &b); !bytes.Equal(got, want) {
		t.Errorf("a same-length sentence reused the last one's encoding:\n%s", got)
	}
}

func FuzzAppendJSON(f *testing.F) {
	f.Add("Russia \"x\" \xff\u2028", "ctx", 1.5, -77.0364, 3, true)
	f.Add("", "", 0.0, 1e-7, 0, false)
	f.Fuzz(func(t *testing.T, s, c string, g, lat float64, n int, flag bool) {
		if math.IsNaN(g) || math.IsInf(g, 0) || math.IsNaN(lat) || math.IsInf(lat, 0) {
			return
		}
		e := Event{ID: s, Sentence: s + c, Goldstein: g, SentenceIndex: n, PLOVER: PLOVER{Context: []string{c}},
			Source: []Actor{{Text: s, Role: c, Start: n}}, Modality: Modality{Historical: flag, ReportedBy: c}}
		if flag {
			e.Location = &Location{Name: c, Lat: lat, Lon: g, GeonameID: n, Start: -n}
			e.Evidence.Place = &Span{Text: s}
			e.Mirror = c
		}
		got, err := AppendJSON(nil, &e)
		if err != nil {
			t.Fatal(err)
		}
		if want := stdJSON(t, &e); !bytes.Equal(got, want) {
			t.Fatalf("\n got %s\nwant %s", got, want)
		}
	})
}

func BenchmarkEventJSON(b *testing.B) {
	e := sampleEvents()[1]
	b.Run("encoding", func(b *testing.B) {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		for b.Loop() {
			buf.Reset()
			enc.Encode(&e)
		}
	})
	b.Run("append", func(b *testing.B) {
		var buf []byte
		for b.Loop() {
			buf, _ = AppendJSON(buf[:0], &e)
		}
	})
}
