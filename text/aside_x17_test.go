package text

import "testing"

// TestAsideX17Tags: a past form after an aside set off by dashes, or by
// commas after the opening noun phrase, is the verb of the noun before
// the aside; a past form after a time phrase and "and" is a second verb.
// The must-not rows ("!VBD") keep past forms no verb where the rules must
// not reach.
func TestAsideX17Tags(t *testing.T) {
	a, err := defaultAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sentence, word, want string
	}{
		{"Iraq — already facing criticism over its handling of the crisis — imposed sanctions on Russia.", "imposed", "VBD"},
		{"Iraq -- still reeling from the floods -- imposed sanctions on Russia.", "imposed", "VBD"},
		{"The Indian government, in a statement issued late on Sunday, imposed sanctions on Ghana.", "imposed", "VBD"},
		{"Iraq, however, imposed sanctions on Russia.", "imposed", "VBD"},
		{"Kenya reviewed its security policy overnight and deployed troops to the border.", "deployed", "VBD"},
		{"Estonia reviewed its border policy on Sunday and imposed sanctions on Belarus.", "imposed", "VBD"},
		// must-not
		{"In Kenya, by contrast, armed police patrolled the streets.", "armed", "!VBD"},
		{"Police detained protesters and injured bystanders in the capital.", "injured", "!VBD"},
		{"Rebels attacked the town on Monday and displaced families fled to the hills.", "displaced", "!VBD"},
	} {
		toks := a.Tokens(tc.sentence, nil)
		got := tagOf(toks, tc.word, 0)
		if tc.want[0] == '!' && got == tc.want[1:] || tc.want[0] != '!' && got != tc.want {
			t.Errorf("%q: %s/%s, want %s (%s)", tc.sentence, tc.word, got, tc.want, tagLine(toks))
		}
	}
}

// TestWrappedLineX17: a single newline inside a sentence (a wrapped line)
// goes on with it after a comma or an article, preposition, conjunction
// or auxiliary, or before a lower-case word; a blank line, and a headline
// before a capital, still break.
func TestWrappedLineX17(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"The Kenyan government on Tuesday expelled the\nSomali ambassador.", 1},
		{"Kenya\nexpelled the Somali ambassador on Tuesday.", 1},
		{"Kenya's president spoke in Nakuru,\nPraising the students.", 1},
		{"The army said it had\r\nwithdrawn from the town.", 1},
		// must-not
		{"Kenya expels Somali envoy\nNAIROBI (Reuters) - Kenya on Tuesday recalled its ambassador.", 2},
		{"Talks collapse in Doha\n\nthe mediators left on Monday.", 2},
		{"Kenya expelled the envoy.\nSomalia protested.", 2},
		{"Leaders attending the summit include:\nKenya's president and Somalia's prime minister.", 2},
		{"Kenya expelled the\n", 1},
	} {
		if got := len(Segment(tc.text)); got != tc.want {
			t.Errorf("%q: %d sentences, want %d: %v", tc.text, got, tc.want, Segment(tc.text))
		}
	}
}
