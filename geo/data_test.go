package geo

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/parley-events/parley/geo/placekey"
)

// TestDataIntegrity decodes every block and checks what lookups rely on:
// record counts, stored keys equal to placekey's (so a change to placekey
// without regenerating the data fails here), and (skeleton, key) order.
func TestDataIntegrity(t *testing.T) {
	g := gaz(t)
	if err := g.Preload(); err != nil {
		t.Fatal(err)
	}
	if g.NumPlaces() < 100000 {
		t.Errorf("only %d places", g.NumPlaces())
	}
	var prevS, prevK []byte
	for i := 0; i < g.total; i++ {
		f := g.line(i)
		name := string(f[2])
		if k := placekey.Key(name); k != string(f[1]) {
			t.Fatalf("record %d %q: stored key %q, placekey.Key gives %q: regenerate with go generate ./geo", i, name, f[1], k)
		}
		if s := placekey.Skeleton(string(f[1])); s != string(f[0]) {
			t.Fatalf("record %d %q: stored skeleton %q, want %q", i, name, f[0], s)
		}
		if c := bytes.Compare(prevS, f[0]); c > 0 || c == 0 && bytes.Compare(prevK, f[1]) > 0 {
			t.Fatalf("record %d %q out of order", i, name)
		}
		if _, ok := g.byAlpha2[string(f[3])]; !ok && string(f[3]) != "XK" {
			t.Errorf("record %d %q: unknown country %q", i, name, f[3])
		}
		for _, c := range [][]byte{f[5], f[6]} {
			want, err := strconv.ParseFloat(string(c), 64)
			if got := parseCoord(c); err != nil || math.Abs(got-want) > 1e-9 {
				t.Fatalf("record %d %q: parseCoord(%q) = %v, strconv %v (%v)", i, name, c, got, want, err)
			}
		}
		if n, err := strconv.Atoi(string(f[7])); len(f[7]) > 0 && (err != nil || atoi(f[7]) != n) {
			t.Fatalf("record %d %q: population %q", i, name, f[7])
		}
		prevS, prevK = f[0], f[1]
	}
}

func TestCountryAndCapital(t *testing.T) {
	g := gaz(t)
	tests := []struct{ alpha3, name, capital string }{
		{"KAZ", "Kazakhstan", "Astana"},
		{"SYR", "Syria", "Damascus"},
		{"USA", "United States", "Washington"},
		{"UKR", "Ukraine", "Kyiv"},
		{"tur", "Türkiye", "Ankara"},
	}
	for _, tt := range tests {
		c, ok := g.Country(tt.alpha3)
		if !ok || c.Name != tt.name || c.Precision != PrecisionCountry || c.Country != strings.ToUpper(tt.alpha3) {
			t.Errorf("Country(%q) = %+v, %v", tt.alpha3, c, ok)
		}
		p, ok := g.Capital(tt.alpha3)
		if !ok || p.Name != tt.capital || p.Feature != "PPLC" {
			t.Errorf("Capital(%q) = %+v, %v; want %s", tt.alpha3, p, ok, tt.capital)
		}
	}
	if _, ok := g.Country("XXX"); ok {
		t.Error("Country(XXX) found")
	}
	if got := g.CountryOfAlpha2("sy"); got != "SYR" {
		t.Errorf("CountryOfAlpha2(sy) = %q", got)
	}
}

// TestAliasTargets checks every line of aliases.txt: its target exists,
// and each variant, named in a plain locative sentence, resolves to it.
func TestAliasTargets(t *testing.T) {
	g := gaz(t)
	lines, err := parseAliases(aliasesTxt)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range lines {
		target, err := g.resolveAliasTarget(a)
		if err != nil {
			t.Error(err)
			continue
		}
		var want Place
		switch a.kind {
		case "place":
			i, ok := g.resolvePlace(target)
			if !ok {
				t.Errorf("aliases.txt:%d: place %q not in the gazetteer", a.line, a.target)
				continue
			}
			want = g.place(i)
		case "admin1":
			want = g.admin1Place(target.index)
		case "country":
			want = g.countryPlace(target.index)
		case "region", "area":
			want = target.region
		case "demonym":
			continue // checked by the capital and demonym tests
		}
		for _, v := range a.variants {
			if a.kind == "admin1" && !strings.Contains(strings.ToLower(v), "governorate") {
				v += " province" // a bare admin1 name is read as its city
			}
			s := naiveSentence("They met in "+v+" .", map[string]string{"They": "PRP"})
			ms := g.Mentions(s, nil, nil)
			if len(ms) != 1 || ms[0].Best == nil {
				t.Errorf("aliases.txt:%d: %q: got %d mentions, want 1 resolving to %s\n%s", a.line, v, len(ms), a.target, dump(ms))
				continue
			}
			got := ms[0].Best
			if got.Name != want.Name || got.Country != want.Country || got.Precision != want.Precision {
				t.Errorf("aliases.txt:%d: %q resolved to %s %s %s, want %s %s %s\n%s", a.line, v,
					got.Name, got.Country, got.Precision, want.Name, want.Country, want.Precision, dump(ms))
			}
		}
	}
}

// TestAliasExamples runs the example lines of aliases.txt: whole
// sentences whose first resolved mention must be the given place.
func TestAliasExamples(t *testing.T) {
	g := gaz(t)
	n := 0
	for i, ln := range strings.Split(aliasesTxt, "\n") {
		rest, ok := strings.CutPrefix(ln, "example ")
		if !ok {
			continue
		}
		n++
		sent, target, ok := strings.Cut(rest, "=>")
		name, cc3, ok2 := strings.Cut(target, ",")
		if !ok || !ok2 {
			t.Errorf("aliases.txt:%d: want example SENTENCE => Name, ALPHA3", i+1)
			continue
		}
		name, cc3 = strings.TrimSpace(name), strings.TrimSpace(cc3)
		ms := g.Mentions(naiveSentence(strings.TrimSpace(sent), nil), nil, nil)
		if len(ms) == 0 || ms[0].Best == nil || placekey.Key(ms[0].Best.Name) != placekey.Key(name) || ms[0].Best.Country != cc3 {
			t.Errorf("aliases.txt:%d: %q: want first mention %s, %s\n%s", i+1, sent, name, cc3, dump(ms))
		}
	}
	if n == 0 {
		t.Error("no example lines")
	}
}

func TestParseAliasesErrors(t *testing.T) {
	for _, in := range []string{
		"place Astana, KAZ",
		"planet Mars = Red Planet",
		"place = Foo",
		"place Foo, KAZ = ",
		"nospace",
	} {
		if _, err := parseAliases(in); err == nil {
			t.Errorf("parseAliases(%q): no error", in)
		}
	}
	if a, err := parseAliases("# comment\nregion Sahel @ 15 0\nplace Astana, KAZ = Akmola | Tselinograd # renamed\n"); err != nil || len(a) != 2 || len(a[1].variants) != 2 {
		t.Errorf("parseAliases: %v %+v", err, a)
	}
}

func TestResolveAliasTargetErrors(t *testing.T) {
	g := gaz(t)
	for _, a := range []aliasLine{
		{kind: "area", target: "Darfur @ 13.5 24.5"},
		{kind: "area", target: "Darfur, XXX @ 13.5 24.5"},
		{kind: "region", target: "Sahel @ 95 0"},
		{kind: "region", target: "Sahel"},
		{kind: "country", target: "XXX"},
		{kind: "place", target: "Astana"},
		{kind: "admin1", target: "Nowhere, SYR"},
	} {
		if _, err := g.resolveAliasTarget(a); err == nil {
			t.Errorf("%s %q: no error", a.kind, a.target)
		}
	}
	p, err := g.resolveAliasTarget(aliasLine{kind: "area", target: "Darfur, SDN @ 13.5 24.5"})
	if err != nil || p.region.Country != "SDN" || p.region.Precision != PrecisionAdmin1 {
		t.Errorf("area Darfur: %+v, %v", p, err)
	}
}

func TestFocus(t *testing.T) {
	f := NewFocus()
	f.Add("SYR", 3)
	f.Add("TUR", 1)
	f.Add("", 5)
	f.Add("RUS", -1)
	if got := f.Share("SYR"); got != 0.75 {
		t.Errorf("Share(SYR) = %v", got)
	}
	if c, s := f.Top(); c != "SYR" || s != 0.75 {
		t.Errorf("Top = %v %v", c, s)
	}
	if got := f.Strength(); got != 1 {
		t.Errorf("Strength with weight 4 = %v, want 1", got)
	}
	weak := NewFocus()
	weak.Add("USA", 1)
	if got := weak.Strength(); got < 0.33 || got > 0.34 {
		t.Errorf("Strength with weight 1 = %v, want 1/3", got)
	}
	var nilF *Focus
	if nilF.Share("SYR") != 0 {
		t.Error("nil focus share")
	}
	f.AddMentions([]Mention{{Best: &Place{Country: "TUR", Precision: PrecisionCountry}}, {Best: nil}})
	if got := f.Share("TUR"); got != 0.4 {
		t.Errorf("Share(TUR) after AddMentions = %v", got)
	}
}

// FuzzParseAliases: the alias parser never panics, and what it accepts
// is well formed.
func FuzzParseAliases(f *testing.F) {
	f.Add(aliasesTxt[:min(len(aliasesTxt), 4000)])
	f.Add("place Astana, KAZ = Akmola | Tselinograd # renamed\nregion Sahel @ 15 0\n")
	f.Add("area X, SDN @ 1 2 = | |\nexample foo => bar\n=\n")
	f.Fuzz(func(t *testing.T, s string) {
		lines, err := parseAliases(s)
		if err != nil {
			return
		}
		for _, a := range lines {
			// Regions, areas and towns may have no variants: their
			// target's name is read (resolveAliasTarget checks the rest).
			if a.target == "" || a.kind == "" || (len(a.variants) == 0 && a.kind != "region" && a.kind != "area" && a.kind != "town") {
				t.Fatalf("accepted malformed line %+v", a)
			}
		}
	})
}

func FuzzParseCoord(f *testing.F) {
	for _, s := range []string{"-77.0364", "0", "12.5", "", "1.2.3", "-", "99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := parseCoord([]byte(s))
		if want, err := strconv.ParseFloat(s, 64); err == nil && len(s) < 12 && s[0] != '+' && !strings.ContainsAny(s, "eEinfxX_pP") {
			if math.Abs(got-want) > 1e-6*math.Max(1, math.Abs(want)) {
				t.Fatalf("parseCoord(%q) = %v, want %v", s, got, want)
			}
		}
		_ = atoi([]byte(s))
	})
}
