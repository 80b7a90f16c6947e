package actor

import (
	"slices"
	"testing"
)

const s34Dict = `@kind country
IRN  Iran | Iranian
RUS  Russia | Russian
PAK  Pakistan
@kind sector
MIL  drones | warplanes | troops
LAB  oil workers
GOV  officials
`

// TestS34WeaponOwners: a country adjective before a weapon noun no line
// holds, coordinated with an armed noun one does, names whose both are
// ("Iranian missiles and drones" IRNMIL, weaponOwners); a word that is
// no plural weapon, and a noun of no armed kind, take nothing.
func TestS34WeaponOwners(t *testing.T) {
	r, an := testResolver(t, s34Dict)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Iranian missiles and drones struck targets in Pakistan.", []string{"IRNMIL", "PAK"}},
		{"Russian cruise missiles and warplanes hit the grid.", []string{"RUSMIL"}},
		{"Russian rockets and drones struck the city overnight.", []string{"RUSMIL"}},
		// must-not: no armed noun after "and", and a singular first noun
		{"Russian gas and oil workers protested.", []string{"---LAB"}},
		{"Iranian oil and drones were seized.", []string{"---MIL"}},
	} {
		if got := phraseCodes(r, an, c.text, "2024-05-01"); !slices.Equal(got, c.want) {
			t.Errorf("%q: phrases %v, want %v", c.text, got, c.want)
		}
	}
}
