package actor

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parley-events/parley/data"
)

// TestWeaponAttribute: the aircraft lines of sectors.txt carry [weapon],
// which survives compilation, so equipmentHead reads a traded aircraft
// ("sold F-35s to the UAE") as no force; a sector of people ("fighter
// jet" pilots' units, "troops") does not carry it.
func TestWeaponAttribute(t *testing.T) {
	text, err := LoadText(data.FS, "actors")
	if err != nil {
		t.Fatal(err)
	}
	compiled, err := Load(data.FS, "actors")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []*Dictionary{text, compiled} {
		want := map[string]bool{"f-16s": true, "su-34 bomber": true, "apache helicopters": true, "troops": false, "warplanes": false}
		seen := map[string]bool{}
		for _, e := range d.list {
			if w, ok := want[e.Alias]; ok && e.Kind == KindSector {
				seen[e.Alias] = true
				if e.Weapon != w {
					t.Errorf("%s: %q Weapon = %v, want %v", e.Pos, e.Alias, e.Weapon, w)
				}
			}
		}
		for a := range want {
			if !seen[a] {
				t.Errorf("no sector entry %q", a)
			}
		}
	}
}

// TestWeaponAttributeOnlySectors: [weapon] on another kind of line is an
// error, not a silent flag.
func TestWeaponAttributeOnlySectors(t *testing.T) {
	for _, tc := range []struct {
		dict    string
		wantErr bool
	}{
		{"@kind sector\nMIL  f-16  [weapon]\n", false},
		{"@kind country\nUSA  Freedomland  [weapon]\n", true},
		{"@kind actor\nUSAMIL  Air Force  [weapon]\n", true},
	} {
		_, err := LoadText(fstest.MapFS{"d/a.txt": {Data: []byte(tc.dict)}}, "d")
		if tc.wantErr != (err != nil && strings.Contains(err.Error(), "[weapon]")) {
			t.Errorf("%q: error %v, want an error: %v", tc.dict, err, tc.wantErr)
		}
	}
}
