package text

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestSegment(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Russia met Turkey. Iran did not.", []string{"Russia met Turkey.", "Iran did not."}},
		{"The U.S. Secretary of State met Mr. Lavrov on Jan. 5. He left.", []string{"The U.S. Secretary of State met Mr. Lavrov on Jan. 5.", "He left."}},
		{"Headline Without Period\nBody starts here.", []string{"Headline Without Period", "Body starts here."}},
		{"George W. Bush spoke. \"Fine,\" he said.", []string{"George W. Bush spoke.", "\"Fine,\" he said."}},
		{"It grew 3.5 percent. Good?! Yes.", []string{"It grew 3.5 percent.", "Good?!", "Yes."}},
		{"He said \"no.\" Then he left.", []string{"He said \"no.\"", "Then he left."}},
		{"TOWER, Minn. (AP) -- Police arrested two men. They were charged.", []string{"TOWER, Minn. (AP) -- Police arrested two men.", "They were charged."}},
		{"He left at noon. (Reuters has not confirmed it.) Then he spoke.", []string{"He left at noon.", "(Reuters has not confirmed it.)", "Then he spoke."}},
		{"Brig. Gen. Ahmed Asiri said Cmdr. Lee and Cpl. Diaz were safe. They returned.", []string{"Brig. Gen. Ahmed Asiri said Cmdr. Lee and Cpl. Diaz were safe.", "They returned."}},
		{"", nil},
		{"   \n\n  ", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range Segment(tt.in) {
			got = append(got, tt.in[sp[0]:sp[1]])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Segment(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Syria’s territory", "Syria|’s|territory"},
		{"the U.S.-led coalition", "the|U.S.-led|coalition"},
		{"Hay’at Tahrir al-Sham, (HTS)", "Hay’at|Tahrir|al-Sham|,|(|HTS|)"},
		{"2,000 people; 3.5%", "2,000|people|;|3.5|%"},
		{"“de-escalation” agreements", "“|de-escalation|”|agreements"},
		{"They didn't go.", "They|did|n't|go|."},
		{"the U.S. said", "the|U.S.|said"},
		{"ended.Next", "ended|.|Next"},
		{"forces' positions", "forces|'|positions"},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in, nil)
		var parts []string
		for _, tk := range toks {
			if tt.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %q has offsets %d:%d", tt.in, tk.Text, tk.Start, tk.End)
			}
			parts = append(parts, tk.Text)
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAnalyzeTagsAndLemmas(t *testing.T) {
	a, err := NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	s := a.Analyze("Turkish and Russian intelligence officers held a meeting. Rebels shelled the talks.")
	if len(s) != 2 {
		t.Fatalf("got %d sentences", len(s))
	}
	want := map[string][2]string{"held": {"VBD", "hold"}, "meeting": {"NN", "meeting"}, "officers": {"NNS", "officer"}, "shelled": {"VBD", "shell"}, "talks": {"NNS", "talk"}}
	for _, sent := range s {
		for _, tk := range sent.Tokens {
			if w, ok := want[tk.Text]; ok {
				if tk.Tag != w[0] || tk.Lemma != w[1] {
					t.Errorf("%s: tag %s lemma %s, want %v", tk.Text, tk.Tag, tk.Lemma, w)
				}
				delete(want, tk.Text)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("tokens not seen: %v", want)
	}
}

func FuzzAnalyze(f *testing.F) {
	a, err := NewDefault()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"A. B.", "U.S.-led", "\xff\xfe", "’s", "...", "n't", "a\nb",
		// the subject-verb repairs look back and ahead of the word
		"convicted a colonel", "A gunman shot dead", "a policeman shot", "shot dead a", "In a parting shot the",
		"Settler shoots farmer", "Army shells rebel", "Turkey sprang to", "KABUL (Reuters) - A gunman shot a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, s := range a.Analyze(in) {
			if in[s.Start:s.End] != s.Text {
				t.Fatalf("sentence offsets wrong")
			}
			for _, tk := range s.Tokens {
				if tk.Start < 0 || tk.End > len(s.Text) || s.Text[tk.Start:tk.End] != tk.Text || tk.Text == "" {
					t.Fatalf("token offsets wrong: %+v in %q", tk, s.Text)
				}
			}
		}
	})
}

func TestSegmentCapsLongSentences(t *testing.T) {
	long := strings.Repeat("word ", 3000) + strings.Repeat("x", 5000)
	spans := Segment(long)
	if len(spans) < 3 {
		t.Fatalf("got %d spans", len(spans))
	}
	for _, sp := range spans {
		if sp[1]-sp[0] > MaxSentenceBytes {
			t.Errorf("span of %d bytes", sp[1]-sp[0])
		}
	}
}

// TestSegmentInvalidRuns: a sentence-length run of UTF-8 continuation
// bytes has no rune start to cut at; Segment must still cut and finish
// (it once looped for ever). Every span stays within the cap.
func TestSegmentInvalidRuns(t *testing.T) {
	for _, in := range []string{
		"a" + strings.Repeat("\x80", 3*MaxSentenceBytes),
		strings.Repeat("\xbf", MaxSentenceBytes+1),
		"Word. " + strings.Repeat("\x9f\x92", MaxSentenceBytes) + " end.",
	} {
		done := make(chan [][2]int, 1)
		go func() { done <- Segment(in) }()
		select {
		case spans := <-done:
			for _, sp := range spans {
				if sp[1]-sp[0] > MaxSentenceBytes || sp[0] < 0 || sp[1] > len(in) {
					t.Errorf("span %v out of bounds or over the cap", sp)
				}
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("Segment did not finish on %d bytes of continuation bytes", len(in))
		}
	}
}

// AnalyzeInto must give Analyze's sentences, whatever its buffers held
// before, and cut each sentence's capacity so appends stay in it.
func TestAnalyzeInto(t *testing.T) {
	a, err := NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	var sents []Sentence
	var toks []Token
	for _, story := range []string{
		"Turkish and Russian intelligence officers held a meeting near Saraqeb. Rebels shelled the talks. The ministry said nothing.",
		"Iran hosted talks.",
		"",
		"A much longer first sentence, with many more tokens than before, was written by an agency on Monday. Then a second.",
	} {
		want := a.Analyze(story)
		sents = a.AnalyzeInto(story, sents, &toks)
		if !reflect.DeepEqual(sents, want) && !(len(sents) == 0 && len(want) == 0) {
			t.Fatalf("%q: AnalyzeInto differs from Analyze:\n%+v\n%+v", story, sents, want)
		}
		if len(sents) > 1 {
			first := sents[0].Tokens
			next := sents[1].Tokens[0]
			_ = append(first, Token{Text: "x"})
			if sents[1].Tokens[0] != next {
				t.Errorf("%q: appending to sentence 0 wrote into sentence 1", story)
			}
		}
	}
}

// Double quotes reach the tagger as the Treebank's “ and ”, so they are
// tagged as quotes, not words, and the tokens keep their own text.
func TestQuotesTaggedAsQuotes(t *testing.T) {
	a, err := NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		tags []string // the quotes' tags, in order
	}{
		{`"We are ready," the army chief said.`, []string{"``", "''"}},
		{"“We will not back down,” the minister told reporters.", []string{"``", "''"}},
		{`The minister called the plan "a disaster" and left.`, []string{"``", "''"}},
		{`He said: "No."`, []string{"``", "''"}},
	} {
		sents := a.Analyze(tc.text)
		var got []string
		for _, s := range sents {
			for _, tk := range s.Tokens {
				if tk.Lower == `"` {
					got = append(got, tk.Tag)
					if s.Text[tk.Start:tk.End] != tk.Text {
						t.Errorf("%q: quote token text %q, want %q", tc.text, tk.Text, s.Text[tk.Start:tk.End])
					}
				}
			}
		}
		if !reflect.DeepEqual(got, tc.tags) {
			t.Errorf("%q: quote tags %v, want %v", tc.text, got, tc.tags)
		}
	}
}
