package ontology

import "testing"

// TestCountryIndexMatchesMap checks the three-letter array Country reads
// (country3) against the map it was built from, looked up as Country did
// before it (upper-cased): every code of three bytes drawn from letters
// of either case, digits, punctuation and bytes that fold onto letters
// with bit 0x20 set ('@', '[', '`', '{'), and codes of other lengths.
func TestCountryIndexMatchesMap(t *testing.T) {
	o := MustDefault()
	alphabet := "AZaz@[`{09 -\x80\xc1"
	for c := byte('a'); c <= 'z'; c++ {
		alphabet += string(rune(c)) + string(rune(c-32))
	}
	found := 0
	for _, a := range []byte(alphabet) {
		for _, b := range []byte(alphabet) {
			for _, c := range []byte(alphabet) {
				code := string([]byte{a, b, c})
				wi, wok := o.countryIx[upperASCII(code)]
				gi, gok := o.countryIndex(code)
				if gok != wok || gok && gi != wi {
					t.Fatalf("%q: countryIndex %d %v, map %d %v", code, gi, gok, wi, wok)
				}
				if k, ok := o.CountryKind(code); ok != wok || ok && k != o.countries[wi].Kind {
					t.Fatalf("%q: CountryKind %q %v", code, k, ok)
				}
				if wok {
					found++
				}
			}
		}
	}
	if found < len(o.countryIx) {
		t.Fatalf("%d codes found, fewer than the map's %d keys", found, len(o.countryIx))
	}
	for _, code := range []string{"", "U", "US", "USAA", "usa ", "GBRX"} {
		if _, ok := o.countryIndex(code); ok {
			t.Errorf("%q: found", code)
		}
	}
}
