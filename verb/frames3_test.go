package verb

import "testing"

// Third-round clause structures: comma-only lists, possessor appositives,
// pronoun agreement and the reason clauses of judging verbs. Each case
// fails if its rule is removed; the "not" cases guard the misreadings the
// rules must not introduce.
func TestCoderFrames3(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		want     coded
		not      coded // an exact result that must not appear
	}{
		{"a comma-only list opening the clause is one subject",
			"Russia, Turkey attack Syria", coded{code: "190", src: "RUS+TUR", tgt: "SYR"}, coded{code: "190", src: "TUR", tgt: "SYR"}},
		{"a comma-only list of a reciprocal event holds both ways",
			"Russia, Turkey meet in Syria", coded{code: "040", src: "RUS", tgt: "TUR"}, coded{}},
		{"three members",
			"Russia, Turkey, Iran attack Syria", coded{code: "190", src: "RUS+TUR+IRN", tgt: "SYR"}, coded{}},
		{"an object before a comma starts no list",
			"Syrian rebels attacked Turkey, Russian troops attacked Iran", coded{code: "190", src: "RUSMIL", tgt: "IRN"}, coded{code: "190", src: "TUR+RUSMIL", tgt: "IRN"}},
		{"a list must open its clause",
			"After talks in Syria, Turkey, Iran attack Russia", coded{code: "190", src: "IRN", tgt: "RUS"}, coded{code: "190", src: "TUR+IRN", tgt: "RUS"}},
		{"a possessor appositive describes the subject",
			"Turkey, Syria's neighbour, attacked Iran.", coded{code: "190", src: "TUR", tgt: "IRN"}, coded{code: "190", src: "SYR", tgt: "IRN"}},
		{"the reason clause of a judging verb is about its object",
			"Russia condemned Iran after it attacked Syria.", coded{code: "190", src: "IRN", tgt: "SYR"}, coded{code: "190", src: "RUS", tgt: "SYR"}},
		{"because: the same",
			"Russia praised Iran because it attacked Syria.", coded{code: "190", src: "IRN", tgt: "SYR"}, coded{code: "190", src: "RUS", tgt: "SYR"}},
		{"a verb that is not about its object keeps the subject",
			"Russia met Iran after it attacked Syria.", coded{code: "190", src: "RUS", tgt: "SYR"}, coded{code: "190", src: "IRN", tgt: "SYR"}},
		{"'it' is no plural",
			"Syrian rebels said it attacked Turkey.", coded{code: "190", src: "", tgt: "TUR"}, coded{code: "190", src: "SYRREB", tgt: "TUR"}},
		{"'they' may be a plural",
			"Syrian rebels said they attacked Turkey.", coded{code: "190", src: "SYRREB", tgt: "TUR"}, coded{}},
		{"'he' is no state",
			"Russia said he attacked Turkey.", coded{code: "190", src: "", tgt: "TUR"}, coded{code: "190", src: "RUS", tgt: "TUR"}},
	}
	for _, tt := range tests {
		got := codeAll(t, tt.sentence)
		found := false
		for _, g := range got {
			if g.code == tt.want.code && g.src == tt.want.src && g.tgt == tt.want.tgt {
				found = true
			}
			if tt.not.code != "" && g.code == tt.not.code && g.src == tt.not.src && g.tgt == tt.not.tgt {
				t.Errorf("%s: %q coded %+v, which it must not", tt.name, tt.sentence, g)
			}
		}
		if !found {
			t.Errorf("%s: %q\n got %+v\nwant %+v among them", tt.name, tt.sentence, got, tt.want)
		}
	}
}
