package geo

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/parley-events/parley/text"
)

// parseDecimal must give strconv's bits (and its errors) for everything,
// and take its own path for the gazetteer's plain decimals.
func TestParseDecimalSameAsStrconv(t *testing.T) {
	ins := []string{"0", "-0", "-0.0000", "42.5736", "1.6256", "-179.9999", "90", "0.1", "123456789012345",
		"1234567890123456", "0.0000000000000000000001", "1e5", "+3.5", "12.", ".5", "-", "", "1.2.3", "--1", "NaN", "4 2"}
	for _, ln := range strings.Split(admin1TSV, "\n")[3:60] {
		if f := strings.Split(ln, "\t"); len(f) == 6 {
			ins = append(ins, f[2], f[3])
		}
	}
	for _, s := range ins {
		got, gerr := parseDecimal(s)
		want, werr := strconv.ParseFloat(s, 64)
		if (gerr == nil) != (werr == nil) || math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("parseDecimal(%q) = %v, %v; strconv gives %v, %v", s, got, gerr, want, werr)
		}
	}
}

func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"42.5736", "-0.5", "1e9", "", "9999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gerr := parseDecimal(s)
		want, werr := strconv.ParseFloat(s, 64)
		if (gerr == nil) != (werr == nil) || math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Fatalf("parseDecimal(%q) = %v, %v; strconv gives %v, %v", s, got, gerr, want, werr)
		}
	})
}

// isCapitalized is written to inline; it must equal unicode.IsUpper of
// the first rune for every first byte and some non-ASCII capitals.
func TestIsCapitalizedFirstRune(t *testing.T) {
	ins := []string{"", "É", "éa", "Ωmega", "ω", "İstanbul", "\xff", "\xc3", "ẞ", "ǅ"}
	for c := 0; c < 256; c++ {
		ins = append(ins, string([]byte{byte(c)}), string([]byte{byte(c), 'x'}))
	}
	for _, s := range ins {
		r, _ := utf8.DecodeRuneInString(s)
		if got, want := isCapitalized(s), unicode.IsUpper(r); got != want {
			t.Errorf("isCapitalized(%q) = %v, want %v", s, got, want)
		}
	}
}

// The mentions loop skips properAt for a word opening with a lower-case
// ASCII letter that mayBeJoined rules out: properAt must be false there.
func FuzzProperAtGate(f *testing.F) {
	g, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"word", "al-Zour", "d'Ivoire", "x", "el-Sisi", "iPhone", "bin", "ibn"} {
		f.Add(s, "NNP")
		f.Add(s, "NN")
	}
	f.Fuzz(func(t *testing.T, w, tag string) {
		if w == "" || w[0]-'a' >= 26 || mayBeJoined(w) {
			return
		}
		toks := []text.Token{{Text: "The", Tag: "DT"}, {Text: w, Tag: tag}}
		if g.properAt(toks, 1) {
			t.Fatalf("properAt(%q/%s) is true, but the gate skips it", w, tag)
		}
	})
}
