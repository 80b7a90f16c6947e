package story

import (
	"encoding/json"
	"testing"
)

func FuzzFastRecord(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","date":"2024-01-02","text":"Russia \"met\" Turkey.\n\u00e9\ud83d\ude00 \/ \\"}`,
		`{"id":1,"text":"x"}`, `{"ID":"a"}`, `{}`, ` { "id" : "a" , "text" : "b" } `, `{"id":"a","id":"b"}`,
		`{"id":"a","extra":{"x":1}}`, `{"id":"\ud800x"}`, `{"id":"\ud800\u0041"}`, `{"text":null}`, `{"id":"a"} x`,
		"{\"id\":\"\xff\"}", `{"id":"a",}`, `{"id":"\u12"}`, "{\"id\":\"a\t\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		got, ok := fastRecord(line)
		if !ok {
			return
		}
		var want jsonlRecord
		if err := json.Unmarshal(line, &want); err != nil {
			t.Fatalf("fast path accepted %q, encoding/json: %v", line, err)
		}
		if got != want {
			t.Fatalf("%q: fast %+v, encoding/json %+v", line, got, want)
		}
	})
}

func TestFastRecordTakesCommonLines(t *testing.T) {
	for _, s := range []string{
		`{"id":"AFP_1","date":"2008-08-04","text":"The stopover came as the US leader prepared."}`,
		`{"id": "x", "date": "2024-01-02", "text": "Line one.\nLine \"two\".", "title": "T", "url": "https://e.com/a", "source": "AFP"}`,
	} {
		if _, ok := fastRecord([]byte(s)); !ok {
			t.Errorf("fast path refused %s", s)
		}
	}
}
