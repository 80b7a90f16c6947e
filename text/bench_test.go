package text

import "testing"

var benchSentences = []string{
	"The Russian Foreign Ministry, on October 9, announced that preparations were underway for the next round of Astana talks.",
	"A ceasefire was brokered between Turkey and Russia on March 5, 2020, but tensions continue.",
	"Israeli warplanes struck targets in southern Lebanon on Tuesday, the army said, after Hezbollah fired rockets across the border.",
	"The United Nations Security Council will meet on Friday to discuss the humanitarian situation in Gaza.",
}

func BenchmarkTokenize(b *testing.B) {
	var buf []Token
	for i := 0; i < b.N; i++ {
		buf = Tokenize(benchSentences[i%len(benchSentences)], buf[:0])
	}
}

func BenchmarkAnalyzeSentence(b *testing.B) {
	a, err := NewDefault()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.Analyze(benchSentences[i%len(benchSentences)])
	}
}

func BenchmarkSegment(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Segment(benchSentences[i%len(benchSentences)])
	}
}
