package fasttag

import (
	"path/filepath"
	"testing"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/parley-events/parley/text"
)

// benchCorpus is testdata/sentences.txt, tokenized once. Each benchmark
// iteration tags one sentence, so ns/op is ns per sentence; tokens/op says
// how long the sentences are (about 25 tokens on average).
func benchCorpus(b *testing.B) ([][]text.Token, float64) {
	b.Helper()
	var out [][]text.Token
	n := 0
	for _, s := range readLines(b, filepath.Join("testdata", "sentences.txt")) {
		toks := text.Tokenize(s, nil)
		n += len(toks)
		out = append(out, toks)
	}
	return out, float64(n) / float64(len(out))
}

func benchTagger(b *testing.B, tg text.Tagger) {
	sents, perSent := benchCorpus(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		tg.Tag(sents[i%len(sents)])
	}
	b.ReportMetric(perSent, "tokens/op")
}

func BenchmarkTagProse(b *testing.B) {
	p, err := text.NewProseTagger()
	if err != nil {
		b.Fatal(err)
	}
	benchTagger(b, p)
}

func BenchmarkTagFast(b *testing.B) {
	f, err := New()
	if err != nil {
		b.Fatal(err)
	}
	benchTagger(b, f)
}

// BenchmarkNew is the start-up cost: loading the precomputed tagger.bin.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFromProse builds the tables from prose's model, as gen.go does.
func BenchmarkFromProse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := FromProse(aptagmodel.English); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewProse is prose's own load (flat decode) for comparison. prose
// caches its model per process, so only the first call costs; FromBytes
// decodes afresh each time.
func BenchmarkNewProse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tag.FromBytes(aptagmodel.English); err != nil {
			b.Fatal(err)
		}
	}
}
