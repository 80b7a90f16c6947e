package geo

import (
	"strings"
	"testing"
)

func TestLocate(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		name, sentence, verb string
		tags                 map[string]string
		wantText, wantName   string // "" = nil
	}{
		{
			name:     "planned meeting in the Kazakh capital, not the process's topic",
			sentence: "The next international meeting of the Astana Process on Syria will take place on November 11 and 12 in the Kazakh capital.",
			verb:     "take",
			tags:     map[string]string{"The": "DT", "Kazakh": "JJ"},
			wantText: "Kazakh capital", wantName: "Astana",
		},
		{
			name:     "unknown village near a town beats the country",
			sentence: "Turkish and Russian intelligence officers held a meeting at the Russian checkpoint near the village of Tarnaba, west of Saraqeb, in northwestern Syria.",
			verb:     "held",
			tags:     map[string]string{"Turkish": "JJ", "Russian": "JJ"},
			wantText: "Tarnaba", wantName: "Saraqib",
		},
		{
			name:     "locative place beats an attributive one",
			sentence: "Delegates at the Astana talks met again in Geneva on Friday.",
			verb:     "met",
			tags:     map[string]string{"Delegates": "NNS", "Friday": "NNP"},
			wantText: "Geneva", wantName: "Geneva",
		},
		{
			name:     "the city of the northern city of Kirkuk",
			sentence: "Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk on Sunday calling for independence from Iraq.",
			verb:     "demonstrated",
			tags:     map[string]string{"Thousands": "NNS", "Iraqi": "JJ", "Sunday": "NNP"},
			wantText: "Kirkuk", wantName: "Kirkuk",
		},
		{
			name:     "a town beats the region that contains it",
			sentence: "Paramilitaries shelled the city of El Fasher in North Darfur on Monday.",
			verb:     "shelled",
			tags:     map[string]string{"Paramilitaries": "NNS", "Monday": "NNP"},
			wantText: "El Fasher", wantName: "El Fasher",
		},
		{
			name:     "a region beats the country that owns it",
			sentence: "Drones struck an oil depot in Russia's Krasnodar Territory overnight.",
			verb:     "struck",
			tags:     map[string]string{"Drones": "NNS", "overnight": "RB"},
			wantText: "Krasnodar Territory", wantName: "Krasnodar Krai",
		},
		{
			name:     "a country after a comma contains the city before it",
			sentence: "Clashes erupted in Kharkiv, Ukraine, on Friday.",
			verb:     "erupted",
			tags:     map[string]string{"Clashes": "NNS", "Friday": "NNP"},
			wantText: "Kharkiv", wantName: "Kharkiv",
		},
		{
			name:     "nothing to locate",
			sentence: "The ministry stated that the first day will focus on consultations.",
			verb:     "stated",
			tags:     map[string]string{"The": "DT"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := naiveSentence(tt.sentence, tt.tags)
			ms := g.Mentions(s, nil, nil)
			m := Locate(s, ms, 0, len(s.Text), strings.Index(s.Text, tt.verb))
			switch {
			case m == nil && tt.wantText == "":
			case m == nil || m.Text != tt.wantText || m.Best.Name != tt.wantName:
				got := "nil"
				if m != nil {
					got = m.Text + " -> " + m.Best.Name
				}
				t.Errorf("Locate = %s, want %s -> %s\n%s", got, tt.wantText, tt.wantName, dump(ms))
			}
		})
	}
	if Locate(nil, nil, 0, 0, -1) != nil {
		t.Error("Locate on nothing is not nil")
	}
}

// TestConcurrentMentions runs a fresh Gazetteer (cold blocks) from many
// goroutines; with -race it checks the lazy block decoding.
func TestConcurrentMentions(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	sents := []string{
		"Shelling hit Dayr az Zawr, Ar-Raqqah and Hims.",
		"The delegation flew to Washington for talks.",
		"Clashes broke out in Tripoli overnight.",
		"An earthquake struck Bam, Iran.",
	}
	want := make([]string, len(sents))
	for i, s := range sents {
		want[i] = dump(g.Mentions(naiveSentence(s, nil), nil, nil))
	}
	g, err = Load()
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan string)
	for k := 0; k < 8; k++ {
		go func(k int) {
			i := k % len(sents)
			done <- dump(g.Mentions(naiveSentence(sents[i], nil), nil, nil))
		}(k)
	}
	results := map[string]int{}
	for k := 0; k < 8; k++ {
		results[<-done]++
	}
	for i := range sents {
		if results[want[i]] != 2 {
			t.Errorf("sentence %d: concurrent results differ from sequential:\n%s", i, want[i])
		}
	}
}
