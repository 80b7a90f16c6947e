package store_test

import (
	"context"
	"fmt"
	"net/url"
	"reflect"
	"testing"

	"github.com/parley-events/parley/store"
	"github.com/parley-events/parley/store/storetest"
)

func fp(f float64) *float64 { return &f }
func bp(b bool) *bool       { return &b }

func TestParseFilter(t *testing.T) {
	cases := []struct {
		query string
		want  store.Filter
	}{
		{"", store.Filter{}},
		{"from=2020-01-01&to=2020-12-31", store.Filter{From: "2020-01-01", To: "2020-12-31"}},
		{"actor=tur,syrgov&actor=IGO", store.Filter{Actor: []string{"TUR", "SYRGOV", "IGO"}}},
		{"source=---&target=USA", store.Filter{Source: []string{"---"}, Target: []string{"USA"}}},
		{"cameo=08,0871", store.Filter{CAMEO: []string{"08", "0871"}}},
		{"root=4&root=20", store.Filter{Root: []string{"04", "20"}}},
		{"plover=consult,Assault", store.Filter{PLOVER: []string{"CONSULT", "ASSAULT"}}},
		{"quad=1,4", store.Filter{Quad: []int{1, 4}}},
		{"gmin=-10&gmax=2.5", store.Filter{GMin: fp(-10), GMax: fp(2.5)}},
		{"negated=true&future=false&hypothetical=1&reported=0",
			store.Filter{Negated: bp(true), Future: bp(false), Hypothetical: bp(true), Reported: bp(false)}},
		{"bbox=-180,-90,180,90", store.Filter{BBox: &[4]float64{-180, -90, 180, 90}}},
		{"loc_country=syr", store.Filter{LocCountry: []string{"SYR"}}},
		{"q=Idlib+talks", store.Filter{Query: `("Idlib" AND "talks")`}},
		{"q=%22peace+talks%22+OR+ceasefire*", store.Filter{Query: `("peace talks" OR "ceasefire"*)`}},
		{"q=a+NOT+(b+OR+c)", store.Filter{Query: `("a" NOT ("b" OR "c"))`}},
		{"q=al-Assad", store.Filter{Query: `"al-Assad"`}},
		{"q=and+or", store.Filter{Query: `("and" AND "or")`}}, // lower case is a word
		{"q=", store.Filter{}},
		{"story=astana.txt", store.Filter{Story: "astana.txt"}},
		{"limit=1000&offset=20", store.Filter{Limit: 1000, Offset: 20}},
		{"actor=,,TUR,", store.Filter{Actor: []string{"TUR"}}},
		{"interval=week&split=quad", store.Filter{}},
	}
	for _, c := range cases {
		v, err := url.ParseQuery(c.query)
		if err != nil {
			t.Fatal(err)
		}
		got, err := store.ParseFilter(v)
		if err != nil {
			t.Errorf("%s: %v", c.query, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", c.query, got, c.want)
		}
	}
}

func TestParseFilterErrors(t *testing.T) {
	cases := map[string]string{
		"from=2020-02-30":               "from",
		"to=20200101":                   "to",
		"from=2020-02-01&to=2020-01-01": "to",
		"actor=t!r":                     "actor",
		"cameo=21":                      "cameo",
		"root=00":                       "root",
		"plover=MEET":                   "plover",
		"quad=5":                        "quad",
		"gmin=-11":                      "gmin",
		"gmin=1&gmax=0":                 "gmax",
		"negated=no":                    "negated",
		"bbox=0,0,181,0":                "bbox",
		"loc_country=SYRIA":             "loc_country",
		"q=%22a":                        "q",
		"q=%FF":                         "q",
		"limit=1001":                    "limit",
		"offset=-5":                     "offset",
		"story=a&story=b":               "story",
	}
	for q, param := range cases {
		v, _ := url.ParseQuery(q)
		_, err := store.ParseFilter(v)
		if err == nil || !store.IsFilterError(err) {
			t.Errorf("%s: err %v, want a FilterError", q, err)
			continue
		}
		if fmt.Sprint(err) == "" {
			t.Errorf("%s: empty message", q)
		}
		if got := err.(*store.FilterError).Param; got != param {
			t.Errorf("%s: param %q, want %q", q, got, param)
		}
	}
}

// FuzzParseFilter: any query string either fails with a FilterError, or
// parses into a filter every store query accepts (no SQL or FTS5 error).
func FuzzParseFilter(f *testing.F) {
	for _, s := range []string{"", "actor=TUR&from=2020-01-01", "q=(a+OR+%22b+c%22)+NOT+d*", "bbox=1,2,3,4",
		"cameo=08&root=8&quad=1,2&plover=agree", "q=%22%22", "q=a%22b", "gmin=-1e1", "limit=7&offset=3", "q=NEAR(a+b)",
		"q=a:b", "q=^a", "q=a+%2B+b", "q={a}", "q=-a", "q=%E2%80%9Cx%E2%80%9D"} {
		f.Add(s)
	}
	st := open(f)
	if _, err := st.Put(context.Background(), storetest.Fixture()); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		v, err := url.ParseQuery(q)
		if err != nil {
			return
		}
		flt, err := store.ParseFilter(v)
		if err != nil {
			if !store.IsFilterError(err) {
				t.Fatalf("%q: non-filter error %v", q, err)
			}
			return
		}
		ctx := context.Background()
		if _, err := st.Events(ctx, flt); err != nil {
			t.Fatalf("%q: events: %v", q, err)
		}
		if _, err := st.Timeline(ctx, flt, store.Week, store.SplitQuad); err != nil {
			t.Fatalf("%q: timeline: %v", q, err)
		}
		if _, err := st.Dyads(ctx, flt, 5); err != nil {
			t.Fatalf("%q: dyads: %v", q, err)
		}
	})
}
