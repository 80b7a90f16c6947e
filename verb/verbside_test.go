package verb

import "testing"

// Engine rules added for the verb side of issue 3; each case can fail if
// its rule is removed.
func TestCoderFrames(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		want     coded
		not      string // a code that must not be among the results
	}{ // want.tgt "*" leaves the target unchecked
		{"converse: the from-phrase gives, the subject receives",
			"Syria received weapons from Iran.", coded{code: "072", src: "IRN", tgt: "SYR"}, ""},
		{"a participle opening the subject is an adjective",
			"Fleeing Syrian troops attacked Turkish forces.", coded{code: "190", src: "SYRMIL", tgt: "TURMIL"}, ""},
		{"a trailing attribution sources the event and is no statement",
			"Syrian rebels attacked Turkish troops, the Russian government said.",
			coded{code: "190", src: "SYRREB", tgt: "TURMIL", reporter: "RUSGOV"}, "010"},
		{"an adjective on a pattern's opening noun names the agent",
			"Russian tanks entered Syria.", coded{code: "190", src: "RUS", tgt: "SYR"}, ""},
		{"the two parties of a subjectless meeting are its sides (the shared noun distributes over the adjective the tagger calls a name)",
			"The meeting of Russian and Turkish troops took place.", coded{code: "040", src: "RUSMIL", tgt: "TURMIL"}, ""},
		{"a threat's target is the object of the infinitive it governs",
			"Iran threatened to deliver heavy blows to Syria.", coded{code: "130", src: "IRN", tgt: "SYR"}, ""},
		{"'after' opening a clause: its group is the subject",
			"Iran met Turkey after Syrian rebels attacked Turkish troops.", coded{code: "190", src: "SYRREB", tgt: "TURMIL"}, ""},
		{"a participle right after a group has that group as subject",
			"Russia met Syrian rebels attacking Turkish troops.", coded{code: "190", src: "SYRREB", tgt: "TURMIL"}, ""},
		{"a speaker after a relative clause, with a complement, still makes a statement",
			"Iran, which attacked Turkish troops, said Syrian rebels attacked Turkish troops.", coded{code: "010", src: "IRN", tgt: "*"}, ""},
		{"a leading statement stays an event of its own",
			"Iran said Syrian rebels attacked Turkish troops.", coded{code: "010", src: "IRN", tgt: "*"}, ""},
	}
	for _, tt := range tests {
		got := codeAll(t, tt.sentence)
		found := false
		for _, g := range got {
			if g == tt.want || (tt.want.tgt == "*" && g.code == tt.want.code && g.src == tt.want.src) {
				found = true
			}
			if tt.not != "" && g.code == tt.not {
				t.Errorf("%s: %q coded %s: %+v", tt.name, tt.sentence, tt.not, got)
			}
		}
		if !found {
			t.Errorf("%s: %q\n got %+v\nwant %+v among them", tt.name, tt.sentence, got, tt.want)
		}
	}
}

func TestThreatCode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1621", "1311"}, // will cut economic aid
		{"162", "1311"},
		{"163", "1312"},
		{"161", "1313"},
		{"164", "134"},
		{"165", "135"},
		{"1661", "136"},  // will withdraw its peacekeepers
		{"1723", "1323"}, // will impose a curfew
		{"172", "132"},
		{"175", "137"},
		{"190", "1384"},
		{"040", ""},
	}
	for _, tt := range tests {
		if got := threatCode(tt.in); got != tt.want {
			t.Errorf("threatCode(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIntentWishes(t *testing.T) {
	// A stated wish to act is coded as the intent (CAMEO 03), not left
	// hypothetical; a wish to use force stays a threat (CAMEO 13).
	tests := []struct{ sentence, code string }{
		{"Iran wants to meet Syria.", "036"},
		{"Turkey seeks to meet Russia.", "036"},
		{"Russia hopes to meet Turkey.", "036"},
		{"Iran wants to attack Syria.", "1384"},
	}
	for _, tt := range tests {
		got := codeAll(t, tt.sentence)
		if len(got) == 0 || got[0].code != tt.code || got[0].hyp {
			t.Errorf("%q: got %+v, want code %s, not hypothetical", tt.sentence, got, tt.code)
		}
	}
}

func TestAttemptsOfForce(t *testing.T) {
	// "tried to attack" happened; "tried to meet" stays hypothetical.
	tests := []struct {
		sentence string
		hyp      bool
	}{
		{"Russia tried to attack Turkey.", false},
		{"Iran tried to meet Syria.", true},
	}
	for _, tt := range tests {
		got := codeAll(t, tt.sentence)
		if len(got) == 0 || got[0].hyp != tt.hyp {
			t.Errorf("%q: got %+v, want hypothetical %v", tt.sentence, got, tt.hyp)
		}
	}
}

func TestGerundAfterOf(t *testing.T) {
	// "accused X of attacking": the attack is alleged, not coded; the
	// accusation is another pattern's business.
	for _, g := range codeAll(t, "Russia accused Turkey of attacking Syria.") {
		if g.code == "190" {
			t.Errorf("coded the alleged attack: %+v", g)
		}
	}
}

func TestDenialIsNoRefusal(t *testing.T) {
	// "denied investing" says it did not happen: negated, not the
	// rejection (1211) that "refused to invest" is.
	got := codeAll(t, "Iran denied investing in Syria.")
	if len(got) == 0 || got[0].code != "061" || !got[0].neg {
		t.Errorf("denied investing: got %+v, want a negated 061", got)
	}
	got = codeAll(t, "Iran refused to invest in Syria.")
	if len(got) == 0 || got[0].code != "1211" {
		t.Errorf("refused to invest: got %+v, want 1211", got)
	}
}

func TestSharedObject(t *testing.T) {
	// "Russian troops attacked and executed Syrian rebels": both verbs
	// take the object after the second.
	got := codeAll(t, "Russian troops attacked and executed Syrian rebels.")
	var codes []string
	for _, g := range got {
		if g.tgt == "SYRREB" {
			codes = append(codes, g.code)
		}
	}
	if len(codes) != 2 {
		t.Errorf("got %+v, want 190 and 1823 both on SYRREB", got)
	}
}

func TestRequestedActs(t *testing.T) {
	// An action asked of someone is not (yet) an event: hypothetical.
	for _, s := range []string{"Iran urged Turkey to invest in Syria.", "Iran demanded that Turkey invest in Syria."} {
		got := codeAll(t, s)
		found := false
		for _, g := range got {
			if g.code == "061" {
				found = true
				if !g.hyp {
					t.Errorf("%q: the requested investment is not hypothetical: %+v", s, g)
				}
			}
		}
		if !found {
			t.Errorf("%q: no 061 at all: %+v", s, got)
		}
	}
	if got := codeAll(t, "Iran agreed to invest in Syria."); len(got) == 0 || got[0].hyp {
		t.Errorf("agreed to invest: got %+v, want a non-hypothetical intent", got)
	}
}
