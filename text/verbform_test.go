package text

import "testing"

// TestNotAVerb: golem's tables tell a word that is no verb form from the
// verbs, regular and irregular, that the tagger's past tags are right for.
func TestNotAVerb(t *testing.T) {
	g, err := NewGolemLemmatizer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word string
		want bool
	}{
		{"stronghold", true}, {"summit", true}, {"airport", true}, {"militia", true}, {"ceasefire", true},
		// verbs and their forms, regular and irregular
		{"held", false}, {"said", false}, {"put", false}, {"hit", false}, {"fled", false},
		{"died", false}, {"met", false}, {"overran", false}, {"retook", false}, {"bombed", false},
		{"host", false}, {"shell", false}, {"bomb", false}, {"lay", false},
		// not judged: inflections, unknown words, names, short words
		{"officials", false}, {"zzyzxq", false}, {"Moscow", false}, {"be", false},
	}
	for _, tt := range tests {
		if got := g.NotAVerb(tt.word); got != tt.want {
			t.Errorf("NotAVerb(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestNoVerbTagOnNouns: a noun the tagger reads as a past tense from its
// neighbours is given back its noun tag, so it does not split the clause;
// real verbs keep theirs, and a verb read as an adjective after its
// subject gets its verb tag. Sentences written for this test.
func TestNoVerbTagOnNouns(t *testing.T) {
	a, err := NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sentence, word, wantTag string
	}{
		{"The army took the last Islamic State stronghold in the north.", "stronghold", "NN"},
		{"They seized an IS stronghold near Mosul.", "seized", "VBD"},
		{"The rebels held the town for a week.", "held", "VBD"},
		{"Troops shelled the village overnight.", "shelled", "VBD"},
		// An -ed "adjective" right after a noun and before its object is
		// the verb; before "by", or after a possessive, it stays.
		{"The EU imposed sanctions over the crackdown.", "imposed", "VBD"},
		{"Morocco normalized relations with Israel.", "normalized", "VBD"},
		{"The people affected by the floods were moved.", "affected", "VBN"},
		{"Kenya's armed forces entered Somalia.", "armed", "JJ"},
		// A determiner, a sector noun read as an adjective and a past
		// form before an object: subject and verb. Without the
		// determiner, or before no object, the words stay as tagged.
		{"The military seized power in Niger and detained the president.", "seized", "VBD"},
		{"The military seized power in Niger and detained the president.", "military", "NN"},
		{"Its police arrested dozens of students.", "arrested", "VBD"},
		{"The military trained officers were sent abroad.", "trained", "JJ"},
		{"They met military trained officers.", "trained", "JJ"},
	}
	for _, tt := range tests {
		var got string
		for _, s := range a.Analyze(tt.sentence) {
			for _, tk := range s.Tokens {
				if tk.Lower == tt.word {
					got = tk.Tag
				}
			}
		}
		if got != tt.wantTag {
			t.Errorf("%q: %s tagged %s, want %s", tt.sentence, tt.word, got, tt.wantTag)
		}
	}
}

func TestRegularPast(t *testing.T) {
	g, err := NewGolemLemmatizer()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{
		"imposed": true, "intensified": true, "normalized": true, "stopped": true,
		"held": false, "armed": true, "bed": false, "red": false, "hundred": false, "Imposed": false,
	} {
		if got := g.RegularPast(w); got != want {
			t.Errorf("RegularPast(%q) = %v, want %v", w, got, want)
		}
	}
}
