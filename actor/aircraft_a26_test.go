package actor

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/data"
)

// TestAircraftTypesCoverEntry: every alias of the aircraft-type line in
// sectors.txt is a weapon to equipmentHead, so a traded aircraft ("sold
// F-35s to the UAE") never stands for the force that flies it.
func TestAircraftTypesCoverEntry(t *testing.T) {
	d, err := LoadText(data.FS, "actors")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range d.Entries() {
		if e.Code != "MIL" || !strings.Contains(e.Body, "su-34") {
			continue
		}
		found = true
		for _, a := range strings.Split(e.Body, "|") {
			a = strings.ToLower(strings.TrimSpace(a))
			if !aircraftTypes.Has(a) {
				t.Errorf("%s: alias %q is not in aircraftTypes", e.Pos(), a)
			}
		}
	}
	if !found {
		t.Fatal("no MIL entry with su-34 in sectors.txt")
	}
}
