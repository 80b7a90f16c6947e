package geo

import (
	"github.com/parley-events/parley/text"
	"os"
	"runtime"
	"testing"
	"time"
)

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// astanaSentences are hand-tagged sentences from examples/astana-talks.txt.
var astanaSentences = []struct {
	text string
	tags map[string]string
}{
	{"The Kazakh Foreign Ministry announced that the next international meeting of the Astana Process on Syria will take place on November 11 and 12 in the Kazakh capital.", map[string]string{"The": "DT", "Kazakh": "JJ"}},
	{"The 21st round of talks took place on January 25, with the participation of the guarantor countries (Russia, Turkey, and Iran), along with delegations from the Syrian regime and the opposition.", map[string]string{"The": "DT", "Syrian": "JJ"}},
	{"Observers from Jordan, Lebanon, and Iraq were also present, in addition to representatives from the United Nations and the International Committee of the Red Cross.", map[string]string{"Observers": "NNS"}},
	{"In the lead-up to the Astana negotiations, the Syrian Observatory for Human Rights reported that Turkish and Russian intelligence officers held a meeting at the Russian checkpoint near the village of Tarnaba, west of Saraqeb, in northwestern Syria.", map[string]string{"In": "IN", "Turkish": "JJ", "Russian": "JJ"}},
	{"However, Russia and regime forces have violated these agreements regularly, with the most significant violation occurring in 2020 when regime forces, backed by Russia and Iranian militias, gained control of many areas in Idlib.", map[string]string{"However": "RB", "Iranian": "JJ"}},
}

type sentenceCase struct{ s *text.Sentence }

func BenchmarkMentions(b *testing.B) {
	g := gaz(b)
	if err := g.Preload(); err != nil { // time lookups, not first-use decoding
		b.Fatal(err)
	}
	sents := make([]sentenceCase, len(astanaSentences))
	for i, a := range astanaSentences {
		sents[i] = sentenceCase{naiveSentence(a.text, a.tags)}
	}
	f := NewFocus()
	f.Add("SYR", 3)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, s := range sents {
			n += len(g.Mentions(s.s, nil, f))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(sents)), "ns/sentence")
}

// TestLoadBudget reports load time and the heap the gazetteer keeps; the
// figures go to docs/places.md. It fails only far beyond the budget
// (100 ms, 60 MB) so a slow CI machine does not flake it.
func TestLoadBudget(t *testing.T) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	heap := float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
	t.Logf("Load: %v, %d places, retained heap %.1f MB", took, g.NumPlaces(), heap)
	if took > 1*time.Second || heap > 60 {
		t.Errorf("Load took %v and keeps %.1f MB; budget is 100 ms and 60 MB", took, heap)
	}
	runtime.KeepAlive(g)
}

// BenchmarkMentionsStory resolves every sentence of the example story,
// tagged by the real text analyzer: the per-sentence cost the pipeline
// pays, including sentences without places.
func BenchmarkMentionsStory(b *testing.B) {
	story, err := os.ReadFile("../examples/astana-talks.txt")
	if err != nil {
		b.Skip("example story missing:", err)
	}
	an, err := text.NewDefault()
	if err != nil {
		b.Fatal(err)
	}
	sents := an.Analyze(string(story))
	g := gaz(b)
	if err := g.Preload(); err != nil {
		b.Fatal(err)
	}
	f := NewFocus()
	for i := range sents {
		f.AddMentions(g.Mentions(&sents[i], nil, nil))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range sents {
			g.Mentions(&sents[i], nil, f)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(sents)), "ns/sentence")
}
