package pipeline

import (
	"math/rand/v2"
	"testing"
)

// TestWaterNameASCII checks waterName's path for ASCII names against its
// rune-by-rune reading (waterNameRunes), on place names that end in, open
// with or only hold a water noun, in any case and spacing, and on random
// strings of letters, spaces and control bytes.
func TestWaterNameASCII(t *testing.T) {
	names := []string{
		"", " ", "  \t", "Baghdad", "Red Sea", "red sea", "RED SEA ", "Black Sea\n",
		"Indian Ocean", "Gulf of Aden", "gulf of aden", "the Gulf of Thailand",
		"Sea of Azov", "Bay of Bengal", "Strait of Hormuz", "Straits of Malacca",
		"Kerch Strait", "English Channel", "Somali waters", "Persian Gulf",
		"Bay", "Gulf", "Seaside", "Oceanside", "Gulfport", "Baytown", "Sea  of  Japan",
		"North  Sea", "Chesapeake Bay\t", "Gulf  of Oman", "Ocean of", "of Sea",
		"waters", "Waters of", "Channel Islands", "Bahrain Gulf ",
	}
	for _, name := range names {
		ascii, got := waterNameASCII(name)
		if !ascii {
			t.Fatalf("%q: read as not ASCII", name)
		}
		if want := waterNameRunes(name); got != want {
			t.Errorf("%q: waterNameASCII %v, waterNameRunes %v", name, got, want)
		}
	}
	if ascii, _ := waterNameASCII("Mer Méditerranée"); ascii {
		t.Error("a name with a non-ASCII letter is read as ASCII")
	}
	rng := rand.New(rand.NewPCG(29, 7))
	parts := []string{"sea", "SEA", "Bay", "gulf", "ocean", "Strait", "straits", "channel", "waters", "of", "the", "x", " ", "  ", "\t", "\r", "\v", "Red"}
	held := 0
	for n := 0; n < 20000; n++ {
		b := ""
		for k := rng.IntN(5); k >= 0; k-- {
			b += parts[rng.IntN(len(parts))]
			if rng.IntN(2) == 0 {
				b += " "
			}
		}
		_, got := waterNameASCII(b)
		want := waterNameRunes(b)
		if got != want {
			t.Fatalf("%q: waterNameASCII %v, waterNameRunes %v", b, got, want)
		}
		if want {
			held++
		}
	}
	if held == 0 {
		t.Fatal("no random name was a water name")
	}
}
