package eval

import (
	"context"
	"errors"
	"math"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/story"
)

// fakeCoder answers from a table keyed by sentence text and fails the test
// when asked about a sentence it does not know (a skipped record, say).
type fakeCoder struct {
	t      *testing.T
	events map[string][]event.Event
}

func (f fakeCoder) Code(_ context.Context, s story.Story) ([]event.Event, error) {
	if s.Text == "FAIL" {
		return nil, errors.New("boom")
	}
	evs, ok := f.events[s.Text]
	if !ok {
		f.t.Errorf("coder asked about unexpected sentence %q", s.Text)
	}
	return evs, nil
}

// act builds an actor from a code; the country is the code's first three
// letters unless the code is non-state or unknown.
func act(code string) event.Actor {
	a := event.Actor{Code: code}
	if len(code) >= 3 && !nonState[code[:3]] && code[:3] != "---" {
		a.Country = code[:3]
	}
	return a
}

func ev(src, tgt, cameo, plover string) event.Event {
	e := event.Event{CAMEO: cameo, PLOVER: event.PLOVER{Type: plover}}
	if cameo != "" {
		e.CAMEORoot = cameo[:2]
	}
	for _, s := range strings.Split(src, "+") {
		if s != "" {
			e.Source = append(e.Source, act(s))
		}
	}
	for _, t := range strings.Split(tgt, "+") {
		if t != "" {
			e.Target = append(e.Target, act(t))
		}
	}
	return e
}

func negated(e event.Event) event.Event { e.Modality.Negated = true; return e }

func withLoc(e event.Event, l event.Location) event.Event { e.Location = &l; return e }

func g(src, tgt, code string) GoldEvent { return GoldEvent{Source: src, Target: tgt, Code: code} }

// cameoCase is the hand-scored CAMEO set; the expectations in
// TestEvaluateCAMEO are worked out record by record in the comments.
func cameoCase(t *testing.T) ([]Record, fakeCoder) {
	recs := []Record{
		// R1 exact on every count.
		{Format: FormatPetrarch, ID: "R1", Category: "A", Text: "s1", Gold: []GoldEvent{g("USA", "CHN", "042")}},
		// R2 one of two reciprocal gold events: TP1 FN1.
		{Format: FormatPetrarch, ID: "R2", Category: "A", Text: "s2", Gold: []GoldEvent{g("LBNGOV", "USAMIL", "046"), g("USAMIL", "LBNGOV", "046")}},
		// R3 right root, wrong code, plus an extra event.
		{Format: FormatPetrarch, ID: "R3", Category: "A", Text: "s3", Gold: []GoldEvent{g("RWA", "FRA", "110")}},
		// R4 noevents kept empty.
		{Format: FormatPetrarch, ID: "R4", Category: "A", Text: "s4", NoEvent: true},
		// R5 noevents with an event of ours.
		{Format: FormatPetrarch, ID: "R5", Category: "A", Text: "s5", NoEvent: true},
		// R6 unknown source "---REB" against our "---" actor; code differs.
		{Format: FormatPetrarch, ID: "R6", Category: "B", Text: "s6", Gold: []GoldEvent{g("---REB", "SYR", "190")}},
		// R7 the coder fails.
		{Format: FormatTabari, ID: "R7", Category: "B", Text: "FAIL", Gold: []GoldEvent{g("USA", "RUS", "010")}},
		// R8 skipped: never coded.
		{Format: FormatPetrarch, ID: "R8", Text: "never", Gold: []GoldEvent{g("USA", "RUS", "010")}, Skip: true, SkipReason: `evaluate="false"`},
		// R9 one event with two sources expands to both gold pairs.
		{Format: FormatPetrarch, ID: "R9", Category: "B", Text: "s9", Gold: []GoldEvent{g("USA", "IRN", "112"), g("GBR", "IRN", "112")}},
		// R10 noevents; our only event is negated and filtered out.
		{Format: FormatPetrarch, ID: "R10", Category: "B", Text: "s10", NoEvent: true},
	}
	c := fakeCoder{t: t, events: map[string][]event.Event{
		"s1":  {ev("USAGOV", "CHN", "042", "")},
		"s2":  {ev("LBNGOV", "USA", "046", "")},
		"s3":  {ev("RWA", "FRA", "111", ""), ev("RWA", "FRA", "190", "")},
		"s4":  nil,
		"s5":  {ev("ISR", "PSE", "190", "")},
		"s6":  {ev("---", "SYRGOV", "193", "")},
		"s9":  {ev("USA+GBR", "IRNGOV", "112", ""), ev("USA+GBR", "IRNGOV", "112", "")},
		"s10": {negated(ev("ISR", "LBN", "190", ""))},
	}}
	return recs, c
}

type explainer struct{}

func (explainer) Explain(sentence, date string) string { return "because " + sentence }

func TestEvaluateCAMEO(t *testing.T) {
	recs, c := cameoCase(t)
	rep, err := Evaluate(context.Background(), c, recs, Options{Misses: true, Explainer: explainer{}, Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Records != 10 || rep.Scored != 9 || rep.Skipped != 1 || rep.CoderErrors != 1 {
		t.Errorf("counts: records %d scored %d skipped %d errors %d", rep.Records, rep.Scored, rep.Skipped, rep.CoderErrors)
	}
	if !reflect.DeepEqual(rep.Formats, []string{FormatPetrarch, FormatTabari}) {
		t.Errorf("formats %v", rep.Formats)
	}
	cm := rep.CAMEO
	if cm == nil {
		t.Fatal("no CAMEO section")
	}
	// Root triples: TP R1 1, R2 1, R3 1, R6 1, R9 2; FP R3 (…,19), R5;
	// FN R2, R7.
	checkPRF(t, "root", cm.Root, 6, 2, 2)
	// Code triples: TP R1, R2, R9×2; FP R3×2, R5, R6; FN R2, R3, R6, R7.
	checkPRF(t, "code", cm.Code, 4, 4, 4)
	// Dyads: TP R1, R2, R3, R6, R9×2; FP R5; FN R2, R7.
	checkPRF(t, "dyad", cm.Dyad, 6, 1, 2)
	checkRate(t, "exact-root", cm.ExactRoot, 6, 9)        // misses R2, R5, R7
	checkRate(t, "exact-code", cm.ExactCode, 4, 9)        // R1, R4, R9, R10
	checkRate(t, "set-equal root", cm.SetEqualRoot, 5, 9) // R1, R4, R6, R9, R10
	checkRate(t, "set-equal code", cm.SetEqualCode, 4, 9)
	checkRate(t, "noevent", cm.NoEvent, 2, 3)
	if !near(cm.Root.Precision, 0.75) || !near(cm.Root.Recall, 0.75) || !near(cm.Root.F1, 0.75) {
		t.Errorf("root P/R/F1 = %v", cm.Root)
	}
	if !near(cm.Code.F1, 0.5) {
		t.Errorf("code F1 = %v", cm.Code.F1)
	}

	wantClass := map[string][4]int{ // support, TP, FP, FN
		"01": {1, 0, 0, 1},
		"04": {3, 2, 0, 1},
		"11": {3, 3, 0, 0},
		"19": {1, 1, 2, 0},
	}
	gotClass := map[string][4]int{}
	for _, c := range rep.PerClass {
		gotClass[c.Class] = [4]int{c.Support, c.TP, c.FP, c.FN}
	}
	if !reflect.DeepEqual(gotClass, wantClass) {
		t.Errorf("per class %v, want %v", gotClass, wantClass)
	}

	wantCells := []Cell{
		{"01", None, 1},
		{"04", "04", 2},
		{"04", None, 1},
		{"11", "11", 3},
		{"19", "19", 1},
		{None, "19", 2},
		{None, None, 2},
	}
	sortCells(wantCells)
	if !reflect.DeepEqual(rep.Confusion, wantCells) {
		t.Errorf("confusion\n%v\nwant\n%v", rep.Confusion, wantCells)
	}

	wantCat := []CategoryStat{{"A", Rate{5, 3, 0.6}}, {"B", Rate{4, 3, 0.75}}}
	if !reflect.DeepEqual(rep.PerCategory, wantCat) {
		t.Errorf("per category %v, want %v", rep.PerCategory, wantCat)
	}

	var misses []string
	for _, m := range rep.Misses {
		misses = append(misses, m.ID+":"+m.What)
		if m.ID == "R7" && m.Reason != "coder error: boom" {
			t.Errorf("R7 reason %q", m.Reason)
		}
		if m.ID == "R2" {
			if m.Reason != "because s2" {
				t.Errorf("R2 reason %q", m.Reason)
			}
			if !reflect.DeepEqual(m.Gold, []string{"LBNGOV→USAMIL 046", "USAMIL→LBNGOV 046"}) || !reflect.DeepEqual(m.Ours, []string{"LBNGOV→USA 046"}) {
				t.Errorf("R2 miss %+v", m)
			}
		}
	}
	want := []string{"R2:root", "R3:code", "R5:noevent", "R6:code", "R7:root"}
	if !reflect.DeepEqual(misses, want) {
		t.Errorf("misses %v, want %v", misses, want)
	}
}

func TestEvaluateKeepModal(t *testing.T) {
	recs, c := cameoCase(t)
	rep, err := Evaluate(context.Background(), c, recs, Options{KeepModal: true})
	if err != nil {
		t.Fatal(err)
	}
	// R10's negated event now counts: one more FP and one fewer exact.
	checkPRF(t, "root", rep.CAMEO.Root, 6, 3, 2)
	checkRate(t, "exact-root", rep.CAMEO.ExactRoot, 5, 9)
	if rep.Misses != nil {
		t.Errorf("misses collected without Options.Misses: %v", rep.Misses)
	}
}

type places map[string]Place

func (p places) LookupPlace(name, hint string) (Place, bool) {
	pl, ok := p[name]
	return pl, ok
}

func TestEvaluatePLOVERAndConfliBERT(t *testing.T) {
	pg := func(src, tgt, typ string) GoldEvent { return GoldEvent{Source: src, Target: tgt, PloverType: typ} }
	recs := []Record{
		// P1 reciprocal gold with no target: any target is fine.
		{Format: FormatPLOVER, ID: "P1", Category: "AGREE", Text: "p1", Gold: []GoldEvent{pg("HUN", "", "AGREE"), pg("ROU", "", "AGREE")}},
		// P2 IGO matches IGO; location by name.
		{Format: FormatPLOVER, ID: "P2", Category: "REQUEST", Text: "p2", Gold: []GoldEvent{pg("GRC", "IGO", "REQUEST")}, Loc: &GoldLoc{Name: "Geneva", CountryCode: "CH"}},
		// P3 type right, dyad reversed; "town of Rafah" is "Rafah".
		{Format: FormatPLOVER, ID: "P3", Category: "ASSAULT", Text: "p3", Gold: []GoldEvent{pg("ISR", "PSE", "ASSAULT")}, Loc: &GoldLoc{Name: "town of Rafah"}},
		// P4 legacy JAP is JPN.
		{Format: FormatPLOVER, ID: "P4", Category: "CONSULT", Text: "p4", Gold: []GoldEvent{pg("JAP", "RUS", "CONSULT")}},
		// P5 wrong type; location within 50 km of gold coordinates.
		{Format: FormatPLOVER, ID: "P5", Category: "THREATEN", Text: "p5", Gold: []GoldEvent{pg("USA", "IRQ", "THREATEN")}, Loc: &GoldLoc{Name: "Kirkuk", Lat: 35.47, Lon: 44.39, HasCoord: true}},
		// P6 nothing coded but the place; gold names a country.
		{Format: FormatPLOVER, ID: "P6", Category: "PROTEST", Text: "p6", Gold: []GoldEvent{pg("DEU", "", "PROTEST")}, Loc: &GoldLoc{Name: "Germany"}},
		{Format: FormatConfliBERT, ID: "C1", Text: "c1", Majority: "18", Raters: []string{"18", "18"}},
		{Format: FormatConfliBERT, ID: "C2", Text: "c2", Majority: "04", Raters: []string{"04"}},
		{Format: FormatConfliBERT, ID: "C3", Text: "c3", Majority: "11", Raters: []string{"11", "11", "12"}},
	}
	c := fakeCoder{t: t, events: map[string][]event.Event{
		"p1": {ev("HUNGOV", "ROU", "", "AGREE")},
		"p2": {withLoc(ev("GRC", "IGOEU", "", "REQUEST"), event.Location{Name: "Geneva"})},
		"p3": {withLoc(ev("PSE", "ISR", "", "ASSAULT"), event.Location{Name: "Rafah"})},
		"p4": {ev("RUS", "JPN", "", "CONSULT"), ev("JPN", "RUS", "", "CONSULT")},
		"p5": {withLoc(ev("USA", "IRQ", "", "COERCE"), event.Location{Name: "Kerkuk", Lat: 35.5, Lon: 44.4})},
		"p6": {withLoc(ev("DEU", "", "", ""), event.Location{Name: "Berlin", Country: "DEU", Lat: 52.5, Lon: 13.4})},
		"c1": {ev("PAK", "", "190", ""), ev("PAK", "", "180", "")},
		"c2": nil,
		"c3": {ev("A", "B", "120", "")},
	}}
	for _, tc := range []struct {
		name    string
		places  PlaceLookup
		locHits int
	}{
		{"names only", nil, 3},
		{"gazetteer", places{"Germany": {Country: "DEU", IsCountry: true}}, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := Evaluate(context.Background(), c, recs, Options{Places: tc.places, Misses: true})
			if err != nil {
				t.Fatal(err)
			}
			if rep.CAMEO != nil {
				t.Error("CAMEO section without CAMEO gold")
			}
			checkRate(t, "type", rep.PLOVER.Type, 4, 6)
			checkRate(t, "type+dyad", rep.PLOVER.TypeDyad, 3, 6)
			checkRate(t, "location", *rep.Location, tc.locHits, 4)
			checkRate(t, "majority", *rep.ConfliBERT, 1, 3)
			var misses []string
			for _, m := range rep.Misses {
				misses = append(misses, m.ID+":"+m.What)
			}
			if want := []string{"P3:dyad", "P5:type", "P6:type", "C2:majority", "C3:majority"}; !reflect.DeepEqual(misses, want) {
				t.Errorf("misses %v, want %v", misses, want)
			}
		})
	}
}

func TestEvaluateCancelled(t *testing.T) {
	recs, c := cameoCase(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Evaluate(ctx, c, recs, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if _, err := Evaluate(context.Background(), nil, recs, Options{}); err == nil {
		t.Error("nil coder: no error")
	}
}

func TestEvaluateEmpty(t *testing.T) {
	rep, err := Evaluate(context.Background(), fakeCoder{t: t}, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Records != 0 || rep.CAMEO != nil || rep.PLOVER != nil {
		t.Errorf("empty report %+v", rep)
	}
	var b strings.Builder
	if err := rep.WriteText(&b, "empty"); err != nil {
		t.Fatal(err)
	}
}

func TestGoldKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"USA", "USA"}, {"SYRGOV", "SYR"}, {"syropphri", "SYR"},
		{"JAP", "JPN"}, {"ITLGOV", "ITA"}, {"VTNMIL", "VNM"}, {"XKX", "KSV"}, {"XKXGOV", "KSV"}, {"KSVCOP", "KSV"},
		{"IGO", "IGO"}, {"IGOUNO", "IGO"}, {"IGOCOPITP", "IGO"}, {"NGOHRI", "NGO"}, {"IMG", "IMG"},
		{"---", Unknown}, {"---REB", Unknown}, {"", Unknown}, {"+++", Unknown}, {"***", Unknown},
		{"FRO/BIL/SAM", "FRO"}, {`"THE MINISTRY"`, "THE"}, {"X", "X"},
	}
	for _, tc := range tests {
		if got := GoldKey(tc.in); got != tc.want {
			t.Errorf("GoldKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	actors := []struct {
		a    event.Actor
		want string
	}{
		{event.Actor{Code: "SYRGOV", Country: "SYR"}, "SYR"},
		{event.Actor{Code: "IGOUNO"}, "IGO"},
		{event.Actor{Code: "---"}, Unknown},
		{event.Actor{}, Unknown},
		{event.Actor{Code: "PSEREB", Country: "pse"}, "PSE"},
	}
	for _, tc := range actors {
		if got := ActorKey(tc.a); got != tc.want {
			t.Errorf("ActorKey(%+v) = %q, want %q", tc.a, got, tc.want)
		}
	}
	for in, want := range map[string]string{"0352": "03", "190": "19", "04": "04", "---": "---", "": "", "7": "7"} {
		if got := Root(in); got != want {
			t.Errorf("Root(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLocationMatch(t *testing.T) {
	tests := []struct {
		name   string
		gold   GoldLoc
		ours   event.Location
		places PlaceLookup
		want   bool
	}{
		{"same name", GoldLoc{Name: "Kabul"}, event.Location{Name: "kabul"}, nil, true},
		{"noise words", GoldLoc{Name: "Jaffna peninsula"}, event.Location{Name: "Jaffna"}, nil, true},
		{"admin1", GoldLoc{Name: "Idlib"}, event.Location{Name: "Saraqib", Admin1: "Idlib"}, nil, true},
		{"other place", GoldLoc{Name: "Europe Bridge"}, event.Location{Name: "Europe"}, nil, false},
		{"coords near", GoldLoc{Name: "X", Lat: 34.5, Lon: 69.2, HasCoord: true}, event.Location{Name: "Y", Lat: 34.6, Lon: 69.0}, nil, true},
		{"coords far", GoldLoc{Name: "X", Lat: 34.5, Lon: 69.2, HasCoord: true}, event.Location{Name: "Y", Lat: 36.5, Lon: 69.2}, nil, false},
		{"ours without coords", GoldLoc{Name: "X", HasCoord: true}, event.Location{Name: "Y"}, nil, false},
		{"country via gazetteer", GoldLoc{Name: "Germany"}, event.Location{Name: "Bonn", Country: "DEU"}, places{"Germany": {Country: "DEU", IsCountry: true}}, true},
		{"wrong country", GoldLoc{Name: "Germany"}, event.Location{Name: "Paris", Country: "FRA"}, places{"Germany": {Country: "DEU", IsCountry: true}}, false},
		{"city via gazetteer", GoldLoc{Name: "Samarra"}, event.Location{Name: "near Samarra", Lat: 34.2, Lon: 43.88}, places{"Samarra": {Lat: 34.19, Lon: 43.87, HasCoord: true}}, true},
		{"unknown to gazetteer", GoldLoc{Name: "Nowhere"}, event.Location{Name: "Else", Lat: 1, Lon: 1}, places{}, false},
	}
	for _, tc := range tests {
		if got := locationMatch(tc.gold, tc.ours, tc.places); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
	if d := haversineKm(0, 0, 0, 1); math.Abs(d-111.19) > 0.1 {
		t.Errorf("one degree of longitude at the equator = %.2f km", d)
	}
}

func checkPRF(t *testing.T, name string, p PRF, tp, fp, fn int) {
	t.Helper()
	if p.TP != tp || p.FP != fp || p.FN != fn {
		t.Errorf("%s: TP/FP/FN = %d/%d/%d, want %d/%d/%d", name, p.TP, p.FP, p.FN, tp, fp, fn)
	}
}

func checkRate(t *testing.T, name string, r Rate, hits, n int) {
	t.Helper()
	if r.Hits != hits || r.N != n || !near(r.Rate, float64(hits)/float64(n)) {
		t.Errorf("%s = %d/%d (%.3f), want %d/%d", name, r.Hits, r.N, r.Rate, hits, n)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func sortCells(c []Cell) {
	sort.Slice(c, func(a, b int) bool {
		if c[a].Gold != c[b].Gold {
			return c[a].Gold < c[b].Gold
		}
		return c[a].Ours < c[b].Ours
	})
}

// A gold side of "---" matches whatever actor we found on that side, as
// long as the other side and the code agree; a wrong code still misses.
func TestEvaluateUnknownGoldSide(t *testing.T) {
	recs := []Record{
		{Format: FormatPetrarch, ID: "u1", Date: "2024-01-01", Text: "x", Gold: []GoldEvent{{Source: "---REB", Target: "SYR", Code: "190"}}},
		{Format: FormatPetrarch, ID: "u2", Date: "2024-01-01", Text: "y", Gold: []GoldEvent{{Source: "---REB", Target: "SYR", Code: "190"}}},
	}
	c := fakeCoder{t: t, events: map[string][]event.Event{
		"x": {ev("SYRREB", "SYR", "190", "")},
		"y": {ev("SYRREB", "SYR", "111", "")},
	}}
	rep, err := Evaluate(context.Background(), c, recs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.CAMEO == nil || rep.CAMEO.ExactCode.Hits != 1 {
		t.Errorf("exact-code = %+v, want 1 hit (x matches, y has the wrong code)", rep.CAMEO)
	}
}

// TestMissCauses: every cause a missed record can be counted under, one
// record each, across the three kinds of gold.
func TestMissCauses(t *testing.T) {
	hyp := func(e event.Event) event.Event { e.Modality.Hypothetical = true; return e }
	pg := func(src, tgt, typ string) GoldEvent { return GoldEvent{Source: src, Target: tgt, PloverType: typ} }
	recs := []Record{
		{Format: FormatPetrarch, ID: "hit", Text: "hit", Gold: []GoldEvent{g("USA", "RUS", "042")}},
		{Format: FormatPetrarch, ID: "nothing", Text: "nothing", Gold: []GoldEvent{g("USA", "RUS", "042")}},
		{Format: FormatPetrarch, ID: "modalact", Text: "modalact", Gold: []GoldEvent{g("USA", "RUS", "190")}},
		{Format: FormatPetrarch, ID: "modalonly", Text: "modalonly", Gold: []GoldEvent{g("USA", "RUS", "190")}},
		{Format: FormatPetrarch, ID: "other", Text: "other", Gold: []GoldEvent{g("USA", "RUS", "190")}},
		// The gold root is coded hypothetically beside another, real act.
		{Format: FormatPetrarch, ID: "modalbeside", Text: "modalbeside", Gold: []GoldEvent{g("USA", "RUS", "190")}},
		{Format: FormatPetrarch, ID: "sides", Text: "sides", Gold: []GoldEvent{g("USA", "RUS", "190")}},
		{Format: FormatPetrarch, ID: "code", Text: "code", Gold: []GoldEvent{g("USA", "RUS", "190")}},
		{Format: FormatPetrarch, ID: "noevent", Text: "noevent", NoEvent: true},
		{Format: FormatPetrarch, ID: "error", Text: "FAIL", Gold: []GoldEvent{g("USA", "RUS", "190")}},
		{Format: FormatPLOVER, ID: "ptype", Text: "ptype", Gold: []GoldEvent{pg("USA", "IRQ", "THREATEN")}},
		{Format: FormatPLOVER, ID: "pdyad", Text: "pdyad", Gold: []GoldEvent{pg("USA", "IRQ", "THREATEN")}},
		{Format: FormatConfliBERT, ID: "cmodal", Text: "cmodal", Majority: "18", Raters: []string{"18", "18"}},
	}
	c := fakeCoder{t: t, events: map[string][]event.Event{
		"hit":         {ev("USA", "RUS", "042", "")},
		"nothing":     nil,
		"modalact":    {negated(ev("USA", "RUS", "190", ""))},
		"modalonly":   {hyp(ev("USA", "RUS", "120", ""))},
		"other":       {ev("USA", "RUS", "120", "")},
		"modalbeside": {ev("USA", "RUS", "120", ""), hyp(ev("USA", "RUS", "193", ""))},
		"sides":       {ev("RUS", "USA", "190", "")},
		"code":        {ev("USA", "RUS", "193", "")},
		"noevent":     {ev("USA", "RUS", "010", "")},
		"ptype":       {ev("USA", "IRQ", "", "COERCE")},
		"pdyad":       {ev("IRQ", "USA", "", "THREATEN")},
		"cmodal":      {hyp(ev("PAK", "", "180", ""))},
	}}
	rep, err := Evaluate(context.Background(), c, recs, Options{Misses: true})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"nothing": CauseNothing, "modalact": CauseModalAct, "modalonly": CauseModalOnly,
		"other": CauseActMissing, "modalbeside": CauseModalAct, "sides": CauseSides,
		"code": CauseCode, "noevent": CauseCoded, "error": CauseError,
		"ptype": CauseActMissing, "pdyad": CauseSides, "cmodal": CauseModalAct,
	}
	got := map[string]string{}
	for _, m := range rep.Misses {
		got[m.ID] = m.Cause
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("causes\n got %v\nwant %v", got, want)
	}
	counts := map[string]int{}
	for _, c := range want {
		counts[c]++
	}
	if !reflect.DeepEqual(rep.MissCauses, counts) {
		t.Errorf("MissCauses %v, want %v", rep.MissCauses, counts)
	}
}
