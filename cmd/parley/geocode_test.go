package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"
)

func TestGeocodeUsage(t *testing.T) {
	tests := []struct {
		args []string
		in   string
		code int
		err  string
	}{
		{[]string{"--help"}, "", 0, "Usage: parley geocode"},
		{[]string{"--nope"}, "", 2, "flag provided but not defined"},
		{[]string{"--country", "XX", "Aleppo"}, "", 2, "not an ISO alpha-3"},
		{nil, "   ", 1, "empty text"},
		{[]string{"-"}, "", 1, "empty text"},
		{[]string{"Troops entered Ha\xefti."}, "", 1, "parley geocode: text is not valid UTF-8"},
		{[]string{"-"}, "Troops entered Ha\xefti.", 1, "parley geocode: text is not valid UTF-8"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := cmdGeocode(tt.args, strings.NewReader(tt.in), &out, &errb)
		if code != tt.code || !strings.Contains(errb.String(), tt.err) {
			t.Errorf("geocode %q: exit %d, stderr %q; want %d and %q", tt.args, code, errb.String(), tt.code, tt.err)
		}
	}
}

// TestGeocodeAstana runs the real text analyzer on the example story and
// checks the places issue 4 asks for.
func TestGeocodeAstana(t *testing.T) {
	story, err := os.ReadFile("../../examples/astana-talks.txt")
	if err != nil {
		t.Skip("example story missing:", err)
	}
	var out, errb bytes.Buffer
	if code := cmdGeocode([]string{"--json", "-"}, bytes.NewReader(story), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	type place struct {
		Name, Country, Precision string
		Lat, Lon                 float64
	}
	type mention struct {
		Text string
		Best *place
	}
	got := map[string]*place{}
	for _, ln := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var m mention
		if err := json.Unmarshal([]byte(ln), &m); err != nil {
			t.Fatalf("bad JSON %q: %v", ln, err)
		}
		if _, seen := got[m.Text]; !seen {
			got[m.Text] = m.Best
		}
	}
	want := []struct {
		text, country, precision string
		lat, lon                 float64
	}{
		{"Kazakh capital", "KAZ", "city", 51.18, 71.45},
		{"Saraqeb", "SYR", "city", 35.86, 36.80},
		{"Tarnaba", "SYR", "city", 35.86, 36.80},
		{"Idlib region", "SYR", "admin1", 0, 0},
		{"Syria", "SYR", "country", 0, 0},
		{"Jordan", "JOR", "country", 0, 0},
		{"Lebanon", "LBN", "country", 0, 0},
		{"Iraq", "IRQ", "country", 0, 0},
		{"Turkey", "TUR", "country", 0, 0},
	}
	for _, w := range want {
		p := got[w.text]
		if p == nil {
			t.Errorf("%q: not found or unresolved\n%s", w.text, out.String())
			continue
		}
		if p.Country != w.country || p.Precision != w.precision {
			t.Errorf("%q -> %s %s %s, want %s %s", w.text, p.Name, p.Country, p.Precision, w.country, w.precision)
		}
		// Within ~25 km (0.25 degrees here) of the expected point.
		if w.lat != 0 && (math.Abs(p.Lat-w.lat) > 0.2 || math.Abs(p.Lon-w.lon) > 0.25) {
			t.Errorf("%q -> %.4f,%.4f, want near %.2f,%.2f", w.text, p.Lat, p.Lon, w.lat, w.lon)
		}
	}
}
