package ontology

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// thirdParty is ../shared/third_party seen from the repository root; tests
// run in the package folder, one level down.
var thirdParty = filepath.Join("..", "..", "shared", "third_party")

func openThirdParty(t *testing.T, rel string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join(thirdParty, rel))
	if err != nil {
		t.Skip("third-party file not available:", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// Old PLOVER type names that the published table and gold data may still use.
var ploverRenames = map[string]string{
	"DEMAND":      "REQUEST",
	"DISAPPROVE":  "ACCUSE",
	"INVESTIGATE": "ACCUSE",
	"FIGHT":       "ASSAULT",
}

// ploverExceptions are the codes where our PLOVER type deliberately differs
// from CAMEO2PLOVER-2021.txt. Each is explained above its row in
// data/cameo.tsv and in docs/ontology.md.
var ploverExceptions = map[string]struct{ ours, theirs, why string }{
	"116":  {"SANCTION", "ACCUSE", "the manual's SANCTION mode 'convict' is finding guilty or liable in court"},
	"163":  {"SANCTION", "COERCE", "the manual codes international sanctions as SANCTION/discontinue"},
	"055":  {"CONCEDE", "SUPPORT", "the manual codes expressions of regret or remorse as CONCEDE"},
	"056":  {"CONCEDE", "SUPPORT", "the manual codes formal pardons and amnesties as CONCEDE"},
	"0813": {"CONCEDE", "RETREAT", "the manual's CONCEDE definition names removing curfews"},
	"0814": {"CONCEDE", "RETREAT", "lifting an emergency is a promise not to enforce, like a curfew (manual CONCEDE)"},
	"0831": {"RETREAT", "CONCEDE", "the manual codes resignations of officials as RETREAT/resign"},
}

// notInCAMEO are rows of the published table that are not CAMEO 1.1b3 codes
// (ICEWS extensions), so our table rightly lacks them.
var notInCAMEO = []string{"1213", "1214"}

var tableLine = regexp.MustCompile(`^(\d{2,4}):\s*([A-Za-z_]+)`)

// TestPloverMappingAgreesWithPublishedTable compares our PLOVER type for
// every code with the published CAMEO->PLOVER table.
func TestPloverMappingAgreesWithPublishedTable(t *testing.T) {
	f := openThirdParty(t, "plover/CAMEO2PLOVER-2021.txt")
	o := MustDefault()

	theirs := map[string]string{}     // 3- and 4-digit code -> type
	headings := map[string][]string{} // root -> the section headings naming it
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		m := tableLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		code, typ := m[1], strings.ToUpper(m[2])
		if r, ok := ploverRenames[typ]; ok {
			typ = r
		}
		if len(code) == 2 {
			headings[code] = append(headings[code], typ)
			continue
		}
		if prev, dup := theirs[code]; dup && prev != typ {
			t.Errorf("table line %d: %s listed as both %s and %s", n, code, prev, typ)
		}
		theirs[code] = typ
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(theirs) < 200 {
		t.Fatalf("parsed only %d codes from the table; has its format changed?", len(theirs))
	}

	agree := 0
	used := map[string]bool{}
	for code, typ := range theirs {
		e, ok := o.Event(code)
		if slices.Contains(notInCAMEO, code) {
			if ok {
				t.Errorf("%s is listed as not in CAMEO 1.1b3 but our table has it", code)
			}
			continue
		}
		if !ok {
			t.Errorf("table maps %s to %s, but our table lacks the code", code, typ)
			continue
		}
		if ex, isEx := ploverExceptions[code]; isEx {
			used[code] = true
			if e.PLOVER.Type != ex.ours || typ != ex.theirs {
				t.Errorf("stale exception %s: now ours %s, theirs %s (recorded %s vs %s)", code, e.PLOVER.Type, typ, ex.ours, ex.theirs)
			}
			continue
		}
		if e.PLOVER.Type != typ {
			t.Errorf("%s %q: ours %s, table %s", code, e.Name, e.PLOVER.Type, typ)
			continue
		}
		agree++
	}
	for code := range ploverExceptions {
		if !used[code] {
			t.Errorf("exception %s is not in the table any more", code)
		}
	}
	// Section headings name the type of most of a root (08 has two: CONCEDE
	// and RETREAT). The root row must match one of them. 01 and 02 have none
	// because PLOVER drops them.
	for code, types := range headings {
		e, ok := o.Event(code)
		if !ok {
			t.Errorf("heading for unknown root %s", code)
			continue
		}
		if !slices.Contains(types, e.PLOVER.Type) {
			t.Errorf("root %s: ours %s, table headings %v", code, e.PLOVER.Type, types)
		}
	}
	missing := 0
	for _, e := range o.Events() {
		if _, ok := theirs[e.Code]; !ok && len(e.Code) > 2 {
			missing++
		}
	}
	t.Logf("agree on %d codes, %d documented exceptions, %d table rows outside CAMEO; %d of our 3/4-digit codes have no table row (roots 01, 02 and newer codes)",
		agree, len(ploverExceptions), len(notInCAMEO), missing)
}

// TestGoldEventCodesKnown checks that every event code in the real-news gold
// set is one our table knows. (The TABARI and PETRARCH unit-test suites use
// made-up codes such as 345 and 9xx on purpose, so they are not checked.)
func TestGoldEventCodesKnown(t *testing.T) {
	f := openThirdParty(t, "universalpetrarch/PETR2_GSR_validation.xml")
	o := MustDefault()
	re := regexp.MustCompile(`eventcode="([^"]*)"`)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		for _, m := range re.FindAllStringSubmatch(sc.Text(), -1) {
			n++
			if _, ok := o.Event(m[1]); !ok {
				t.Errorf("gold event code %q is not in our table", m[1])
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no event codes found; has the file format changed?")
	}
}

// TestGoldActorCodesParse checks that the country part of every actor code in
// the PLOVER gold records resolves, legacy spellings (JAP, ITL, VTN) included.
func TestGoldActorCodesParse(t *testing.T) {
	f := openThirdParty(t, "plover/PLOVER_GSR_CAMEO.dev.json")
	o := MustDefault()
	re := regexp.MustCompile(`"code":\s*"([^"]*)"`)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		for _, m := range re.FindAllStringSubmatch(sc.Text(), -1) {
			n++
			if _, ok := o.Country(m[1]); !ok {
				t.Errorf("gold actor country %q is unknown", m[1])
			}
		}
	}
	if n == 0 {
		t.Fatal("no actor codes found; has the file format changed?")
	}
}
