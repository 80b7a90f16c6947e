package fasttag

import (
	"path/filepath"
	"testing"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/parley-events/parley/text"
)

// Each benchmark iteration tags one sentence, so ns/op is ns per sentence;
// tokens/op says how long the sentences are. corpus=news is
// testdata/sentences.txt (about 15 tokens a sentence), corpus=gigaword the
// PETRARCH-2 GigaWord sample (about 17), read when present.
func benchCorpora(b *testing.B) map[string][]string {
	b.Helper()
	out := map[string][]string{"news": readLines(b, filepath.Join("testdata", "sentences.txt"))}
	for p, sents := range thirdParty(b) {
		if filepath.Base(p) == "GigaWord.sample.PETR.xml" {
			out["gigaword"] = sents
		}
	}
	return out
}

func benchTagger(b *testing.B, tg text.Tagger) {
	for _, name := range []string{"news", "gigaword"} {
		b.Run("corpus="+name, func(b *testing.B) {
			lines := benchCorpora(b)[name]
			if len(lines) == 0 {
				b.Skip("corpus absent")
			}
			var sents [][]text.Token
			n := 0
			for _, s := range lines {
				toks := text.Tokenize(s, nil)
				n += len(toks)
				sents = append(sents, toks)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				tg.Tag(sents[i%len(sents)])
			}
			b.ReportMetric(float64(n)/float64(len(sents)), "tokens/op")
		})
	}
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

// BenchmarkAnalyze is the whole text stage (tokenize, tag, lemmatize) per
// sentence with either tagger, to show what switching the default buys.
func BenchmarkAnalyze(b *testing.B) {
	lem, err := text.NewGolemLemmatizer()
	if err != nil {
		b.Fatal(err)
	}
	pt, err := text.NewProseTagger()
	if err != nil {
		b.Fatal(err)
	}
	ft, err := New()
	if err != nil {
		b.Fatal(err)
	}
	lines := readLines(b, filepath.Join("testdata", "sentences.txt"))
	for _, c := range []struct {
		name string
		tg   text.Tagger
	}{{"prose", pt}, {"fast", ft}} {
		b.Run("tagger="+c.name, func(b *testing.B) {
			a := text.New(c.tg, lem)
			var buf []text.Token
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				buf = a.Tokens(lines[i%len(lines)], buf[:0])
			}
		})
	}
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

// BenchmarkNewProse is prose's own model decode, for comparison. prose
// caches its model per process, so only its first tag.New costs this;
// tag.FromBytes decodes afresh each time.
func BenchmarkNewProse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tag.FromBytes(aptagmodel.English); err != nil {
			b.Fatal(err)
		}
	}
}
