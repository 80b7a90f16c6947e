package actor

import (
	"strings"
	"testing"
)

// demonymForm folds case on its suffix only; it must agree with the
// lower-casing of the whole alias it replaced, on ASCII and on names
// with letters beyond it.
func TestDemonymFormSameAsLower(t *testing.T) {
	for _, s := range []string{
		"", "is", "IS", "Kenyans", "IRAQIS", "Chinese", "Turkish", "Kenya",
		"Swiss", "Israelis", "ISRAEL", "İS", "Kİs", "Straße", "ÉCOSSAIS", "Ans",
		"Burkinabe", "Sudanese", "K\u212aIS", "\xffis", "is\xff",
		// Bytes that share a letter's low five bits: only the letter and
		// its capital end a demonym.
		"i", "s", "Is", "iS", "I\x13", "\x09s", "Ki\x53", "Ki)", "ANs", "A\x0es", "@ns", "aNS", "\x01ns",
		"ESE", "e\x13e", "ISH", "is\x08", "ish!", "ans ", "Kenyan", "Chines",
	} {
		if got, want := demonymForm(s), demonymLower(s); got != want {
			t.Errorf("demonymForm(%q) = %v, lower-casing says %v", s, got, want)
		}
	}
}

func FuzzDemonymForm(f *testing.F) {
	for _, s := range []string{"Kenyans", "Chinese", "ISRAELIS", "İS", "Kenya"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := demonymForm(s), demonymLower(s); got != want {
			t.Errorf("demonymForm(%q) = %v, lower-casing says %v", s, got, want)
		}
	})
}

func demonymLower(alias string) bool {
	a := strings.ToLower(alias)
	for _, suf := range []string{"ans", "ese", "ish", "is"} {
		if strings.HasSuffix(a, suf) {
			return true
		}
	}
	return false
}
