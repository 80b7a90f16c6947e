package actor

import (
	"testing"

	"github.com/parley-events/parley/data"
	"github.com/parley-events/parley/text"
)

// benchSetup loads the embedded actor dictionary and the default analyser
// that the benchmarks of this package tokenize their sentences with.
func benchSetup(b *testing.B) (*Dictionary, *text.Analyzer) {
	b.Helper()
	d, err := Load(data.FS, "actors")
	if err != nil {
		b.Fatal(err)
	}
	a, err := text.NewDefault()
	if err != nil {
		b.Fatal(err)
	}
	return d, a
}

func BenchmarkResolve(b *testing.B) {
	d, a := benchSetup(b)
	r := NewResolver(d)
	var sents [][]text.Token
	for _, s := range []string{
		"The Russian Foreign Ministry, on October 9, announced that preparations were underway for the next round of Astana talks.",
		"A ceasefire was brokered between Turkey and Russia on March 5, 2020, but tensions continue.",
		"Israeli warplanes struck targets in southern Lebanon on Tuesday, the army said, after Hezbollah fired rockets across the border.",
		"The United Nations Security Council will meet on Friday to discuss the humanitarian situation in Gaza.",
	} {
		sents = append(sents, a.Tokens(s, nil))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Resolve(sents[i%len(sents)], "2024-06-15")
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(data.FS, "actors"); err != nil {
			b.Fatal(err)
		}
	}
}
