package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-events/parley/server"
	"github.com/parley-events/parley/store"
	"github.com/parley-events/parley/store/storetest"
)

// syncBuffer collects the server log; any line in it means a request hit
// the 500 path or a panic, which the tests forbid.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func newServer(t testing.TB) http.Handler {
	t.Helper()
	st, err := store.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if errs, err := st.Put(context.Background(), storetest.Fixture()); err != nil || errors(errs) != "" {
		t.Fatalf("put fixture: %v %s", err, errors(errs))
	}
	logs := &syncBuffer{}
	t.Cleanup(func() {
		if s := logs.String(); s != "" {
			t.Errorf("server logged errors (a 500 or a panic):\n%s", s)
		}
	})
	ui := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "UI "+r.URL.Path) })
	return server.New(st, server.Options{
		UI:      ui,
		Version: "test",
		Logger:  slog.New(slog.NewTextHandler(logs, nil)),
		Explain: func(_ context.Context, sentence, date string) (string, error) {
			return "explained " + date + ": " + sentence, nil
		},
	})
}

func errors(errs []error) string {
	var s []string
	for _, e := range errs {
		if e != nil {
			s = append(s, e.Error())
		}
	}
	return strings.Join(s, "; ")
}

func get(t testing.TB, h http.Handler, target string) (int, []byte) {
	t.Helper()
	req := httptest.NewRequest("GET", target, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if ct := rec.Header().Get("Content-Type"); strings.HasPrefix(target, "/api/") && ct != "application/json" {
		t.Errorf("%s: Content-Type %q", target, ct)
	}
	return rec.Code, rec.Body.Bytes()
}

func TestEventFilters(t *testing.T) {
	h := newServer(t)
	all := []string{"s3:0:0", "s3:1:0", "s1:0:0", "s1:1:0", "s1:2:0", "s2:3:0", "s2:0:0", "s2:0:1"}
	cases := []struct {
		query string
		want  []string
	}{
		{"", all},
		{"from=2020-03-06", []string{"s1:1:0", "s1:2:0", "s2:3:0", "s2:0:0", "s2:0:1"}},
		{"to=2020-01-02", []string{"s3:0:0", "s3:1:0"}},
		{"from=2021-06-20&to=2021-06-25", []string{"s2:3:0"}}, // month-long event overlaps
		{"actor=TUR", []string{"s3:0:0", "s3:1:0", "s1:0:0", "s1:1:0"}},
		{"actor=tur", []string{"s3:0:0", "s3:1:0", "s1:0:0", "s1:1:0"}},
		{"source=TUR", []string{"s3:1:0", "s1:0:0", "s1:1:0"}},
		{"target=TUR", []string{"s3:0:0", "s3:1:0"}},
		{"actor=RUS", []string{"s1:0:0", "s1:1:0", "s2:3:0", "s2:0:0", "s2:0:1"}},
		{"actor=SYRREB", []string{"s1:1:0"}},
		{"actor=SYR", []string{"s1:1:0"}}, // country match
		{"actor=IGO", []string{"s1:2:0"}}, // prefix of IGOUNO, which has no country
		{"actor=IRN", nil},                // participants are neither source nor target
		{"actor=USA,JOR", []string{"s3:0:0", "s1:2:0"}},
		{"actor=USA&actor=JOR", []string{"s3:0:0", "s1:2:0"}},
		{"source=UKR&target=RUS", []string{"s2:3:0", "s2:0:1"}},
		{"cameo=08", []string{"s1:1:0"}},
		{"cameo=0871", []string{"s1:1:0"}},
		{"cameo=03,04", []string{"s1:0:0", "s1:2:0"}},
		{"root=17", []string{"s3:1:0"}},
		{"root=4", []string{"s1:2:0"}},
		{"root=01", nil},
		{"plover=agree", []string{"s3:0:0", "s1:0:0"}},
		{"plover=ASSAULT,COERCE", []string{"s3:1:0", "s2:0:0"}},
		{"quad=4", []string{"s3:1:0", "s2:0:0"}},
		{"quad=1&quad=2", []string{"s3:0:0", "s1:0:0", "s1:1:0", "s1:2:0"}},
		{"gmin=4", []string{"s1:0:0", "s1:1:0"}},
		{"gmax=-5", []string{"s3:1:0", "s2:3:0", "s2:0:0"}},
		{"gmin=-2&gmax=2", []string{"s1:2:0", "s2:0:1"}},
		{"negated=true", []string{"s2:0:0"}},
		{"negated=false", []string{"s3:0:0", "s3:1:0", "s1:0:0", "s1:1:0", "s1:2:0", "s2:3:0", "s2:0:1"}},
		{"future=true", []string{"s1:1:0"}},
		{"hypothetical=true", []string{"s2:0:1"}},
		{"reported=true", []string{"s1:2:0"}},
		{"reported=false&root=01,02,03,04,05", []string{"s3:0:0", "s1:0:0"}},
		{"bbox=30,30,40,40", []string{"s3:0:0", "s3:1:0", "s1:0:0", "s1:1:0"}},
		{"bbox=30,45,75,55", []string{"s1:2:0", "s2:0:0"}},
		{"loc_country=syr", []string{"s1:0:0", "s1:1:0"}},
		{"loc_country=TUR,KAZ", []string{"s3:0:0", "s3:1:0", "s1:2:0"}},
		{"q=Idlib", []string{"s1:0:0", "s1:1:0"}},
		{"q=rebels", []string{"s3:1:0", "s1:1:0"}},
		{"q=%22pull+back%22", []string{"s1:1:0"}},
		{"q=Ukraine+AND+Russia", []string{"s2:3:0", "s2:0:0", "s2:0:1"}},
		{"q=Turk*", []string{"s3:0:0", "s3:1:0", "s1:0:0", "s1:1:0"}},
		{"q=Turkey+NOT+Russia", []string{"s3:0:0"}},
		{"q=Idlib+OR+Astana", []string{"s1:0:0", "s1:1:0", "s1:2:0"}},
		{"q=(Idlib+OR+Astana)+UN", []string{"s1:2:0"}},
		{"q=Lisbon", nil},
		{"story=s2", []string{"s2:3:0", "s2:0:0", "s2:0:1"}},
		{"story=nope", nil},
		{"actor=TUR&from=2020-01-01&to=2020-12-31", []string{"s3:1:0", "s1:0:0", "s1:1:0"}},
		{"unknown_param=1", all}, // endpoints may add their own parameters
	}
	for _, c := range cases {
		t.Run(c.query, func(t *testing.T) {
			code, body := get(t, h, "/api/events?"+c.query)
			if code != 200 {
				t.Fatalf("status %d: %s", code, body)
			}
			var p struct {
				Total  int               `json:"total"`
				Limit  int               `json:"limit"`
				Offset int               `json:"offset"`
				Events []json.RawMessage `json:"events"`
			}
			if err := json.Unmarshal(body, &p); err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, e := range p.Events {
				var x struct{ ID string }
				json.Unmarshal(e, &x)
				ids = append(ids, x.ID)
			}
			if !slices.Equal(ids, c.want) || p.Total != len(c.want) || p.Limit != 50 || p.Offset != 0 {
				t.Errorf("got total %d limit %d ids %v, want %v", p.Total, p.Limit, ids, c.want)
			}
		})
	}
}

func TestEventsPagination(t *testing.T) {
	h := newServer(t)
	cases := []struct {
		query string
		total int
		ids   []string
	}{
		{"limit=2&offset=1", 8, []string{"s3:1:0", "s1:0:0"}},
		{"limit=3&offset=6", 8, []string{"s2:0:0", "s2:0:1"}},
		{"offset=10", 8, nil},
		{"limit=1000", 8, []string{"s3:0:0", "s3:1:0", "s1:0:0", "s1:1:0", "s1:2:0", "s2:3:0", "s2:0:0", "s2:0:1"}},
	}
	for _, c := range cases {
		_, body := get(t, h, "/api/events?"+c.query)
		var p struct {
			Total  int
			Events []struct{ ID string }
		}
		if err := json.Unmarshal(body, &p); err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, e := range p.Events {
			ids = append(ids, e.ID)
		}
		if p.Total != c.total || !slices.Equal(ids, c.ids) {
			t.Errorf("%s: total %d ids %v, want %d %v", c.query, p.Total, ids, c.total, c.ids)
		}
		if !strings.Contains(string(body), `"events":[`) {
			t.Errorf("%s: events must be a list, never null: %s", c.query, body)
		}
	}
}

func TestEventsAreTheCodedJSON(t *testing.T) {
	h := newServer(t)
	_, body := get(t, h, "/api/events?limit=1000")
	var p struct{ Events []json.RawMessage }
	json.Unmarshal(body, &p)
	want := storetest.Events()
	for i, raw := range p.Events {
		w, _ := json.Marshal(want[i])
		if !bytes.Equal(raw, w) {
			t.Errorf("event %d:\n got %s\nwant %s", i, raw, w)
		}
	}
}

func TestEventDetail(t *testing.T) {
	h := newServer(t)
	code, body := get(t, h, "/api/events/s1:1:0")
	if code != 200 {
		t.Fatalf("status %d %s", code, body)
	}
	var d struct {
		Event   struct{ ID, Sentence string }
		Story   map[string]string
		Context []struct {
			Index int
			Text  string
		}
		Explanation string
	}
	if err := json.Unmarshal(body, &d); err != nil {
		t.Fatal(err)
	}
	wantStory := map[string]string{"id": "s1", "title": "Turkey and Russia agree on Idlib", "date": "2020-03-06", "url": "https://example.org/s1", "source": "Example News"}
	if d.Event.ID != "s1:1:0" || fmt.Sprint(d.Story) != fmt.Sprint(wantStory) {
		t.Errorf("event %+v story %v", d.Event, d.Story)
	}
	var idx []int
	for _, c := range d.Context {
		idx = append(idx, c.Index)
	}
	if !slices.Equal(idx, []int{0, 1, 2, 3}) || d.Context[1].Text != d.Event.Sentence {
		t.Errorf("context %+v", d.Context)
	}
	if d.Explanation != "explained 2020-03-06: "+d.Event.Sentence {
		t.Errorf("explanation %q", d.Explanation)
	}
}

func TestNotFound(t *testing.T) {
	h := newServer(t)
	for _, target := range []string{"/api/events/nope", "/api/events/s1:1:0/extra", "/api/nothing", "/api/aggregates/unknown"} {
		code, body := get(t, h, target)
		var e struct{ Error string }
		if code != 404 || json.Unmarshal(body, &e) != nil || e.Error == "" {
			t.Errorf("%s: %d %s, want a 404 JSON error", target, code, body)
		}
	}
	req := httptest.NewRequest("POST", "/api/events", nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 405 || !strings.Contains(rec.Body.String(), `"error"`) {
		t.Errorf("POST: %d %s", rec.Code, rec.Body)
	}
}

func TestUIIsMounted(t *testing.T) {
	h := newServer(t)
	for _, p := range []string{"/", "/static/app.js"} {
		code, body := get(t, h, p)
		if code != 200 || string(body) != "UI "+p {
			t.Errorf("%s: %d %q", p, code, body)
		}
	}
}

func TestMetaAndOpenAPI(t *testing.T) {
	h := newServer(t)
	_, body := get(t, h, "/api/meta")
	var m map[string]any
	json.Unmarshal(body, &m)
	want := map[string]any{"stories": 3.0, "events": 8.0, "sentences": 10.0, "first_date": "2019-12-30", "last_date": "2021-06-30", "version": "test"}
	if fmt.Sprint(m) != fmt.Sprint(want) {
		t.Errorf("meta = %v, want %v", m, want)
	}
	code, body := get(t, h, "/api/openapi.json")
	var doc struct {
		OpenAPI string         `json:"openapi"`
		Paths   map[string]any `json:"paths"`
	}
	if code != 200 || json.Unmarshal(body, &doc) != nil || !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi: %d %.200s", code, body)
	}
	for _, p := range []string{"/api/meta", "/api/events", "/api/events/{id}", "/api/aggregates/timeline",
		"/api/aggregates/dyads", "/api/aggregates/actors", "/api/aggregates/places", "/api/openapi.json"} {
		if _, ok := doc.Paths[p]; !ok {
			t.Errorf("openapi.json lacks path %s", p)
		}
	}
}

// TestBadRequests: every malformed parameter is a 400 with a JSON error
// naming it, on every endpoint that takes filters.
func TestBadRequests(t *testing.T) {
	h := newServer(t)
	filterEndpoints := []string{"/api/events", "/api/aggregates/timeline", "/api/aggregates/dyads", "/api/aggregates/actors", "/api/aggregates/places"}
	cases := []struct{ query, param string }{
		{"from=2020-13-01", "from"},
		{"from=2020-1-1", "from"},
		{"from=yesterday", "from"},
		{"to=2020-02-30", "to"},
		{"from=2021-01-01&to=2020-01-01", "to"},
		{"from=2020-01-01&from=2020-02-01", "from"},
		{"actor=t!r", "actor"},
		{"actor=" + strings.Repeat("A", 33), "actor"},
		{"source=TUR%20GOV", "source"},
		{"target=%C3%A9", "target"},
		{"cameo=99", "cameo"},
		{"cameo=0x", "cameo"},
		{"cameo=1", "cameo"},
		{"cameo=08711", "cameo"},
		{"root=99", "root"},
		{"root=0", "root"},
		{"root=21", "root"},
		{"plover=FOO", "plover"},
		{"quad=7", "quad"},
		{"quad=0", "quad"},
		{"quad=x", "quad"},
		{"gmin=11", "gmin"},
		{"gmin=abc", "gmin"},
		{"gmin=NaN", "gmin"},
		{"gmax=-10.5", "gmax"},
		{"gmin=5&gmax=1", "gmax"},
		{"negated=maybe", "negated"},
		{"future=yes", "future"},
		{"hypothetical=", "hypothetical"},
		{"reported=2", "reported"},
		{"bbox=1,2,3", "bbox"},
		{"bbox=-181,0,0,0", "bbox"},
		{"bbox=0,-91,0,0", "bbox"},
		{"bbox=0,0,0,91", "bbox"},
		{"bbox=10,0,0,0", "bbox"},
		{"bbox=a,b,c,d", "bbox"},
		{"bbox=Inf,0,0,0", "bbox"},
		{"loc_country=SY", "loc_country"},
		{"loc_country=S1R", "loc_country"},
		{"q=(", "q"},
		{"q=%22unterminated", "q"},
		{"q=AND", "q"},
		{"q=a+OR", "q"},
		{"q=NOT+a", "q"},
		{"q=a)", "q"},
		{"q=*", "q"},
		{"q=" + strings.Repeat("(", 30) + "a" + strings.Repeat(")", 30), "q"},
		{"story=" + strings.Repeat("x", 2000), "story"},
		{"limit=1001", "limit"},
		{"limit=0", "limit"},
		{"limit=-1", "limit"},
		{"limit=x", "limit"},
		{"offset=-1", "offset"},
		{"offset=1.5", "offset"},
		{"from=%zz", ""},
	}
	for _, ep := range filterEndpoints {
		for _, c := range cases {
			target := ep + "?" + c.query
			code, body := get(t, h, target)
			var e struct{ Error, Param string }
			if code != 400 || json.Unmarshal(body, &e) != nil || e.Error == "" || e.Param != c.param {
				t.Errorf("%.120s: %d %s, want 400 naming %q", target, code, body, c.param)
			}
		}
	}
	for _, c := range []struct{ target, param string }{
		{"/api/aggregates/timeline?interval=year", "interval"},
		{"/api/aggregates/timeline?interval=day&interval=week", "interval"},
		{"/api/aggregates/timeline?split=foo", "split"},
		{"/api/aggregates/actors?side=both", "side"},
	} {
		code, body := get(t, h, c.target)
		var e struct{ Error, Param string }
		if code != 400 || json.Unmarshal(body, &e) != nil || e.Param != c.param {
			t.Errorf("%s: %d %s, want 400 naming %q", c.target, code, body, c.param)
		}
	}
}

type bucket struct {
	Period string
	Total  int
	Counts map[string]int
}

func timeline(t *testing.T, h http.Handler, q string) (string, string, []bucket) {
	t.Helper()
	code, body := get(t, h, "/api/aggregates/timeline?"+q)
	if code != 200 {
		t.Fatalf("%s: %d %s", q, code, body)
	}
	var r struct {
		Interval, Split string
		Buckets         []bucket
	}
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatal(err)
	}
	return r.Interval, r.Split, r.Buckets
}

func TestTimeline(t *testing.T) {
	h := newServer(t)
	t.Run("week by quad", func(t *testing.T) {
		iv, split, bs := timeline(t, h, "interval=week&split=quad")
		if iv != "week" || split != "quad" {
			t.Fatalf("interval %q split %q", iv, split)
		}
		total := 0
		prev := time.Time{}
		for i, b := range bs {
			d, err := time.Parse("2006-01-02", b.Period)
			if err != nil || d.Weekday() != time.Monday {
				t.Fatalf("bucket %d period %q is not a Monday", i, b.Period)
			}
			if i > 0 && d.Sub(prev) != 7*24*time.Hour {
				t.Fatalf("gap between %s and %s", prev.Format("2006-01-02"), b.Period)
			}
			prev = d
			total += b.Total
			sum := 0
			for _, n := range b.Counts {
				sum += n
			}
			if sum != b.Total {
				t.Errorf("%s: counts %v do not add up to %d", b.Period, b.Counts, b.Total)
			}
		}
		if total != 8 {
			t.Errorf("total %d, want 8", total)
		}
		want := map[string]bucket{
			"2019-12-30": {"2019-12-30", 2, map[string]int{"1": 1, "4": 1}},
			"2020-01-06": {"2020-01-06", 0, map[string]int{}},
			"2020-03-02": {"2020-03-02", 2, map[string]int{"1": 1, "2": 1}},
			"2020-03-09": {"2020-03-09", 1, map[string]int{"1": 1}},
			"2021-05-31": {"2021-05-31", 1, map[string]int{"3": 1}},
			"2021-06-14": {"2021-06-14", 2, map[string]int{"3": 1, "4": 1}},
		}
		for _, b := range bs {
			if w, ok := want[b.Period]; ok && fmt.Sprint(w) != fmt.Sprint(b) {
				t.Errorf("bucket %v, want %v", b, w)
			}
		}
		if bs[0].Period != "2019-12-30" || bs[len(bs)-1].Period != "2021-06-14" {
			t.Errorf("range %s..%s", bs[0].Period, bs[len(bs)-1].Period)
		}
	})
	cases := []struct {
		query string
		want  []bucket
	}{
		{"interval=month&split=plover&actor=TUR", []bucket{
			{"2019-12-01", 1, map[string]int{"AGREE": 1}},
			{"2020-01-01", 1, map[string]int{"COERCE": 1}},
			{"2020-02-01", 0, map[string]int{}},
			{"2020-03-01", 2, map[string]int{"AGREE": 1, "RETREAT": 1}},
		}},
		{"interval=day&from=2020-03-05&to=2020-03-09", []bucket{
			{"2020-03-05", 1, map[string]int{}},
			{"2020-03-06", 1, map[string]int{}},
			{"2020-03-07", 0, map[string]int{}},
			{"2020-03-08", 0, map[string]int{}},
			{"2020-03-09", 1, map[string]int{}},
		}},
		{"interval=day&split=quad&quad=4&to=2020-12-31", []bucket{
			{"2020-01-02", 1, map[string]int{"4": 1}},
		}},
		{"actor=NOONE", []bucket{}},
	}
	for _, c := range cases {
		_, _, bs := timeline(t, h, c.query)
		if len(bs) != len(c.want) {
			t.Errorf("%s: %d buckets %v, want %v", c.query, len(bs), bs, c.want)
			continue
		}
		for i := range bs {
			if fmt.Sprint(bs[i]) != fmt.Sprint(c.want[i]) {
				t.Errorf("%s: bucket %d = %v, want %v", c.query, i, bs[i], c.want[i])
			}
		}
	}
	if iv, split, _ := timeline(t, h, ""); iv != "week" || split != "none" {
		t.Errorf("defaults: %s %s", iv, split)
	}
}

func TestDyads(t *testing.T) {
	h := newServer(t)
	cases := []struct{ query, want string }{
		{"", "UKR>RUS 2 -3.5|IGOUNO>JOR 1 1.9|RUS>SYR 1 9|RUS>UKR 1 -10|TUR>RUS 1 4|TUR>SYR 1 9|TUR>TUR 1 -5|USA>TUR 1 3.5"},
		{"limit=2", "UKR>RUS 2 -3.5|IGOUNO>JOR 1 1.9"},
		{"actor=TUR", "RUS>SYR 1 9|TUR>RUS 1 4|TUR>SYR 1 9|TUR>TUR 1 -5|USA>TUR 1 3.5"},
		{"quad=2", "RUS>SYR 1 9|TUR>SYR 1 9"},
		{"plover=PROTEST", ""},
	}
	for _, c := range cases {
		code, body := get(t, h, "/api/aggregates/dyads?"+c.query)
		var r struct {
			Dyads []struct {
				Source, Target string
				Count          int
				MeanGoldstein  float64 `json:"mean_goldstein"`
			}
		}
		if code != 200 || json.Unmarshal(body, &r) != nil || r.Dyads == nil {
			t.Fatalf("%s: %d %s", c.query, code, body)
		}
		var parts []string
		for _, d := range r.Dyads {
			parts = append(parts, fmt.Sprintf("%s>%s %d %g", d.Source, d.Target, d.Count, d.MeanGoldstein))
		}
		if got := strings.Join(parts, "|"); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.query, got, c.want)
		}
	}
}

func TestActors(t *testing.T) {
	h := newServer(t)
	cases := []struct{ query, want string }{
		{"", "RUS 3|TUR 2|UKR 2|IGOUNO 1|JOR 1|RUSGOV 1|RUSMIL 1|SYRREB 1|TURGOV 1|TURPOL 1|TURREB 1|UKRGOV 1|USA 1"},
		{"side=any&limit=3", "RUS 3|TUR 2|UKR 2"},
		{"side=source", "IGOUNO 1|RUS 1|RUSMIL 1|TUR 1|TURGOV 1|TURPOL 1|UKR 1|UKRGOV 1|USA 1"},
		{"side=target", "RUS 2|JOR 1|RUSGOV 1|SYRREB 1|TUR 1|TURREB 1|UKR 1"},
		{"side=target&from=2021-01-01", "RUS 2|UKR 1"},
	}
	for _, c := range cases {
		code, body := get(t, h, "/api/aggregates/actors?"+c.query)
		var r struct {
			Actors []struct {
				Code  string
				Count int
			}
		}
		if code != 200 || json.Unmarshal(body, &r) != nil {
			t.Fatalf("%s: %d %s", c.query, code, body)
		}
		var parts []string
		for _, a := range r.Actors {
			parts = append(parts, fmt.Sprintf("%s %d", a.Code, a.Count))
		}
		if got := strings.Join(parts, "|"); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.query, got, c.want)
		}
	}
}

func TestPlaces(t *testing.T) {
	h := newServer(t)
	cases := []struct{ query, want string }{
		{"", "Ankara TUR 39.93 32.86 2|Idlib SYR 35.93 36.63 2|Astana KAZ 51.18 71.45 1|Kyiv UKR 50.45 30.52 1"},
		{"limit=1", "Ankara TUR 39.93 32.86 2"},
		{"plover=AGREE", "Ankara TUR 39.93 32.86 1|Idlib SYR 35.93 36.63 1"},
		{"hypothetical=true", ""}, // the one hypothetical event has no place
	}
	for _, c := range cases {
		code, body := get(t, h, "/api/aggregates/places?"+c.query)
		var r struct {
			Places []struct {
				Name, Country string
				Lat, Lon      float64
				Count         int
			}
		}
		if code != 200 || json.Unmarshal(body, &r) != nil || r.Places == nil {
			t.Fatalf("%s: %d %s", c.query, code, body)
		}
		var parts []string
		for _, p := range r.Places {
			parts = append(parts, fmt.Sprintf("%s %s %g %g %d", p.Name, p.Country, p.Lat, p.Lon, p.Count))
		}
		if got := strings.Join(parts, "|"); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.query, got, c.want)
		}
	}
}

// FuzzAPI throws arbitrary query strings at every endpoint: the answer must
// be 200 or 400 (404 for the event path), never a 500 or a panic.
func FuzzAPI(f *testing.F) {
	for _, s := range []string{"", "actor=TUR", "q=Idlib", "q=(a", "bbox=1,2,3,4", "from=2020-01-01&to=2020-02-01",
		"limit=5&offset=2", "interval=day&split=quad", "side=source", "q=%22a%22*+OR+b", "cameo=08&root=8", "%zz"} {
		f.Add(s)
	}
	h := newServer(f)
	eps := []string{"/api/events", "/api/aggregates/timeline", "/api/aggregates/dyads", "/api/aggregates/actors", "/api/aggregates/places"}
	f.Fuzz(func(t *testing.T, q string) {
		for _, ep := range eps {
			req := httptest.NewRequest("GET", "/", nil)
			req.URL.Path = ep
			req.URL.RawQuery = q
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != 200 && rec.Code != 400 {
				t.Fatalf("%s?%s: %d %s", ep, q, rec.Code, rec.Body)
			}
		}
		req := httptest.NewRequest("GET", "/", nil)
		req.URL.Path = "/api/events/" + q
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("event %q: %d", q, rec.Code)
		}
	})
}
