package ontology

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// ploverTypes is PLOVER 2.0's fixed list, in the manual's quad order, with
// the QuadClass each type belongs to.
var ploverTypes = []struct {
	name  string
	quad  int
	modes bool
}{
	{"AGREE", 1, false}, {"CONSULT", 1, true}, {"SUPPORT", 1, false}, {"CONCEDE", 1, false},
	{"COOPERATE", 2, false}, {"AID", 2, false}, {"RETREAT", 2, true},
	{"REQUEST", 3, true}, {"ACCUSE", 3, true}, {"REJECT", 3, true}, {"THREATEN", 3, true},
	{"PROTEST", 4, true}, {"SANCTION", 4, true}, {"MOBILIZE", 4, true}, {"COERCE", 4, true}, {"ASSAULT", 4, true},
}

func TestMustDefault(t *testing.T) {
	// MustDefault panics on corrupt embedded data; this test is the guarantee
	// that it never does in a build that passed its tests.
	o := MustDefault()
	if len(o.Events()) == 0 {
		t.Fatal("no events")
	}
}

func TestEventCompleteness(t *testing.T) {
	o := MustDefault()
	events := o.Events()
	if n := len(events); n < 290 || n > 320 {
		t.Errorf("%d CAMEO codes; CAMEO 1.1b3 has about 300", n)
	}
	if !slices.IsSortedFunc(events, func(a, b EventCode) int { return strings.Compare(a.Code, b.Code) }) {
		t.Error("Events() is not sorted by code")
	}
	valid := map[string]bool{}
	for _, p := range ploverTypes {
		valid[p.name] = true
	}
	for root := 1; root <= 20; root++ {
		code := fmt.Sprintf("%02d", root)
		if _, ok := o.Event(code); !ok {
			t.Errorf("root %s missing", code)
		}
		if len(o.Children(code)) == 0 {
			t.Errorf("root %s has no children", code)
		}
		// Every root has its "not specified" child, the code coders fall back to.
		if _, ok := o.Event(code + "0"); !ok {
			t.Errorf("root %s has no %s0 code", code, code)
		}
	}
	for _, e := range events {
		if e.Root != e.Code[:2] {
			t.Errorf("%s: root %q", e.Code, e.Root)
		}
		switch len(e.Code) {
		case 2:
		case 3:
			if _, ok := o.Event(e.Code[:2]); !ok {
				t.Errorf("%s: root %s missing", e.Code, e.Code[:2])
			}
		case 4:
			if _, ok := o.Event(e.Code[:3]); !ok {
				t.Errorf("%s: parent %s missing", e.Code, e.Code[:3])
			}
		default:
			t.Errorf("%s: bad length", e.Code)
		}
		if !valid[e.PLOVER.Type] {
			t.Errorf("%s: PLOVER type %q is not one of the 16", e.Code, e.PLOVER.Type)
		}
		var root int
		fmt.Sscanf(e.Root, "%d", &root)
		want := 4
		switch {
		case root >= 1 && root <= 5:
			want = 1
		case root >= 6 && root <= 8:
			want = 2
		case root >= 9 && root <= 13:
			want = 3
		}
		if e.QuadClass != want {
			t.Errorf("%s: QuadClass %d, want %d", e.Code, e.QuadClass, want)
		}
		if e.Goldstein < -10 || e.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v out of range", e.Code, e.Goldstein)
		}
		if e.Name == "" {
			t.Errorf("%s: no name", e.Code)
		}
	}
}

func TestEventSpotFacts(t *testing.T) {
	o := MustDefault()
	tests := []struct {
		code, name string
		goldstein  float64
		quad       int
		plover     PloverMap
	}{
		{"0871", "Declare truce, ceasefire", 9, 2, PloverMap{"RETREAT", "ceasefire", []string{"military"}}},
		{"042", "Make a visit", 1.9, 1, PloverMap{"CONSULT", "visit", nil}},
		{"043", "Host a visit", 2.8, 1, PloverMap{"CONSULT", "visit", nil}},
		{"046", "Engage in negotiation", 7, 1, PloverMap{"CONSULT", "", []string{"diplomatic"}}},
		{"036", "Express intent to meet or negotiate", 4, 1, PloverMap{"AGREE", "", []string{"diplomatic"}}},
		{"0311", "Express intent to cooperate economically", 5.2, 1, PloverMap{"AGREE", "", []string{"economic"}}},
		{"057", "Sign formal agreement", 8, 1, PloverMap{"SUPPORT", "", []string{"diplomatic"}}},
		{"064", "Share intelligence or information", 7, 2, PloverMap{"COOPERATE", "", []string{"intelligence"}}},
		{"0874", "Retreat or surrender militarily", 10, 2, PloverMap{"RETREAT", "disarm", []string{"military"}}},
		{"1041", "Demand change in leadership", -5, 3, PloverMap{"REQUEST", "change", []string{"executive"}}},
		{"0256", "Appeal for de-escalation of military engagement", -0.3, 1, PloverMap{"REQUEST", "yield", []string{"military"}}},
		{"1823", "Kill by physical assault", -10, 4, PloverMap{"ASSAULT", "", nil}},
		{"173", "Arrest, detain, or charge with legal action", -5, 4, PloverMap{"COERCE", "arrest", []string{"legal"}}},
		{"116", "Find guilty or liable (legally)", -2, 3, PloverMap{"SANCTION", "convict", []string{"legal"}}},
		{"163", "Impose embargo, boycott, or sanctions", -8, 4, PloverMap{"SANCTION", "discontinue", []string{"economic"}}},
		{"190", "Use conventional military force, not specified below", -10, 4, PloverMap{"ASSAULT", "", []string{"military"}}},
		{"165", "Halt mediation", -6.5, 4, PloverMap{"SANCTION", "withdraw", []string{"diplomatic"}}},
		{"106", "Demand meeting, negotiation", -5, 3, PloverMap{"REQUEST", "meet", []string{"diplomatic"}}},
		{"191", "Impose blockade, restrict movement", -9.5, 4, PloverMap{"COERCE", "restrict", []string{"military"}}},
		{"1952", "Employ remotely piloted aerial munitions", -10, 4, PloverMap{"ASSAULT", "drone", []string{"military"}}},
		{"2042", "Detonate nuclear weapons", -10, 4, PloverMap{"ASSAULT", "unconventional", []string{"cbrn"}}},
		{"094", "Investigate war crimes", -2, 3, PloverMap{"ACCUSE", "investigate", []string{"military", "legal"}}},
		{"13", "THREATEN", -6, 3, PloverMap{"THREATEN", "", nil}},
		{"130", "Threaten, not specified below", -4.4, 3, PloverMap{"THREATEN", "", nil}},
	}
	for _, tt := range tests {
		e, ok := o.Event(tt.code)
		if !ok {
			t.Errorf("%s missing", tt.code)
			continue
		}
		if e.Name != tt.name || e.Goldstein != tt.goldstein || e.QuadClass != tt.quad {
			t.Errorf("%s = %q %v q%d, want %q %v q%d", tt.code, e.Name, e.Goldstein, e.QuadClass, tt.name, tt.goldstein, tt.quad)
		}
		if e.PLOVER.Type != tt.plover.Type || e.PLOVER.Mode != tt.plover.Mode || !slices.Equal(e.PLOVER.Context, tt.plover.Context) {
			t.Errorf("%s PLOVER = %+v, want %+v", tt.code, e.PLOVER, tt.plover)
		}
	}
	for _, code := range []string{"", "0", "21", "099", "1213", "01x", "08710", "\xff\xfe"} {
		if _, ok := o.Event(code); ok {
			t.Errorf("Event(%q) found a code that CAMEO 1.1b3 lacks", code)
		}
	}
}

func TestChildren(t *testing.T) {
	o := MustDefault()
	codes := func(es []EventCode) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.Code)
		}
		return out
	}
	tests := []struct {
		code string
		want []string
	}{
		{"01", []string{"010", "011", "012", "013", "014", "015", "016", "017", "018", "019"}},
		{"04", []string{"040", "041", "042", "043", "044", "045", "046"}},
		{"087", []string{"0871", "0872", "0873", "0874"}},
		{"195", []string{"1951", "1952"}},
		{"121", []string{"1211", "1212"}}, // CAMEO has no 1213/1214, whatever ICEWS does
		{"0871", nil},
		{"046", nil},
		{"99", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := codes(o.Children(tt.code)); !slices.Equal(got, tt.want) {
			t.Errorf("Children(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

func TestPloverTypes(t *testing.T) {
	o := MustDefault()
	got := o.PloverTypes()
	if len(got) != len(ploverTypes) {
		t.Fatalf("%d PLOVER types, want 16", len(got))
	}
	for i, want := range ploverTypes {
		g := got[i]
		if g.Name != want.name || g.QuadClass != want.quad {
			t.Errorf("type %d = %s q%d, want %s q%d", i, g.Name, g.QuadClass, want.name, want.quad)
		}
		if (len(g.Modes) > 0) != want.modes {
			t.Errorf("%s has %d modes; the manual gives it modes: %v", g.Name, len(g.Modes), want.modes)
		}
		if g.Description == "" {
			t.Errorf("%s has no description", g.Name)
		}
	}
	// Spot modes from the manual's tables.
	has := func(typ, mode string) bool {
		for _, p := range got {
			if p.Name == typ {
				return slices.ContainsFunc(p.Modes, func(m PloverMode) bool { return m.Name == mode })
			}
		}
		return false
	}
	for _, tm := range [][2]string{{"CONSULT", "visit"}, {"CONSULT", "multilateral"}, {"RETREAT", "ceasefire"}, {"RETREAT", "resign"},
		{"REQUEST", "meet"}, {"ACCUSE", "investigate"}, {"THREATEN", "territory"}, {"PROTEST", "vandalize"},
		{"SANCTION", "convict"}, {"MOBILIZE", "militia"}, {"COERCE", "martial-law"}, {"ASSAULT", "drone"}} {
		if !has(tm[0], tm[1]) {
			t.Errorf("mode %s/%s missing", tm[0], tm[1])
		}
	}
	if has("ASSAULT", "massacre") || has("RETREAT", "return") {
		t.Error("modes struck from the manual are present")
	}
	ctx := o.PloverContexts()
	for _, c := range []string{"military", "diplomatic", "human_security", "pro_democracy", "cbrn", "trafficking"} {
		if !slices.Contains(ctx, c) {
			t.Errorf("context %q missing", c)
		}
	}
}

// Every type the mapping uses should be reachable, and each type's share of
// codes should look like CAMEO's shape: a guard against a column slip that
// maps a whole root to the wrong type.
func TestPloverCoverage(t *testing.T) {
	o := MustDefault()
	count := map[string]int{}
	for _, e := range o.Events() {
		count[e.PLOVER.Type]++
	}
	for _, p := range ploverTypes {
		if count[p.name] == 0 {
			t.Errorf("no CAMEO code maps to %s", p.name)
		}
	}
	for root, want := range map[string]string{"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
		"10": "REQUEST", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE"} {
		for _, e := range o.Events() {
			// A documented exception (055 and 056 are CONCEDE by the
			// manual) is checked against the published table instead.
			if _, ex := ploverExceptions[e.Code]; ex {
				continue
			}
			if e.Root == root && e.PLOVER.Type != want {
				t.Errorf("%s maps to %s; all of root %s should be %s", e.Code, e.PLOVER.Type, root, want)
			}
		}
	}
}

func TestCountries(t *testing.T) {
	o := MustDefault()
	all := o.Countries()
	iso, seen, seen2 := 0, map[string]bool{}, map[string]bool{}
	for _, c := range all {
		if seen[c.Alpha3] {
			t.Errorf("duplicate code %s", c.Alpha3)
		}
		seen[c.Alpha3] = true
		if c.Legacy == (c.Kind == KindISO) {
			t.Errorf("%s: Legacy %v with kind %s", c.Alpha3, c.Legacy, c.Kind)
		}
		if !c.Legacy {
			iso++
			if seen2[c.Alpha2] {
				t.Errorf("duplicate alpha-2 %s", c.Alpha2)
			}
			seen2[c.Alpha2] = true
		}
	}
	if iso != 249 {
		t.Errorf("%d ISO 3166-1 entries, want 249", iso)
	}
	if !slices.IsSortedFunc(all, func(a, b Country) int { return strings.Compare(a.Alpha3, b.Alpha3) }) {
		t.Error("Countries() not sorted")
	}
	tests := []struct {
		code, alpha3, alpha2, name, kind string
	}{
		{"TUR", "TUR", "TR", "Türkiye", KindISO},
		{"KAZ", "KAZ", "KZ", "Kazakhstan", KindISO},
		{"SYR", "SYR", "SY", "Syria", KindISO},
		{"syr", "SYR", "SY", "Syria", KindISO},
		{"RUS", "RUS", "RU", "Russia", KindISO},
		{"IRN", "IRN", "IR", "Iran", KindISO},
		{"PSE", "PSE", "PS", "Palestine", KindISO},
		{"TWN", "TWN", "TW", "Taiwan", KindISO},
		{"ATA", "ATA", "AQ", "Antarctica", KindISO},
		{"JAP", "JPN", "JP", "Japan", KindISO},
		{"ITL", "ITA", "IT", "Italy", KindISO},
		{"VTN", "VNM", "VN", "Vietnam", KindISO},
		{"ZAR", "COD", "CD", "Democratic Republic of the Congo", KindISO},
		{"KOS", "KSV", "XK", "Kosovo", KindOther},
		{"SUN", "SUN", "SU", "Soviet Union", KindHistorical},
		{"MEA", "MEA", "", "Middle East", KindRegion},
		{"AFR", "AFR", "", "Africa", KindRegion},
		{"WST", "WST", "", "The West", KindRegion},
		{"CAU", "CAU", "", "Caucasus", KindRegion},
		{"IGO", "IGO", "", "Inter-governmental organization", KindInternational},
	}
	for _, tt := range tests {
		c, ok := o.Country(tt.code)
		if !ok {
			t.Errorf("Country(%q) not found", tt.code)
			continue
		}
		if c.Alpha3 != tt.alpha3 || c.Alpha2 != tt.alpha2 || c.Name != tt.name || c.Kind != tt.kind {
			t.Errorf("Country(%q) = %+v, want %s %s %q %s", tt.code, c, tt.alpha3, tt.alpha2, tt.name, tt.kind)
		}
	}
	for _, code := range []string{"", "XXX", "TU", "TURK", "GOV", "\xff"} {
		if c, ok := o.Country(code); ok {
			t.Errorf("Country(%q) = %+v, want not found", code, c)
		}
	}
}

// The Debian iso-codes package, when installed, is an independent check of
// every alpha-2/alpha-3 pair we wrote.
func TestCountriesAgainstISOCodes(t *testing.T) {
	data, err := os.ReadFile("/usr/share/iso-codes/json/iso_3166-1.json")
	if err != nil {
		t.Skip("iso-codes not installed:", err)
	}
	var doc struct {
		Entries []struct {
			Alpha2 string `json:"alpha_2"`
			Alpha3 string `json:"alpha_3"`
		} `json:"3166-1"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	o := MustDefault()
	want := map[string]string{}
	for _, e := range doc.Entries {
		want[e.Alpha3] = e.Alpha2
		c, ok := o.Country(e.Alpha3)
		if !ok || c.Legacy || c.Alpha2 != e.Alpha2 {
			t.Errorf("ISO %s/%s: ours %+v (found %v)", e.Alpha3, e.Alpha2, c, ok)
		}
	}
	for _, c := range o.Countries() {
		if !c.Legacy && want[c.Alpha3] != c.Alpha2 {
			t.Errorf("%s/%s is not in iso-codes", c.Alpha3, c.Alpha2)
		}
	}
}

func TestSectors(t *testing.T) {
	o := MustDefault()
	for _, code := range strings.Fields(`GOV MIL REB OPP PTY SPY IGO NGO MED BUS CVL COP JUD LEG ELI EDU REF HLH HRI
		LAB AGR CRM UAF IMG INS SEP MOD RAD NGM CHR MUS MOS JEW BUD HIN SHI SUN MNC UNO DEV ENV SET UIS JRN PRE`) {
		s, ok := o.Sector(code)
		if !ok || s.Code != code || s.Name == "" || s.Kind == "" {
			t.Errorf("Sector(%q) = %+v, %v", code, s, ok)
		}
	}
	if s, _ := o.Sector("gov"); !strings.HasPrefix(s.Name, "Government") {
		t.Errorf("Sector(gov) = %+v", s)
	}
	if s, _ := o.Sector("MED"); !strings.HasPrefix(s.Name, "Media") {
		t.Errorf("MED keeps CAMEO's meaning (media), got %+v", s)
	}
	for _, code := range []string{"", "SYR", "XYZ", "GOVM"} {
		if s, ok := o.Sector(code); ok {
			t.Errorf("Sector(%q) = %+v, want not found", code, s)
		}
	}
}

func TestParseActorCode(t *testing.T) {
	o := MustDefault()
	tests := []struct {
		in      string
		country string
		sectors []string
	}{
		{"SYRGOVMIL", "SYR", []string{"GOV", "MIL"}},
		{"IGOUNO", "", []string{"IGO", "UNO"}},
		{"TURSPY", "TUR", []string{"SPY"}},
		{"SYROPP", "SYR", []string{"OPP"}},
		{"KAZ", "KAZ", nil},
		{"japgov", "JPN", []string{"GOV"}},
		{" RUSMIL ", "RUS", []string{"MIL"}},
		{"IGOEUREEC", "", []string{"IGO", "EUR", "EEC"}},
		{"PSEREBHMSGOV", "PSE", []string{"REB", "HMS", "GOV"}},
		{"IRQMUS", "IRQ", []string{"MUS"}},
		{"MUSGOV", "MUS", []string{"GOV"}}, // Mauritius in the country slot
		{"MEAGOV", "", []string{"MEA", "GOV"}},
		{"SUNGOV", "SUN", []string{"GOV"}},
		{"KOSGOV", "KSV", []string{"GOV"}},
		{"---GOV", "", []string{"GOV"}},
		{"---", "", nil},
		{"GOV", "", []string{"GOV"}},
		{"SYRGO", "SYR", []string{"GO"}},
		{"US", "", []string{"US"}},
		{"", "", nil},
		{"SYR GOV", "", nil},
		{"SYR/GOV", "", nil},
		{"\xff\xfeSYR", "", nil},
		{"SYRGÖV", "", nil},
	}
	for _, tt := range tests {
		c, s := o.ParseActorCode(tt.in)
		if c != tt.country || !slices.Equal(s, tt.sectors) {
			t.Errorf("ParseActorCode(%q) = %q, %q; want %q, %q", tt.in, c, s, tt.country, tt.sectors)
		}
	}
}

// The Ontology is shared between goroutines, so nothing a caller does to a
// returned value may reach the tables.
func TestReturnedValuesAreCopies(t *testing.T) {
	o := MustDefault()
	ev := o.Events()
	ev[0].Name = "changed"
	for i := range ev {
		if len(ev[i].PLOVER.Context) > 0 {
			ev[i].PLOVER.Context[0] = "changed"
		}
	}
	e, _ := o.Event("0871")
	e.PLOVER.Context[0] = "changed"
	for _, c := range o.Children("087") {
		c.PLOVER.Context[0] = "changed"
	}
	o.Countries()[0].Name = "changed"
	o.Sectors()[0].Name = "changed"
	o.PloverTypes()[1].Modes[0].Name = "changed"
	o.PloverContexts()[0] = "changed"

	fresh := MustDefault()
	if !equalOntology(o, fresh) {
		t.Fatal("mutating returned values changed the Ontology")
	}
}

func equalOntology(a, b *Ontology) bool {
	ea, eb := a.Events(), b.Events()
	if len(ea) != len(eb) {
		return false
	}
	for i := range ea {
		x, y := ea[i], eb[i]
		if x.Code != y.Code || x.Name != y.Name || x.Goldstein != y.Goldstein || x.PLOVER.Type != y.PLOVER.Type ||
			x.PLOVER.Mode != y.PLOVER.Mode || !slices.Equal(x.PLOVER.Context, y.PLOVER.Context) {
			return false
		}
	}
	pa, pb := a.PloverTypes(), b.PloverTypes()
	for i := range pa {
		if pa[i].Name != pb[i].Name || !slices.Equal(pa[i].Modes, pb[i].Modes) {
			return false
		}
	}
	return slices.Equal(a.Countries(), b.Countries()) && slices.Equal(a.Sectors(), b.Sectors()) &&
		slices.Equal(a.PloverContexts(), b.PloverContexts())
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
