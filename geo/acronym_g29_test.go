package geo

import "testing"

// TestAcronymNotPlace checks that a word in capitals among lower-case
// words is read as an organisation's initials, not as a town its folded
// key happens to match, while country abbreviations, datelines and runs
// of capitals still name places.
func TestAcronymNotPlace(t *testing.T) {
	g := gaz(t)
	for _, tc := range []struct {
		sentence string
		want     string // "text=Name/ALPHA3" per mention, space-separated
	}{
		// Initials that fold to a town abroad are no place.
		{"Delegates from APC arrived in Abuja.", "Abuja=Abuja/NGA"}, // not Apc, Hungary
		{"The court froze the assets of SAF.", ""},                  // not Aş Şaff, Egypt
		{"Rebels said SAF troops shelled Omdurman.", "Omdurman=Omdurman/SDN"},
		{"The army suspended the permit of JEM.", ""}, // not El Jem, Tunisia
		// Country abbreviations are countries' own names.
		{"Envoys from the UK and the UAE flew to the DRC.", "UK=United Kingdom/GBR the UAE=United Arab Emirates/ARE DRC=DR Congo/COD"},
		// A place the gazetteer itself writes in capitals.
		{"Troops moved into CPF on Monday.", "CPF=CPF/YEM"},
		// Wire datelines are places in capitals.
		{"KHARTOUM, June 2 (AFP) - Shelling resumed overnight.", "KHARTOUM=Khartoum/SDN"},
		{"TUNIS: Ministers met on Friday.", "TUNIS=Tunis/TUN"},
		// A run of capitals words is a headline, not initials.
		{"Gunmen attacked KANDAHAR AIRPORT on Monday.", "KANDAHAR=Kandahār/AFG"},
	} {
		// Read twice, as a story is: the first reading's places make the
		// focus that lends the second its confidence.
		s := naiveSentence(tc.sentence, nil)
		f := NewFocus()
		f.AddMentions(g.Mentions(s, nil, nil))
		if got := mentionSummary(g.Mentions(s, nil, f)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

func TestAcronymSpan(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		word     string
		want     bool
	}{
		{"The licence of ANC was revoked.", "ANC", true},
		{"Officials of U.N.O. met.", "U.N.O.", true},
		{"Talks with Kabul resumed.", "Kabul", false},
		{"KABUL, May 3 (Reuters) - Talks resumed.", "KABUL", false},
		{"GAZA CITY (AP) -- Talks resumed.", "GAZA", false},
		{"TALIBAN SEIZE KUNDUZ", "KUNDUZ", false},
		{"The G7 met.", "G7", false},
	} {
		s := naiveSentence(tc.sentence, nil)
		p := -1
		for k, tok := range s.Tokens {
			if tok.Text == tc.word {
				p = k
			}
		}
		if p < 0 {
			t.Fatalf("%q: no token %q", tc.sentence, tc.word)
		}
		if got := acronymSpan(s.Tokens, p, p+1); got != tc.want {
			t.Errorf("%q %q: got %v, want %v", tc.sentence, tc.word, got, tc.want)
		}
	}
}
